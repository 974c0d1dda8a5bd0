#pragma once

#include "extraction/determinationrecord.h"

namespace imr {

class LetterText;

// The case header (case number, dates, priority). pdftotext's default output
// puts a column of labels before their values, PDF libraries and
// `pdftotext -layout` put each value after its label; pairing every value
// with the oldest label still waiting for a value of its type reads both.
class HeaderParser final
{
public:
    static void parse(const LetterText &text, qsizetype end, DeterminationRecord &record);
};

} // namespace imr
