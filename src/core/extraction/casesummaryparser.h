#pragma once

#include "extraction/determinationrecord.h"

namespace imr {

class LetterText;

// The clinical case summary: the patient's age and sex, the diagnoses, and
// the date of injury for letters without a header.
class CaseSummaryParser final
{
public:
    static void parse(const LetterText &text, qsizetype start, qsizetype end, DeterminationRecord &record);

private:
    static void parsePatient(const LetterText &text, qsizetype start, qsizetype end, DeterminationRecord &record);
    static void parseInjuryDate(const LetterText &text, qsizetype start, qsizetype end, DeterminationRecord &record);
    static void parseDiagnoses(const LetterText &text, qsizetype start, qsizetype end, DeterminationRecord &record);
};

} // namespace imr
