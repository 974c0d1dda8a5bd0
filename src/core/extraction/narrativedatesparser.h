#pragma once

#include "extraction/determinationrecord.h"

namespace imr {

class LetterText;

// Dates of the dispute that older letters give only in prose: "received the
// application for Independent Medical Review on 8/8/2013", "A Notice of
// Assignment ... was sent on 8/21/2013". They fill fields the header left
// empty, never replace a header value.
class NarrativeDatesParser final
{
public:
    static void parse(const LetterText &text, DeterminationRecord &record);
};

} // namespace imr
