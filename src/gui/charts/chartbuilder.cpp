#include "chartbuilder.h"

#include "review/fieldcolors.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QHorizontalPercentBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPercentBarSeries>
#include <QPalette>
#include <QPieSeries>
#include <QPieSlice>
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

const QColor kSmallGroup(0xb0, 0xb0, 0xb0);

// A 95% interval as a whisker with end caps, drawn over the bar of row `at`.
void whisker(QChart *chart, const RateInterval &interval, qreal at, bool horizontal, const QColor &colour,
             QAbstractAxis *categories, QAbstractAxis *values)
{
    auto *line = new QLineSeries;
    const qreal cap = 0.12;
    const qreal lo = interval.low * 100;
    const qreal hi = interval.high * 100;
    const auto point = [horizontal](qreal value, qreal position) {
        return horizontal ? QPointF(value, position) : QPointF(position, value);
    };
    // One polyline: cap, across, cap (retracing is invisible).
    *line << point(lo, at - cap) << point(lo, at + cap) << point(lo, at) << point(hi, at) << point(hi, at - cap)
          << point(hi, at + cap);
    QPen pen(colour);
    pen.setWidthF(1.6);
    line->setPen(pen);
    chart->addSeries(line);
    line->attachAxis(categories);
    line->attachAxis(values);
    for (QLegendMarker *marker : chart->legend()->markers(line))
        marker->setVisible(false);
}

// Each row as a 100% bar, overturned share first so its end is the rate,
// with the rate's Wilson interval as a whisker there. Rows too small to
// read a rate from are grey.
void rateBars(QChart *chart, const ChartContent &content, bool horizontal, bool onPaper)
{
    auto *overturned = new QBarSet(ChartBuilder::tr("Overturned"));
    auto *upheld = new QBarSet(ChartBuilder::tr("Upheld"));
    overturned->setColor(kOverturned);
    upheld->setColor(kUpheld);
    for (QBarSet *set : {overturned, upheld})
        set->setSelectedColor(kSmallGroup);
    // The counts inside the bars: whichever of black and white reads on them.
    overturned->setLabelColor(FieldColors::textOn(kOverturned, FieldColors::paper()));
    upheld->setLabelColor(FieldColors::textOn(kUpheld, FieldColors::paper()));
    QStringList labels;
    // Horizontal bars are laid out bottom-up: reverse, so the first row is on top.
    QList<Tally> ordered = content.rows;
    if (horizontal)
        std::reverse(ordered.begin(), ordered.end());
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        const Tally &t = ordered[i];
        *overturned << t.overturned;
        *upheld << t.upheld;
        const bool small = content.isSmall(t);
        if (small) {
            overturned->selectBar(int(i));
            upheld->selectBar(int(i));
        }
        // Axis labels are rich text: the rate and its count go on a second
        // line, so a long label keeps its room instead of being cut.
        // Under upright bars (months) there is room for the count only. The
        // bars' own labels give the percentages.
        const QString second = horizontal ? ChartBuilder::rateText(t) : ChartBuilder::tr("n = %1").arg(t.total());
        const QString text = onPaper ? t.label.toHtmlEscaped()
                                     : u"%1<br>%2"_s.arg(t.label.toHtmlEscaped(), second.toHtmlEscaped());
        labels << (small ? u"<span style=\"color:#8a8a8a\">%1</span>"_s.arg(text) : text);
    }
    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalPercentBarSeries)
                                            : static_cast<QAbstractBarSeries *>(new QPercentBarSeries);
    series->setProperty(ChartBuilder::kReversedRows, horizontal);
    series->append(overturned);
    series->append(upheld);
    series->setLabelsVisible(true);
    series->setLabelsFormat(u"@value%"_s); // a percent series labels its bars with their share
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    categories->setTruncateLabels(false); // "Physical Medi…" says nothing: the chart gives the labels room
    auto *values = new QValueAxis;
    values->setRange(0, 100);
    values->setLabelFormat(u"%d%"_s);
    values->setTickCount(6);
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    const QColor ink = chart->legend()->labelColor();
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        if (ordered[i].total() > 0)
            whisker(chart, ordered[i].overturnInterval(), qreal(i), horizontal, ink, categories, values);
    }
}

// Plain horizontal bars, one per value, largest on top.
void valueBars(QChart *chart, const ChartContent &content, bool onPaper)
{
    auto *set = new QBarSet(content.title);
    set->setColor(QColor(0x29, 0x80, 0xb9));
    set->setLabelColor(FieldColors::textOn(QColor(0x29, 0x80, 0xb9), FieldColors::paper()));
    QStringList labels;
    QList<BarValue> ordered = content.values;
    std::reverse(ordered.begin(), ordered.end());
    double most = 0;
    for (const BarValue &v : ordered) {
        *set << v.value;
        most = std::max(most, v.value);
        labels << (onPaper ? v.label.toHtmlEscaped() : u"%1<br>%2"_s.arg(v.label.toHtmlEscaped(), v.text.toHtmlEscaped()));
    }
    auto *series = new QHorizontalBarSeries;
    series->setProperty(ChartBuilder::kReversedRows, true);
    series->append(set);
    chart->addSeries(series);
    chart->legend()->setVisible(false);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    categories->setTruncateLabels(false);
    auto *values = new QValueAxis;
    values->setRange(0, most > 0 ? most * 1.1 : 1);
    values->setLabelFormat(u"%.0f"_s);
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
}

} // namespace

QList<ChartContent> ChartBuilder::effortContents(const EffortSummary &e)
{
    const QString none = tr("No review work yet: confirmations and corrections are timed from the audit trail.");
    const auto content = [&](ChartContent::Kind kind, const QString &title, const QList<BarValue> &values) {
        ChartContent c;
        c.kind = kind;
        c.title = title;
        c.values = values;
        c.emptyText = values.isEmpty() ? none : QString();
        return c;
    };
    // The ten fields with the most time, the ten most corrected, and every category.
    constexpr int kTop = 10;
    QList<BarValue> time, corrected, categories;
    for (const FieldEffort &f : e.fields) {
        if (f.timedActions > 0 && time.size() < kTop)
            time << BarValue{f.field, f.seconds / 60.0,
                             tr("%1 min, %2 s per action").arg(QString::number(f.seconds / 60.0, 'f', 1))
                                 .arg(qRound(f.meanSeconds()))};
    }
    QList<FieldEffort> byCorrections = e.fields;
    std::stable_sort(byCorrections.begin(), byCorrections.end(),
                     [](const FieldEffort &a, const FieldEffort &b) { return a.corrections > b.corrections; });
    for (const FieldEffort &f : std::as_const(byCorrections)) {
        if (f.corrections > 0 && corrected.size() < kTop)
            corrected << BarValue{f.field, double(f.corrections),
                                  tr("%1 corrected, %2% of those acknowledged").arg(f.corrections)
                                      .arg(qRound(f.correctionRate() * 100))};
    }
    for (const CategoryCorrections &c : e.categories)
        categories << BarValue{c.category, double(c.corrections),
                               tr("%1 corrections in %n item(s)", nullptr, c.items).arg(c.corrections)};
    const QString timeTitle = e.timedLetters
        ? tr("Review time by field (minutes); a letter takes %1 s (median), %2 s (90th percentile)")
              .arg(qRound(e.medianLetterSeconds))
              .arg(qRound(e.p90LetterSeconds))
        : tr("Review time by field (minutes)");
    return {content(ChartContent::Kind::FieldTime, timeTitle, time),
            content(ChartContent::Kind::FieldCorrections, tr("Corrections by field"), corrected),
            content(ChartContent::Kind::CategoryCorrections, tr("Corrections by treatment category"), categories)};
}

QString ChartBuilder::intervalText(const RateInterval &interval)
{
    return tr("%1–%2%").arg(qRound(interval.low * 100)).arg(qRound(interval.high * 100));
}

QString ChartBuilder::rateText(const Tally &tally)
{
    return tr("n = %1, 95% CI %2").arg(tally.total()).arg(intervalText(tally.overturnInterval()));
}

bool ChartContent::hasSmallGroups() const
{
    if (kind == Kind::Outcome || kind == Kind::Progress || !values.isEmpty() || rows.isEmpty())
        return false;
    return std::any_of(rows.cbegin(), rows.cend(), [this](const Tally &t) { return isSmall(t); });
}

QString ChartContent::smallGroupNote() const
{
    if (!hasSmallGroups())
        return {};
    return ChartBuilder::tr("Grey: fewer than %n items, too few for a reliable rate. Whiskers: 95% intervals.", nullptr,
                            minGroupSize);
}

QList<ChartContent> ChartBuilder::contents(const DecisionSummary &s, const QString &drillCategory, int minGroupSize)
{
    const QString noItems = s.letters == 0 ? tr("No letters: open a folder to see its decisions.")
                          : s.lettersInScope == 0 ? tr("No letter matches the filter.")
                                                  : tr("No decided items in these letters.");
    const auto content = [&](ChartContent::Kind kind, const QString &title, const QList<Tally> &rows) {
        return ChartContent{kind, title, rows, s.items == 0 ? noItems : QString(), {}, minGroupSize, {}};
    };
    QList<ChartContent> all;
    all << content(ChartContent::Kind::Outcome,
                   tr("Outcome overview: %1 items, %2% overturned (95% CI %3)")
                       .arg(s.items)
                       .arg(qRound(s.outcome.overturnRate() * 100))
                       .arg(intervalText(s.outcome.overturnInterval())),
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
                          s.letters == 0 ? tr("No letters: open a folder to see its review progress.") : QString(), {}, 0, {}};
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
    // On screen the note on greyed groups goes under the title; the report
    // prints it under the table.
    chart->setTitle(onPaper || !c.hasSmallGroups()
                        ? c.title
                        : u"%1<br><span style=\"font-size:small\">%2</span>"_s.arg(c.title.toHtmlEscaped(),
                                                                                   c.smallGroupNote().toHtmlEscaped()));
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
        rateBars(chart, c, false, onPaper);
        break;
    case ChartContent::Kind::FieldTime:
    case ChartContent::Kind::FieldCorrections:
    case ChartContent::Kind::CategoryCorrections:
        valueBars(chart, c, onPaper);
        break;
    default:
        rateBars(chart, c, true, onPaper);
        break;
    }
    return chart;
}

} // namespace imr::gui
