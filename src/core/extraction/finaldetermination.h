#pragma once

#include "extraction/determinationrecord.h"

namespace imr {

class LetterText;

// The 2014 letters' "Final Determination: UPHOLD | OVERTURN | PARTIAL
// OVERTURN" sums up the items' decisions. It decides an item whose own
// decision was not found, and marks items that disagree with it.
class FinalDetermination final
{
public:
    static void apply(const LetterText &text, DeterminationRecord &record);
};

} // namespace imr
