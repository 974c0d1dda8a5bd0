#pragma once

#include "stats/decisionstatistics.h"
#include "stats/revieweffort.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QChart;
class QPalette;

namespace imr::gui {

// The charts of a decision summary, the same for the Charts tab and the
// printed report: each with its title, the numbers behind it (a table) and,
// when there is nothing to draw, the reason instead of empty axes.
// One bar of a chart that is not about decisions (review effort).
struct BarValue
{
    QString label;
    double value = 0.0;
    QString text; // what the bar says, with its unit
};

struct ChartContent
{
    enum class Kind { Outcome, Category, Guideline, Specialty, Time, Progress, FieldTime, FieldCorrections,
                      CategoryCorrections };
    Kind kind = Kind::Outcome;
    QString title;
    QList<Tally> rows;   // the numbers, one row per bar or slice
    QString emptyText;   // non-empty: nothing to draw
    QString drilledInto; // Category chart showing one category's subcategories
    int minGroupSize = 0; // rows with fewer items are greyed: their rates say little
    QList<BarValue> values; // the effort charts' bars, instead of rows
    // Whether a row is too small to read its rate from.
    bool isSmall(const Tally &row) const { return row.total() < minGroupSize; }
    bool hasSmallGroups() const;
    // The note under a chart with greyed rows; empty when there are none.
    QString smallGroupNote() const;
};

class ChartBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(imr::gui::ChartBuilder)
public:
    static constexpr int kDefaultMinGroupSize = 30;
    static QList<ChartContent> contents(const DecisionSummary &summary, const QString &drillCategory = {},
                                        int minGroupSize = kDefaultMinGroupSize);
    // Where reviewers spend their time and where the extractor is corrected
    // most, from the audit trail.
    static QList<ChartContent> effortContents(const EffortSummary &effort);
    // A new chart (the caller owns it); onPaper: print colours (white background).
    static QChart *chart(const ChartContent &content, const QPalette &palette, bool onPaper);
    // "n = 120, 95% CI 29–46%": under a bar's label (the bar shows the rate).
    static QString rateText(const Tally &tally);
    // "29–46%"
    static QString intervalText(const RateInterval &interval);
    // Bar series whose rows are drawn bottom-up carry this property (true).
    static constexpr const char *kReversedRows = "imrReversedRows";
};

} // namespace imr::gui
