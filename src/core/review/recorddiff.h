#pragma once

#include "extraction/determinationrecord.h"

#include <QCoreApplication>
#include <QStringList>

namespace imr {

// What differs between two readings of a letter, in words a reviewer reads:
// "decision (item 2): Upheld → Overturned".
class RecordDiff final
{
    Q_DECLARE_TR_FUNCTIONS(imr::RecordDiff)
public:
    static QStringList describe(const DeterminationRecord &before, const DeterminationRecord &after);
};

} // namespace imr
