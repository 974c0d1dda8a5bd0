#pragma once

#include "folder/lettersummary.h"
#include "store/reviewstore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace imr {

// The work on one field (a CSV column), across the folder.
struct FieldEffort
{
    QString field;
    int actions = 0;       // acknowledged changes on the field
    int timedActions = 0;  // those with a measured time (see ReviewEffort)
    double seconds = 0.0;  // time spent, summed over the timed actions
    int corrections = 0;
    int confirmations = 0;
    double meanSeconds() const { return timedActions ? seconds / timedActions : 0.0; }
    // Of the values a person acknowledged, the share they had to correct.
    double correctionRate() const
    {
        return corrections + confirmations ? double(corrections) / (corrections + confirmations) : 0.0;
    }
};

struct CategoryCorrections
{
    QString category; // the item's treatment category; "Letter" for letter-level fields, "Unknown" for removed items
    int corrections = 0;
    int items = 0; // reviewed items of the category with any acknowledged change
};

struct EffortSummary
{
    int actions = 0;
    int timedActions = 0;
    int letters = 0;      // letters with any acknowledged change
    int timedLetters = 0; // letters with a measured time
    double totalSeconds = 0.0;
    double medianLetterSeconds = 0.0;
    double p90LetterSeconds = 0.0;
    QList<FieldEffort> fields;                // by time spent, most first
    QList<CategoryCorrections> categories;    // by corrections, most first
    QStringList reviewers;
};

// Review effort from the audit trail. Each reviewer's actions are taken in
// time order; the time of an action is the gap since that reviewer's
// previous action, which covers reading the letter and the field before
// acknowledging it. A gap longer than kIdleSeconds is a break, not work:
// the action after it is counted but not timed.
class ReviewEffort final
{
    Q_DECLARE_TR_FUNCTIONS(imr::ReviewEffort)
public:
    static constexpr int kIdleSeconds = 600;
    // letters: the folder's rows, for the categories of corrected items.
    static EffortSummary compute(const QList<AuditRecord> &log, const QList<LetterSummary> &letters);
};

} // namespace imr
