#pragma once

#include "stats/decisionstatistics.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace imr {

// Days from one date of the IMR process to the decision, for one priority.
struct TurnaroundRow
{
    enum class Measure { ApplicationToDecision, AssignmentToDecision };
    Measure measure = Measure::ApplicationToDecision;
    QString priority;  // Standard, Expedited, or "Unknown"
    int letters = 0;   // with both dates, in order
    double median = 0.0;
    double p90 = 0.0;
    int limitDays = 0; // the statutory limit for this priority; 0: none known
    int overLimit = 0; // letters decided after more days than the limit
};

struct MonthVolume
{
    QString month; // yyyy-MM of the decision
    int letters = 0;
    int items = 0;
};

// The tables of the DWC's annual IMR reports and the CWCI's IMR studies,
// computed over a folder so a sample can be set beside the published figures.
struct StandardTableSet
{
    int letters = 0; // counted (in scope, duplicates once)
    int items = 0;   // decided items
    QList<Tally> categories; // share = total() / items; by share, largest first
    QList<Tally> drugGroups; // Pharmaceuticals subcategories, same order
    int pharmaceuticalItems = 0;
    QList<TurnaroundRow> turnaround;
    int lettersWithoutDates = 0; // left out of turnaround: a date missing or out of order
    QList<MonthVolume> months;   // in calendar order
};

class StandardTables final
{
    Q_DECLARE_TR_FUNCTIONS(imr::StandardTables)
public:
    // Labor Code §4610.6(d): a determination within 30 days of receiving the
    // request and its documents, 3 days when expedited (an imminent and
    // serious threat to the worker's health).
    static constexpr int kStandardLimitDays = 30;
    static constexpr int kExpeditedLimitDays = 3;
    static constexpr QStringView kPharmaceuticals = u"Pharmaceuticals";

    static StandardTableSet compute(const QList<LetterSummary> &letters, const ChartFilter &filter = {},
                                    const DuplicateCases *duplicates = nullptr);
    // The q-quantile of sorted values by linear interpolation between
    // order statistics (Hyndman and Fan type 7: R's default, Excel's
    // PERCENTILE.INC). Empty: 0.
    static double quantile(const QList<int> &sorted, double q);
    static QString measureName(TurnaroundRow::Measure measure);
};

} // namespace imr
