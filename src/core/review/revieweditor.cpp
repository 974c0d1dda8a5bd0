#include "review/revieweditor.h"

#include "extraction/consistencychecker.h"

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
    ConsistencyChecker::check(record);
    if (Status s = m_store.saveReview(letter.contentHash, letter.relativePath, record, entry, m_reviewer); !s)
        return failure(tr("The change was not saved: %1").arg(s.error()));
    letter.record = std::move(record);
    letter.reviewedBy = m_reviewer;
    letter.reviewedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return success();
}

} // namespace imr
