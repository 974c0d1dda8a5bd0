#pragma once

#include "letter.h"
#include "reviewstore.h"

namespace imr {

// Applies a reviewer's change to a letter: the consistency rules are checked
// again, the new record is saved with its audit entry in one transaction,
// and only then does the letter in memory change. Nothing is acknowledged
// that is not on disk.
class ReviewEditor final
{
public:
    ReviewEditor(ReviewStore &store, QString reviewer);

    // Returns an error message, empty on success (the letter is then updated).
    QString apply(Letter &letter, DeterminationRecord record, const AuditEntry &entry);
    QString reviewer() const { return m_reviewer; }
    void setReviewer(const QString &reviewer) { m_reviewer = reviewer; }

private:
    ReviewStore &m_store;
    QString m_reviewer;
};

} // namespace imr
