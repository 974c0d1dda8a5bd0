#include "itemchangecommand.h"

#include "reviewcontroller.h"

#include <QCoreApplication>

namespace imr::gui {

ItemChangeCommand::ItemChangeCommand(ReviewController *controller, QByteArray letterHash, Kind kind, int index,
                                     DisputedItem item)
    : m_controller(controller)
    , m_letter(std::move(letterHash))
    , m_kind(kind)
    , m_index(index)
    , m_item(std::move(item))
{
    setText(kind == Kind::Add ? tr("Add item %1").arg(index + 1)
                              : tr("Remove item %1").arg(index + 1));
}

void ItemChangeCommand::redo()
{
    const bool ok = m_kind == Kind::Add ? m_controller->insertItem(m_letter, m_index, m_item, QStringLiteral("add-item"))
                                        : m_controller->removeItem(m_letter, m_index, QStringLiteral("remove-item"));
    if (!ok)
        setObsolete(true);
}

void ItemChangeCommand::undo()
{
    const bool ok = m_kind == Kind::Add ? m_controller->removeItem(m_letter, m_index, QStringLiteral("undo"))
                                        : m_controller->insertItem(m_letter, m_index, m_item, QStringLiteral("undo"));
    if (!ok)
        setObsolete(true);
}

} // namespace imr::gui
