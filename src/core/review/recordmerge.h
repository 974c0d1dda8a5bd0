#pragma once

#include "extraction/determinationrecord.h"

#include <QCoreApplication>
#include <QStringList>

namespace imr {

// Two analysts' changes to one letter's review, made from the same stored
// version, put together: a field only one of them changed takes that
// change; a field both changed differently is a conflict, settled for the
// change already saved (theirs) and named for the reviewer.
class RecordMerge final
{
    Q_DECLARE_TR_FUNCTIONS(imr::RecordMerge)
public:
    struct Outcome
    {
        DeterminationRecord record;
        QStringList conflicts; // "decision (item 2)": fields where theirs was kept over mine
    };

    static Outcome merge(const DeterminationRecord &base, const DeterminationRecord &mine,
                         const DeterminationRecord &theirs);
};

} // namespace imr
