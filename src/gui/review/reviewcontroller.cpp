#include "reviewcontroller.h"

#include "extraction/fieldschema.h"
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
{
    connect(&m_renewClaim, &QTimer::timeout, this, &ReviewController::claimCurrent);
}

ReviewController::~ReviewController()
{
    // The letter model may be gone already: only the store is let go (with
    // this window's claims).
    m_feed.reset();
    m_editor.reset();
    m_store.reset();
}

Status ReviewController::adoptStore(Result<std::unique_ptr<ReviewStore>> opened)
{
    closeStore();
    if (!opened)
        return failure(opened.error());
    m_store = std::move(opened.value());
    m_store->setAnalyst(m_reviewer); // the name may have changed while it opened
    m_editor = std::make_unique<ReviewEditor>(*m_store, m_reviewer);
    if (m_store->isShared()) {
        setClaimLease(m_store->claimLeaseSeconds());
        startFeed();
        refreshClaims();
    }
    return success();
}

void ReviewController::setClaimLease(int seconds)
{
    if (!m_store || !m_store->isShared() || seconds <= 0)
        return;
    m_store->setClaimLeaseSeconds(seconds);
    // Renewed well before the lease runs out, so a busy machine keeps it.
    m_renewClaim.setInterval(seconds * 1000 / 3);
    m_renewClaim.start();
    claimCurrent();
}

void ReviewController::setReviewer(const QString &name)
{
    m_reviewer = name;
    if (m_editor)
        m_editor->setReviewer(name);
    if (m_store) {
        m_store->setAnalyst(name);
        claimCurrent(); // others see the new name on the letter held now
    }
}

void ReviewController::claimCurrent()
{
    if (!m_store || !m_store->isShared())
        return;
    // A dropped listening connection is made anew, so news keeps coming.
    if (!m_feed || !m_feed->isAlive())
        startFeed();
    // Claims of killed windows lapse without a notification: the renewal
    // timer brings the list up to date too.
    refreshClaims();
    if (m_currentRow < 0 || !m_current.ok())
        return;
    const Result<Claim> claim = m_store->claim(m_current.contentHash);
    if (!claim)
        return; // the server is away: the next renewal tries again, saves say what failed
    const QString holder = claim->mine ? QString() : claim->holder;
    if (holder == m_current.claimedBy)
        return;
    // Freed by the other analyst: their last review is what we edit from.
    if (holder.isEmpty())
        reloadCurrent();
    m_current.claimedBy = holder;
    emit claimChanged(holder);
    emit letterChanged(m_currentRow);
}

void ReviewController::releaseCurrent()
{
    if (m_store && m_store->isShared() && m_currentRow >= 0 && m_current.ok() && m_current.claimedBy.isEmpty())
        (void)m_store->release(m_current.contentHash); // else the lease ends it
}

void ReviewController::reloadCurrent()
{
    if (m_currentRow < 0 || !m_loader)
        return;
    Letter fresh = m_loader->load(m_letters->summary(m_currentRow).relativePath);
    if (fresh.contentHash != m_current.contentHash)
        return; // the file changed on disk: the rescan deals with it
    fresh.warning = m_current.warning;
    fresh.claimedBy = m_current.claimedBy;
    m_current = std::move(fresh);
}

void ReviewController::onReviewChanged(const QByteArray &hash)
{
    if (!m_store || m_letters->rowsOf(hash).isEmpty())
        return;
    const auto facts = m_store->reviewFacts(hash);
    if (facts.ok() && facts.value()) {
        LetterSummary summary;
        if (summary.decodeFacts(*facts.value()))
            m_letters->setFacts(hash, summary);
    }
    if (m_currentRow >= 0 && m_current.contentHash == hash) {
        const auto stored = m_store->review(hash);
        // Our own save comes back too: only a newer version is news.
        if (stored.ok() && stored.value() && stored.value()->version > m_current.reviewVersion)
            reloadCurrent();
    }
    for (int row : m_letters->rowsOf(hash))
        emit letterChanged(row);
}

void ReviewController::startFeed()
{
    m_feed = m_store->changeFeed();
    if (!m_feed)
        return; // the renewal timer tries again
    connect(m_feed.get(), &StoreChangeFeed::reviewChanged, this, &ReviewController::onReviewChanged);
    connect(m_feed.get(), &StoreChangeFeed::claimChanged, this, &ReviewController::onClaimChanged);
}

void ReviewController::refreshClaims()
{
    // One small query for the team's claims, however many letters.
    if (!m_store || !m_store->isShared())
        return;
    if (const auto claims = m_store->claimsByOthers(); claims.ok())
        m_letters->setClaims(claims.value());
}

void ReviewController::onClaimChanged(const QByteArray &hash)
{
    refreshClaims();
    if (m_currentRow >= 0 && m_current.contentHash == hash)
        claimCurrent(); // taken by us when they let it go
}

Status ReviewController::reopenCurrent()
{
    if (!m_store || m_currentRow < 0)
        return failure(tr("Open a letter first."));
    if (const Status s = m_store->reopen(m_current.contentHash, m_reviewer); !s)
        return s;
    reloadCurrent();
    emit letterChanged(m_currentRow);
    return success();
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
    m_renewClaim.stop();
    m_letters->setClaims({});
    m_feed.reset();
    m_editor.reset();
    m_store.reset(); // lets this window's claims go
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
    releaseCurrent();
    m_currentRow = -1;
    m_current = letterAt(row);
    m_currentRow = m_current.relativePath.isEmpty() ? -1 : row;
    if (m_store && m_store->isShared() && m_currentRow >= 0 && m_current.ok()) {
        const Result<Claim> claim = m_store->claim(m_current.contentHash);
        m_current.claimedBy = !claim ? tr("another analyst (the team store did not answer)")
                                     : claim->mine ? QString() : claim->holder;
        emit claimChanged(m_current.claimedBy);
    }
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
    if (!canReview() || letter.relativePath.isEmpty() || !letter.reviewable() || !m_store->readOnlyReason().isEmpty())
        return false;
    // On a team store only the letter on screen is held, so only it is edited.
    return !m_store->isShared() || (m_currentRow >= 0 && letter.contentHash == m_current.contentHash);
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
    const Status s = reach == 0 ? m_store->forgetCategorySuggestion(key) : m_store->saveCategorySuggestion(key, suggestion);
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
    if (!m_editor)
        return false;
    if (const Status s = m_editor->apply(letter, std::move(record), entry); !s) {
        // A conflict leaves the letter holding what the other analyst saved.
        if (s.errorKind() == Error::Kind::Conflict && m_currentRow >= 0 && m_current.contentHash == letter.contentHash) {
            m_current.record = letter.record;
            m_current.reviewVersion = letter.reviewVersion;
            m_current.reviewedBy = letter.reviewedBy;
            m_current.reviewedAt = letter.reviewedAt;
            for (int row : m_letters->rowsOf(letter.contentHash))
                emit letterChanged(row);
        }
        // Taken by someone else meanwhile (a lapsed claim): show who has it.
        if (s.errorKind() == Error::Kind::Claimed)
            claimCurrent();
        emit saveFailed(s.error());
        return false;
    }
    if (m_currentRow >= 0 && m_current.contentHash == letter.contentHash) {
        m_current.record = letter.record;
        m_current.reviewedBy = letter.reviewedBy;
        m_current.reviewedAt = letter.reviewedAt;
        m_current.reviewVersion = letter.reviewVersion;
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
    // An undo or redo puts back a value over the one it expects; if someone
    // else changed the field since (a team store), theirs stays.
    const FieldValue now = letter->record.field(address.item, address.field);
    if (now.value != previous.value || now.state != previous.state) {
        emit saveFailed(tr("%1 was changed by %2 since; your earlier change was not put back.")
                            .arg(FieldSchema::label(address.field),
                                 letter->reviewedBy.isEmpty() ? tr("another analyst") : letter->reviewedBy));
        return false;
    }
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
            if (const Status s = m_store->forgetCategorySuggestion(key, letter->relativePath); !s)
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
