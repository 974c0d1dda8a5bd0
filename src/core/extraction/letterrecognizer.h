#pragma once

#include "extraction/determinationrecord.h"

#include <QCoreApplication>
#include <QString>

namespace imr {

// Tells an IMR determination letter from any other text that happens to be
// in the folder (a cover note, a README, a different notice): a letter has a
// case number or a decision, or at least the headings and words every
// layout has used.
class LetterRecognizer final
{
    Q_DECLARE_TR_FUNCTIONS(imr::LetterRecognizer)
public:
    static bool looksLikeDetermination(const QString &text, const DeterminationRecord &record);
    // The warning a file that does not look like one is listed with.
    static QString notALetterWarning();
};

} // namespace imr
