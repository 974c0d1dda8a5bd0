#pragma once

#include "extraction/determinationrecord.h"

namespace imr {

class LetterText;

// The expert reviewer's states of licensure and specialties: the labelled
// lines of 2015+ letters, or the prose of older ones ("is Board Certified in
// Occupational Medicine and is licensed to practice in California").
class CredentialsParser final
{
public:
    static void parse(const LetterText &text, qsizetype end, DeterminationRecord &record);

private:
    static bool parseLabelled(const LetterText &text, qsizetype end, DeterminationRecord &record);
    static void parseProse(const LetterText &text, qsizetype end, DeterminationRecord &record);
};

} // namespace imr
