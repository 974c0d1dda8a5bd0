#pragma once

#include "folder/letter.h"
#include "result.h"
#include "store/reviewstore.h"

namespace imr {

// Applies a reviewer's change to a letter: the consistency rules are checked
// again, the new record is saved with its audit entry in one transaction,
// and only then does the letter in memory change. Nothing is acknowledged
// that is not on disk, and a letter whose stored review cannot be read is
// never written over.
class ReviewEditor final
{
    Q_DECLARE_TR_FUNCTIONS(imr::ReviewEditor)
public:
    ReviewEditor(ReviewStore &store, QString reviewer);

    // On success the letter holds the new record.
    Status apply(Letter &letter, DeterminationRecord record, const AuditEntry &entry);
    QString reviewer() const { return m_reviewer; }
    void setReviewer(const QString &reviewer) { m_reviewer = reviewer; }

private:
    ReviewStore &m_store;
    QString m_reviewer;
};

} // namespace imr
