#include "fieldchangecommand.h"

#include "extraction/fieldschema.h"
#include "reviewcontroller.h"

#include <QCoreApplication>

namespace imr::gui {

FieldChangeCommand::FieldChangeCommand(ReviewController *controller, QByteArray letterHash, FieldAddress address,
                                       FieldValue before, FieldValue after, QString action, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_controller(controller)
    , m_letter(std::move(letterHash))
    , m_address(address)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_action(std::move(action))
{
    const QString field = FieldSchema::label(address.field);
    setText(m_after.state == ReviewState::Corrected
                ? tr("Correct %1").arg(field)
                : tr("Confirm %1").arg(field));
}

void FieldChangeCommand::redo()
{
    // A change the store refused must not stay on the stack as if it happened.
    if (!m_controller->applyField(m_letter, m_address, m_after, m_before, m_redone ? QStringLiteral("redo") : m_action))
        setObsolete(true);
    m_redone = true;
}

void FieldChangeCommand::undo()
{
    // Refused by the store: the change stays, so the command cannot stay as undone.
    if (!m_controller->applyField(m_letter, m_address, m_before, m_after, QStringLiteral("undo")))
        setObsolete(true);
}

} // namespace imr::gui
