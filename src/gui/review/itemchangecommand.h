#pragma once

#include "extraction/determinationrecord.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace imr::gui {

class ReviewController;

// Adds a disputed item extraction missed, or removes one it invented.
class ItemChangeCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(imr::gui::ItemChangeCommand)
public:
    enum class Kind { Add, Remove };
    ItemChangeCommand(ReviewController *controller, QByteArray letterHash, Kind kind, int index, DisputedItem item);
    void redo() override;
    void undo() override;

private:
    ReviewController *m_controller;
    QByteArray m_letter;
    Kind m_kind;
    int m_index;
    DisputedItem m_item;
};

} // namespace imr::gui
