#pragma once

#include "folder/letter.h"
#include "folder/lettersummary.h"
#include "review/reviewstatus.h"
#include "stats/wilsoninterval.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace imr {

// What the charts show: all letters or reviewed ones only, a range of
// decision dates, some categories (empty: all).
struct ChartFilter
{
    bool reviewedOnly = false;
    QDate from; // invalid: open
    QDate to;
    QStringList categories;
    // Items citing one of these guideline sources ("None" for an item that
    // cites none); empty: any. And none of the second list: "ODG, not MTUS"
    // against "MTUS, not ODG" are two groups with no item in both.
    QStringList guidelineSources;
    QStringList notGuidelineSources;
    friend bool operator==(const ChartFilter &, const ChartFilter &) = default;
};

// Decisions counted under one label, and the letters behind them (rows of
// the letter list, so a click on a bar can filter the list).
struct Tally
{
    QString label;
    int upheld = 0;
    int overturned = 0;
    QList<int> letters;

    int total() const { return upheld + overturned; }
    double overturnRate() const { return total() ? double(overturned) / total() : 0.0; }
    double upholdRate() const { return total() ? double(upheld) / total() : 0.0; }
    // Wilson 95% intervals of the two rates.
    RateInterval overturnInterval() const { return WilsonInterval::of(overturned, total()); }
    RateInterval upholdInterval() const { return WilsonInterval::of(upheld, total()); }
};

class DuplicateCases;

struct DecisionSummary
{
    int letters = 0;        // in the folder
    int lettersInScope = 0; // after the filter
    int items = 0;          // decided items in scope
    Tally outcome;
    QList<Tally> byDecision;                   // Upheld, Overturned: the letters with such an item
    QList<Tally> byCategory;                   // sorted by overturn rate, then count
    QMap<QString, QList<Tally>> bySubcategory; // per category, same order
    QList<Tally> byGuideline;                  // MAXIMUS sources: MTUS, ACOEM, ODG, Other, None
    QList<Tally> bySpecialty;                  // top 10 by items, then "Other"
    QList<Tally> overTime;                     // by decision month (yyyy-MM), or injury year
    bool overTimeByInjuryYear = false;
    QMap<LetterStatus, int> progress;          // all letters, whatever the filter
    int duplicatesLeftOut = 0;                 // files of a case counted in another file
};

// Aggregates the current records (corrections included) for the Charts tab
// and the printed report.
class DecisionStatistics final
{
    Q_DECLARE_TR_FUNCTIONS(imr::DecisionStatistics)
public:
    // Rows of the letter list; letters not loaded yet are left out, and so
    // are the rows duplicates says do not count.
    static DecisionSummary compute(const QList<LetterSummary> &letters, const ChartFilter &filter = {},
                                   const DuplicateCases *duplicates = nullptr);
    // Whether a row is counted under the filter (loaded, readable, in range).
    static bool inScope(const LetterSummary &letter, const ChartFilter &filter);
    // Whether a decided item of such a row is counted (category, guideline sources).
    static bool itemInScope(const ItemFacts &item, const ChartFilter &filter);
    static DecisionSummary compute(const QList<Letter> &letters, const ChartFilter &filter = {});
    static constexpr int kTopSpecialties = 10;
};

} // namespace imr
