#include "review/revieweditor.h"

#include "extraction/consistencychecker.h"
#include "review/recordmerge.h"

#include <QCoreApplication>
#include <QDateTime>

namespace imr {

ReviewEditor::ReviewEditor(ReviewStore &store, QString reviewer)
    : m_store(store)
    , m_reviewer(std::move(reviewer))
{
}

Status ReviewEditor::apply(Letter &letter, DeterminationRecord record, const AuditEntry &entry)
{
    if (!letter.ok())
        return failure(tr("%1 could not be read; it cannot be reviewed.").arg(letter.relativePath));
    if (!letter.reviewError.isEmpty())
        return failure(tr("The change was not saved: %1").arg(letter.reviewError));
    if (!letter.claimedBy.isEmpty())
        return failure(tr("The change was not saved: %1 is reviewing this letter.").arg(letter.claimedBy),
                       Error::Kind::Claimed);
    // Someone else may save between our read and our write: then their
    // review is read, our change is merged into it and saved again. A few
    // rounds suffice; a letter this contested is left to the reviewer.
    constexpr int kAttempts = 4;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        ConsistencyChecker::check(record);
        const Result<qint64> saved =
            m_store.saveReview(letter.contentHash, letter.relativePath, record, entry, m_reviewer, letter.reviewVersion);
        if (saved) {
            letter.record = std::move(record);
            letter.reviewVersion = saved.value();
            letter.reviewedBy = m_reviewer;
            letter.reviewedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
            return success();
        }
        if (saved.errorKind() != Error::Kind::Conflict)
            return failure(tr("The change was not saved: %1").arg(saved.error()), saved.errorKind());
        const auto stored = m_store.review(letter.contentHash);
        if (!stored)
            return failure(tr("The change was not saved: %1").arg(stored.error()));
        const StoredReview theirs = stored.value().value_or(StoredReview{});
        const RecordMerge::Outcome merged =
            RecordMerge::merge(letter.record, record, stored.value() ? theirs.record : letter.record);
        // From here the letter shows what is stored, whatever happens next.
        if (stored.value()) {
            letter.record = theirs.record;
            letter.reviewedBy = theirs.reviewedBy;
            letter.reviewedAt = theirs.reviewedAt;
        }
        letter.reviewVersion = theirs.version;
        if (!merged.conflicts.isEmpty())
            return failure(tr("%1 changed %2 at the same time. Their values are kept and shown; check them and "
                              "change them again if needed.")
                               .arg(theirs.reviewedBy.isEmpty() ? tr("Another analyst") : theirs.reviewedBy,
                                    merged.conflicts.join(QStringLiteral(", "))),
                           Error::Kind::Conflict);
        record = merged.record;
    }
    return failure(tr("The change was not saved: the letter kept changing while it was saved. Try again."),
                   Error::Kind::Conflict);
}

} // namespace imr
