#pragma once

#include "folder/letter.h"

#include <QString>
#include <QStringList>

namespace imr {

enum class LetterStatus { Unreviewed, InProgress, Reviewed, Error };

// A letter's review status, derived from the states of its fields.
class ReviewStatus final
{
public:
    static LetterStatus of(const Letter &letter);
    static LetterStatus of(const DeterminationRecord &record);
    // As the CSV and the letter list spell it: unreviewed, in progress, reviewed, error.
    static QString name(LetterStatus status);
    static QString displayName(LetterStatus status);
    // Column names of the fields a person corrected, per level.
    static QStringList correctedLetterFields(const DeterminationRecord &record);
    static QStringList correctedItemFields(const DisputedItem &item);
};

} // namespace imr
