#include "reviewcontroller.h"

#include "fieldchangecommand.h"
#include "fieldschema.h"
#include "itemchangecommand.h"
#include "letters/letterlistmodel.h"

using namespace Qt::StringLiterals;

namespace imr::gui {

ReviewController::ReviewController(LetterListModel *letters, QObject *parent)
    : QObject(parent)
    , m_letters(letters)
    , m_editor(m_store, QString())
{
}

ReviewController::~ReviewController() = default;

QString ReviewController::openStore(const QString &folder)
{
    closeStore();
    return m_store.openForFolder(folder);
}

void ReviewController::closeStore()
{
    m_undo.setActiveStack(nullptr);
    qDeleteAll(m_stacks);
    m_stacks.clear();
    m_store.close();
}

QUndoStack *ReviewController::stackFor(int row)
{
    const QByteArray hash = m_letters->letter(row).contentHash;
    QUndoStack *&stack = m_stacks[hash];
    if (!stack) {
        stack = new QUndoStack(this);
        m_undo.addStack(stack);
    }
    return stack;
}

void ReviewController::setCurrentLetter(int row)
{
    const bool reviewable = row >= 0 && row < m_letters->rowCount() && m_letters->isLoaded(row)
        && m_letters->letter(row).ok();
    m_undo.setActiveStack(reviewable ? stackFor(row) : nullptr);
}

bool ReviewController::isReviewable(int row) const
{
    return canReview() && row >= 0 && row < m_letters->rowCount() && m_letters->isLoaded(row) && m_letters->letter(row).ok();
}

void ReviewController::confirm(int row, const FieldAddress &address)
{
    if (!isReviewable(row))
        return;
    const Letter &letter = m_letters->letter(row);
    const FieldValue before = letter.record.field(address.item, address.field);
    if (before.isReviewed())
        return;
    FieldValue after = before;
    after.state = ReviewState::Confirmed;
    stackFor(row)->push(new FieldChangeCommand(this, letter.contentHash, address, before, after, u"confirm"_s));
}

bool ReviewController::correct(int row, const FieldAddress &address, const QString &input, const TextSpans &spans)
{
    if (!isReviewable(row))
        return false;
    QString value;
    QString error;
    if (!FieldSchema::normalise(address.field, input, &value, &error)) {
        emit errorOccurred(error);
        return false;
    }
    const Letter &letter = m_letters->letter(row);
    const FieldValue before = letter.record.field(address.item, address.field);
    if (value == before.value && spans.isEmpty()) {
        confirm(row, address); // the same value typed again is a confirmation
        return true;
    }
    FieldValue after = before;
    after.value = value;
    after.state = ReviewState::Corrected;
    after.confidence = 1.0;
    after.note.clear();
    if (!spans.isEmpty())
        after.spans = spans;
    stackFor(row)->push(new FieldChangeCommand(this, letter.contentHash, address, before, after, u"correct"_s));
    return true;
}

void ReviewController::confirmAll(int row)
{
    if (!isReviewable(row))
        return;
    const DeterminationRecord &record = m_letters->letter(row).record;
    if (!ReviewNavigator::nextToReview(record, {}))
        return; // everything is acknowledged already
    QUndoStack *stack = stackFor(row);
    const QList<FieldAddress> order = ReviewNavigator::order(record);
    stack->beginMacro(tr("Confirm all fields"));
    for (const FieldAddress &a : order)
        confirm(row, a);
    stack->endMacro();
}

void ReviewController::addItem(int row)
{
    if (!isReviewable(row))
        return;
    const Letter &letter = m_letters->letter(row);
    stackFor(row)->push(new ItemChangeCommand(this, letter.contentHash, ItemChangeCommand::Kind::Add,
                                              int(letter.record.items.size()), DisputedItem{}));
}

void ReviewController::removeItem(int row, int item)
{
    if (!isReviewable(row) || item < 0 || item >= m_letters->letter(row).record.items.size())
        return;
    const Letter &letter = m_letters->letter(row);
    stackFor(row)->push(new ItemChangeCommand(this, letter.contentHash, ItemChangeCommand::Kind::Remove, item,
                                              letter.record.items.at(item)));
}

bool ReviewController::commit(int row, DeterminationRecord record, const AuditEntry &entry)
{
    Letter letter = m_letters->letter(row);
    const QString error = m_editor.apply(letter, std::move(record), entry);
    if (!error.isEmpty()) {
        emit saveFailed(error);
        return false;
    }
    // Copies of one file share one review: every row with these bytes changes.
    for (int other : m_letters->rowsOf(letter.contentHash)) {
        Letter copy = m_letters->letter(other);
        copy.record = letter.record;
        copy.reviewedBy = letter.reviewedBy;
        copy.reviewedAt = letter.reviewedAt;
        m_letters->setLetter(other, copy);
        emit letterChanged(other);
    }
    return true;
}

bool ReviewController::applyField(const QByteArray &letter, const FieldAddress &address, const FieldValue &value,
                                  const FieldValue &previous, const QString &action)
{
    const int row = m_letters->rowOf(letter);
    if (row < 0)
        return false;
    DeterminationRecord record = m_letters->letter(row).record;
    FieldValue *target = record.fieldPtr(address.item, address.field);
    if (!target)
        return false;
    *target = value;
    return commit(row, std::move(record),
                  AuditEntry{address.item, FieldSchema::columnName(address.field), previous.value, value.value, action});
}

bool ReviewController::insertItem(const QByteArray &letter, int index, const DisputedItem &item, const QString &action)
{
    const int row = m_letters->rowOf(letter);
    if (row < 0)
        return false;
    DeterminationRecord record = m_letters->letter(row).record;
    record.items.insert(std::clamp<qsizetype>(index, 0, record.items.size()), item);
    return commit(row, std::move(record),
                  AuditEntry{index, u"item"_s, QString(), item.field(FieldId::ItemRequest).value, action});
}

bool ReviewController::removeItem(const QByteArray &letter, int index, const QString &action)
{
    const int row = m_letters->rowOf(letter);
    if (row < 0)
        return false;
    DeterminationRecord record = m_letters->letter(row).record;
    if (index < 0 || index >= record.items.size())
        return false;
    const QString request = record.items.at(index).field(FieldId::ItemRequest).value;
    record.items.removeAt(index);
    return commit(row, std::move(record), AuditEntry{index, u"item"_s, request, QString(), action});
}

} // namespace imr::gui
