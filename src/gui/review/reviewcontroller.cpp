#include "reviewcontroller.h"

#include "fieldchangecommand.h"
#include "folder/letterloader.h"
#include "folder/lettersummary.h"
#include "itemchangecommand.h"
#include "letters/letterlistmodel.h"
#include "extraction/taxonomyfile.h"
#include "review/requestkey.h"
#include "review/reviewrules.h"

using namespace Qt::StringLiterals;

namespace imr::gui {

ReviewController::ReviewController(LetterListModel *letters, QObject *parent)
    : QObject(parent)
    , m_letters(letters)
    , m_editor(m_store, QString())
{
}

ReviewController::~ReviewController() = default;

Status ReviewController::openStore(const QString &folder)
{
    closeStore();
    return m_store.openForFolder(folder);
}

void ReviewController::closeStore()
{
    m_undo.setActiveStack(nullptr);
    qDeleteAll(m_stacks);
    m_stacks.clear();
    m_current = {};
    m_currentRow = -1;
    m_lastCategory = {};
    emit categoryRuleAvailable(false);
    m_store.close();
}

QUndoStack *ReviewController::stackFor(const QByteArray &hash)
{
    QUndoStack *&stack = m_stacks[hash];
    if (!stack) {
        stack = new QUndoStack(this);
        m_undo.addStack(stack);
    }
    return stack;
}

Letter ReviewController::letterAt(int row) const
{
    if (row < 0 || row >= m_letters->rowCount() || !m_letters->isLoaded(row) || !m_loader)
        return {};
    if (row == m_currentRow)
        return m_current;
    Letter letter = m_loader->load(m_letters->summary(row).relativePath);
    // The row's warning includes what the index noticed about the path.
    if (letter.ok())
        letter.warning = m_letters->summary(row).warning;
    return letter;
}

void ReviewController::setCurrentLetter(int row)
{
    m_currentRow = -1;
    m_current = letterAt(row);
    m_currentRow = m_current.relativePath.isEmpty() ? -1 : row;
    m_undo.setActiveStack(m_currentRow >= 0 && m_current.ok() ? stackFor(m_current.contentHash) : nullptr);
}

std::optional<Letter> ReviewController::letterWithHash(const QByteArray &hash) const
{
    if (m_currentRow >= 0 && m_current.contentHash == hash)
        return m_current;
    const QList<int> rows = m_letters->rowsOf(hash);
    if (rows.isEmpty())
        return std::nullopt;
    Letter letter = letterAt(rows.first());
    if (letter.contentHash != hash)
        return std::nullopt; // the file changed on disk since it was listed
    return letter;
}

bool ReviewController::isReviewable(const Letter &letter) const
{
    return canReview() && !letter.relativePath.isEmpty() && letter.reviewable();
}

void ReviewController::confirm(int row, const FieldAddress &address)
{
    const Letter letter = letterAt(row);
    if (!isReviewable(letter))
        return;
    if (const auto change = ReviewRules::confirm(letter.record, address))
        stackFor(letter.contentHash)
            ->push(new FieldChangeCommand(this, letter.contentHash, address, change->before, change->after, change->action));
}

bool ReviewController::correct(int row, const FieldAddress &address, const QString &input, const TextSpans &spans)
{
    const Letter letter = letterAt(row);
    if (!isReviewable(letter))
        return false;
    const auto change = ReviewRules::correct(letter.record, address, input, spans);
    if (!change) {
        emit errorOccurred(change.error());
        return false;
    }
    if (const auto &c = change.value()) {
        stackFor(letter.contentHash)->push(new FieldChangeCommand(this, letter.contentHash, address, c->before, c->after, c->action));
        if (address.item >= 0
            && (address.field == FieldId::TreatmentCategory || address.field == FieldId::TreatmentSubcategory))
            offerCategory(row, address.item);
    }
    return true;
}

void ReviewController::offerCategory(int row, int item)
{
    const Letter letter = letterAt(row);
    if (item >= letter.record.items.size())
        return;
    const DisputedItem &corrected = letter.record.items.at(item);
    const CategorySuggestion suggestion{corrected.field(FieldId::TreatmentCategory).value,
                                        corrected.field(FieldId::TreatmentSubcategory).value,
                                        corrected.field(FieldId::ItemRequest).value, letter.relativePath};
    const qint64 key = RequestKey::of(suggestion.request);
    if (key == 0)
        return;
    m_lastCategory = suggestion;
    emit categoryRuleAvailable(true);
    const int reach = CategorySuggestions::reach(m_letters->summaries(), letter.contentHash, key, suggestion.category,
                                                 suggestion.subcategory);
    // Nothing left to offer (the correction went back to what the other
    // letters say): an earlier offer for this request is withdrawn.
    const Status s = reach == 0 ? m_store.forgetCategorySuggestion(key) : m_store.saveCategorySuggestion(key, suggestion);
    if (!s) {
        emit saveFailed(s.error());
        return;
    }
    if (reach > 0)
        emit categorySuggested(reach, suggestion.category);
}

QString ReviewController::saveCategoryRule(const QString &taxonomyFile)
{
    if (m_lastCategory.request.isEmpty())
        return tr("Correct an item's category first.");
    return TaxonomyFile::addRule(taxonomyFile, m_lastCategory.request, m_lastCategory.category,
                                 m_lastCategory.subcategory);
}

void ReviewController::confirmAll(int row)
{
    const Letter letter = letterAt(row);
    if (!isReviewable(letter))
        return;
    const QList<FieldChange> changes = ReviewRules::confirmAll(letter.record);
    if (changes.isEmpty())
        return; // everything is acknowledged already
    QUndoStack *stack = stackFor(letter.contentHash);
    stack->beginMacro(tr("Confirm all fields"));
    for (const FieldChange &c : changes)
        stack->push(new FieldChangeCommand(this, letter.contentHash, c.address, c.before, c.after, c.action));
    stack->endMacro();
}

void ReviewController::addItem(int row)
{
    const Letter letter = letterAt(row);
    if (!isReviewable(letter))
        return;
    stackFor(letter.contentHash)
        ->push(new ItemChangeCommand(this, letter.contentHash, ItemChangeCommand::Kind::Add,
                                     int(letter.record.items.size()), DisputedItem{}));
}

void ReviewController::removeItem(int row, int item)
{
    const Letter letter = letterAt(row);
    if (!isReviewable(letter) || item < 0 || item >= letter.record.items.size())
        return;
    stackFor(letter.contentHash)
        ->push(new ItemChangeCommand(this, letter.contentHash, ItemChangeCommand::Kind::Remove, item,
                                     letter.record.items.at(item)));
}

bool ReviewController::commit(Letter letter, DeterminationRecord record, const AuditEntry &entry)
{
    if (const Status s = m_editor.apply(letter, std::move(record), entry); !s) {
        emit saveFailed(s.error());
        return false;
    }
    if (m_currentRow >= 0 && m_current.contentHash == letter.contentHash) {
        m_current.record = letter.record;
        m_current.reviewedBy = letter.reviewedBy;
        m_current.reviewedAt = letter.reviewedAt;
    }
    // Copies of one file share one review: every row with these bytes changes.
    LetterSummary facts;
    facts.setRecord(letter.record);
    m_letters->setFacts(letter.contentHash, facts);
    for (int row : m_letters->rowsOf(letter.contentHash))
        emit letterChanged(row);
    return true;
}

bool ReviewController::applyField(const QByteArray &hash, const FieldAddress &address, const FieldValue &value,
                                  const FieldValue &previous, const QString &action)
{
    const std::optional<Letter> letter = letterWithHash(hash);
    if (!letter)
        return false;
    auto record = ReviewRules::withField(letter->record, address, value);
    if (!record)
        return false;
    if (!commit(*letter, std::move(*record), ReviewRules::fieldEntry(address, previous, value, action)))
        return false;
    // An undone category correction takes back the offer it made to other letters.
    if (action == u"undo"_s && address.item >= 0 && address.item < letter->record.items.size()
        && (address.field == FieldId::TreatmentCategory || address.field == FieldId::TreatmentSubcategory)) {
        const qint64 key = RequestKey::of(letter->record.items.at(address.item).field(FieldId::ItemRequest).value);
        if (key != 0) {
            if (const Status s = m_store.forgetCategorySuggestion(key, letter->relativePath); !s)
                emit saveFailed(s.error());
        }
    }
    return true;
}

bool ReviewController::insertItem(const QByteArray &hash, int index, const DisputedItem &item, const QString &action)
{
    const std::optional<Letter> letter = letterWithHash(hash);
    if (!letter)
        return false;
    return commit(*letter, ReviewRules::withItemInserted(letter->record, index, item),
                  ReviewRules::itemInsertedEntry(index, item, action));
}

bool ReviewController::removeItem(const QByteArray &hash, int index, const QString &action)
{
    const std::optional<Letter> letter = letterWithHash(hash);
    if (!letter)
        return false;
    auto record = ReviewRules::withItemRemoved(letter->record, index);
    if (!record)
        return false;
    return commit(*letter, std::move(*record), ReviewRules::itemRemovedEntry(index, letter->record.items.at(index), action));
}

} // namespace imr::gui
