#pragma once

#include "stats/decisionstatistics.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QChart;
class QPalette;

namespace imr::gui {

// The charts of a decision summary, the same for the Charts tab and the
// printed report: each with its title, the numbers behind it (a table) and,
// when there is nothing to draw, the reason instead of empty axes.
struct ChartContent
{
    enum class Kind { Outcome, Category, Guideline, Specialty, Time, Progress };
    Kind kind = Kind::Outcome;
    QString title;
    QList<Tally> rows;   // the numbers, one row per bar or slice
    QString emptyText;   // non-empty: nothing to draw
    QString drilledInto; // Category chart showing one category's subcategories
};

class ChartBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(imr::gui::ChartBuilder)
public:
    static QList<ChartContent> contents(const DecisionSummary &summary, const QString &drillCategory = {});
    // A new chart (the caller owns it); onPaper: print colours (white background).
    static QChart *chart(const ChartContent &content, const QPalette &palette, bool onPaper);
    static QString rateText(const Tally &tally);
};

} // namespace imr::gui
