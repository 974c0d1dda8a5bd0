#pragma once

#include "extraction/fieldvalue.h"
#include "review/reviewnavigator.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace imr::gui {

class ReviewController;

// One confirmation or correction of one field: the old and the new value.
// Undoing it is itself saved, so the store always matches the screen.
class FieldChangeCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(imr::gui::FieldChangeCommand)
public:
    FieldChangeCommand(ReviewController *controller, QByteArray letterHash, FieldAddress address,
                       FieldValue before, FieldValue after, QString action, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ReviewController *m_controller;
    QByteArray m_letter;
    FieldAddress m_address;
    FieldValue m_before;
    FieldValue m_after;
    QString m_action;
    bool m_redone = false; // later redos are audited as "redo"
};

} // namespace imr::gui
