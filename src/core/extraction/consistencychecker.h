#pragma once

#include "extraction/determinationrecord.h"

namespace imr {

// Rules a correct record obeys. A broken rule becomes a flag on the fields
// concerned, for the reviewer to settle; nothing is changed silently.
class ConsistencyChecker final
{
public:
    static void check(DeterminationRecord &record);

private:
    static void clearFlags(DeterminationRecord &record);
    static void checkDates(DeterminationRecord &record);
    static void checkItem(DisputedItem &item);
};

} // namespace imr
