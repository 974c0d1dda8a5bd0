#include "chartbuilder.h"

#include "review/fieldcolors.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QPalette>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace imr::gui {
namespace {

const QColor kUpheld(0xc0, 0x39, 0x2b);
const QColor kOverturned(0x27, 0xae, 0x60);

QList<Tally> statusRows(const DecisionSummary &s)
{
    QList<Tally> rows;
    for (LetterStatus st : {LetterStatus::Reviewed, LetterStatus::InProgress, LetterStatus::Unreviewed, LetterStatus::Error})
        rows << Tally{ReviewStatus::displayName(st), s.progress.value(st), 0, {}};
    return rows;
}

// onPaper: the report has less room and a table beside each chart, so slice
// labels go to the legend only and bar labels leave their rate to the table.
void pie(QChart *chart, const QList<std::pair<QString, int>> &slices, const QList<QColor> &colours, bool onPaper)
{
    auto *series = new QPieSeries;
    for (qsizetype i = 0; i < slices.size(); ++i) {
        if (slices[i].second == 0)
            continue;
        QPieSlice *slice = series->append(u"%1: %2"_s.arg(slices[i].first).arg(slices[i].second), slices[i].second);
        slice->setLabelVisible(!onPaper);
        slice->setLabelColor(chart->legend()->labelColor()); // beside the pie, on the chart's background
        slice->setColor(colours.value(i));
        slice->setProperty("index", int(i));
    }
    chart->addSeries(series);
}

void stackedBars(QChart *chart, const QList<Tally> &rows, bool horizontal, bool onPaper)
{
    auto *upheld = new QBarSet(ChartBuilder::tr("Upheld"));
    auto *overturned = new QBarSet(ChartBuilder::tr("Overturned"));
    upheld->setColor(kUpheld);
    overturned->setColor(kOverturned);
    // The counts inside the bars: whichever of black and white reads on them.
    upheld->setLabelColor(FieldColors::textOn(kUpheld, FieldColors::paper()));
    overturned->setLabelColor(FieldColors::textOn(kOverturned, FieldColors::paper()));
    QStringList labels;
    // Horizontal bars are laid out bottom-up: reverse, so the first row is on top.
    QList<Tally> ordered = rows;
    if (horizontal)
        std::reverse(ordered.begin(), ordered.end());
    for (const Tally &t : ordered) {
        *upheld << t.upheld;
        *overturned << t.overturned;
        // Axis labels are rich text: the rate and its count go on a second
        // line, so a long label keeps its room instead of being cut.
        labels << (onPaper ? t.label.toHtmlEscaped()
                           : u"%1<br>%2"_s.arg(t.label.toHtmlEscaped(), ChartBuilder::rateText(t).toHtmlEscaped()));
    }
    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                                            : static_cast<QAbstractBarSeries *>(new QStackedBarSeries);
    series->append(upheld);
    series->append(overturned);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    categories->setTruncateLabels(false); // "Physical Medi…" says nothing: the chart gives the labels room
    auto *values = new QValueAxis;
    values->setLabelFormat(u"%d"_s);
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
}

} // namespace

QString ChartBuilder::rateText(const Tally &tally)
{
    return tr("%1% overturned of %2").arg(qRound(tally.overturnRate() * 100)).arg(tally.total());
}

QList<ChartContent> ChartBuilder::contents(const DecisionSummary &s, const QString &drillCategory)
{
    const QString noItems = s.letters == 0 ? tr("No letters: open a folder to see its decisions.")
                          : s.lettersInScope == 0 ? tr("No letter matches the filter.")
                                                  : tr("No decided items in these letters.");
    const auto content = [&](ChartContent::Kind kind, const QString &title, const QList<Tally> &rows) {
        return ChartContent{kind, title, rows, s.items == 0 ? noItems : QString(), {}};
    };
    QList<ChartContent> all;
    all << content(ChartContent::Kind::Outcome,
                   tr("Outcome overview: %1 items, %2% overturned").arg(s.items).arg(qRound(s.outcome.overturnRate() * 100)),
                   {s.outcome});
    ChartContent category = content(ChartContent::Kind::Category, tr("Overturn rate by treatment category"), s.byCategory);
    if (!drillCategory.isEmpty() && s.bySubcategory.contains(drillCategory)) {
        category.title = tr("Overturn rate in %1, by subcategory").arg(drillCategory);
        category.rows = s.bySubcategory.value(drillCategory);
        category.drilledInto = drillCategory;
    }
    all << category;
    all << content(ChartContent::Kind::Guideline, tr("Decisions by MAXIMUS guideline source"), s.byGuideline);
    all << content(ChartContent::Kind::Specialty, tr("Decisions by reviewer specialty (top 10)"), s.bySpecialty);
    all << content(ChartContent::Kind::Time,
                   s.overTimeByInjuryYear ? tr("Decisions by year of injury (no decision dates)") : tr("Decisions by decision month"),
                   s.overTime);
    ChartContent progress{ChartContent::Kind::Progress, tr("Review progress (letters)"), statusRows(s),
                          s.letters == 0 ? tr("No letters: open a folder to see its review progress.") : QString(), {}};
    all << progress;
    return all;
}

QChart *ChartBuilder::chart(const ChartContent &c, const QPalette &palette, bool onPaper)
{
    // The theme first: it recolours series added before it.
    auto *chart = new QChart;
    const bool dark = !onPaper && palette.color(QPalette::Base).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(onPaper ? QBrush(Qt::white) : palette.base());
    chart->setTitleBrush(onPaper ? QBrush(Qt::black) : palette.text());
    chart->legend()->setLabelColor(onPaper ? QColor(Qt::black) : palette.color(QPalette::Text));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTitle(c.title);
    switch (c.kind) {
    case ChartContent::Kind::Outcome:
        pie(chart, {{tr("Upheld"), c.rows.value(0).upheld}, {tr("Overturned"), c.rows.value(0).overturned}},
            {kUpheld, kOverturned}, onPaper);
        break;
    case ChartContent::Kind::Progress: {
        QList<std::pair<QString, int>> slices;
        for (const Tally &t : c.rows)
            slices << std::pair{t.label, t.upheld};
        pie(chart, slices, {kOverturned, QColor(0xf3, 0x9c, 0x12), QColor(0x95, 0xa5, 0xa6), kUpheld}, onPaper);
        break;
    }
    case ChartContent::Kind::Time:
        stackedBars(chart, c.rows, false, onPaper);
        break;
    default:
        stackedBars(chart, c.rows, true, onPaper);
        break;
    }
    return chart;
}

} // namespace imr::gui
