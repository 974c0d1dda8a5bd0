#include "revieweditor.h"

#include "consistencychecker.h"

#include <QCoreApplication>
#include <QDateTime>

namespace imr {

ReviewEditor::ReviewEditor(ReviewStore &store, QString reviewer)
    : m_store(store)
    , m_reviewer(std::move(reviewer))
{
}

QString ReviewEditor::apply(Letter &letter, DeterminationRecord record, const AuditEntry &entry)
{
    if (!letter.ok())
        return QCoreApplication::translate("imr::ReviewEditor", "%1 could not be read; it cannot be reviewed.")
            .arg(letter.relativePath);
    ConsistencyChecker::check(record);
    if (!m_store.saveReview(letter.contentHash, letter.relativePath, record, entry, m_reviewer))
        return QCoreApplication::translate("imr::ReviewEditor", "The change was not saved: %1").arg(m_store.lastError());
    letter.record = std::move(record);
    letter.reviewedBy = m_reviewer;
    letter.reviewedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return {};
}

} // namespace imr
