// The Charts tab and the printed report.

#include "app/mainwindow.h"
#include "charts/chartspage.h"
#include "letters/letterfiltermodel.h"
#include "letters/letterlistmodel.h"
#include "stats/decisionstatistics.h"
#include "app/colorscheme.h"
#include "charts/chartbuilder.h"
#include "charts/comparisonmodel.h"
#include "charts/reportrenderer.h"
#include "review/fieldcolors.h"
#include "folder/letterloader.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QScopeGuard>
#include <QValueAxis>
#include <QFontMetricsF>
#include <QRegularExpression>
#include <QTextDocument>
#include <QChart>
#include <QChartView>
#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QTimeZone>
#include <QDateEdit>
#include <QComboBox>
#include <QGroupBox>
#include <QTableView>
#include <QLabel>
#include <QPdfDocument>
#include <QPieSeries>
#include <QPieSlice>
#include <QPdfSelection>
#include <QProcess>
#include <QSignalSpy>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using imr::gui::ChartContent;
using imr::gui::ChartsPage;

namespace {

QList<imr::Letter> fixtureLetters()
{
    const imr::LetterLoader loader(QStringLiteral(IMR_TEST_DATA "/letters"));
    return loader.loadAll();
}

int colours(const QImage &image)
{
    QSet<QRgb> seen;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            seen.insert(image.pixel(x, y));
    }
    return int(seen.size());
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT
private slots:
    void emptyStatesSayWhatIsMissing();
    void chartsShowTheLetters();
    void filterChangesEveryChart();
    void clickingABarSelectsItsLetters();
    void reportPdfHasTheChartsAndNumbers();
    void chartSavesAsPngAndSvg();
    void clickedLettersFilterTheList();
    void chartsReadInLightAndDark_data();
    void chartsReadInLightAndDark();
    void barLabelsAreWholeWithTheirCount_data();
    void barLabelsAreWholeWithTheirCount();
    void smallGroupsAreGreyed_data();
    void smallGroupsAreGreyed();
    void whiskersShowTheIntervals();
    void comparesTwoPeriods();
    void comparesAnotherFolder();
    void comparesGuidelineSources();
    void duplicatesCountOnce();
    void reportHasTheComparison();
    void effortCharts();
};

void TestCharts::chartsReadInLightAndDark_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

// Every text a chart draws has 4.5:1 against what it is drawn on: titles,
// legends and axis labels against the chart's background, the counts in
// the bars against the bar.
void TestCharts::chartsReadInLightAndDark()
{
    QFETCH(bool, dark);
    using imr::gui::FieldColors;
    const QPalette original = QApplication::palette();
    QApplication::setPalette(dark ? imr::gui::ColorScheme::darkPalette() : imr::gui::ColorScheme::lightPalette());
    const auto restore = qScopeGuard([&] { QApplication::setPalette(original); });
    ChartsPage page;
    page.resize(1280, 760);
    page.setLetters(fixtureLetters());
    const auto readable = [](const QColor &text, const QColor &on) {
        return FieldColors::contrast(text, on) >= FieldColors::kMinimumContrast;
    };
    int checked = 0;
    for (const ChartContent::Kind kind : {ChartContent::Kind::Outcome, ChartContent::Kind::Category,
                                          ChartContent::Kind::Guideline, ChartContent::Kind::Specialty,
                                          ChartContent::Kind::Time, ChartContent::Kind::Progress}) {
        auto *view = qobject_cast<QChartView *>(page.chartWidget(kind));
        QVERIFY(view);
        QChart *chart = view->chart();
        const QColor background = chart->backgroundBrush().color();
        QCOMPARE(background.lightness() < 128, dark);
        QVERIFY(readable(chart->titleBrush().color(), background));
        QVERIFY(readable(chart->legend()->labelColor(), background));
        for (QAbstractAxis *axis : chart->axes())
            QVERIFY(readable(axis->labelsBrush().color(), background));
        for (QAbstractSeries *series : chart->series()) {
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
                for (QBarSet *set : bars->barSets())
                    QVERIFY2(readable(set->labelColor(), set->color()), qPrintable(set->label()));
            }
            if (auto *pie = qobject_cast<QPieSeries *>(series)) {
                for (QPieSlice *slice : pie->slices())
                    QVERIFY(readable(slice->labelColor(), background));
            }
        }
        ++checked;
    }
    QCOMPARE(checked, 6);
}

void TestCharts::barLabelsAreWholeWithTheirCount_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("category") << int(ChartContent::Kind::Category);
    QTest::newRow("guideline") << int(ChartContent::Kind::Guideline);
    QTest::newRow("specialty") << int(ChartContent::Kind::Specialty);
}

// Every rate shows its count, and no label is cut: each fits in the room
// left of the plot area, as laid out in a window of the size an analyst has.
void TestCharts::barLabelsAreWholeWithTheirCount()
{
    QFETCH(int, kind);
    ChartsPage page;
    page.resize(1280, 760);
    page.show();
    page.setLetters(fixtureLetters());
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *view = qobject_cast<QChartView *>(page.chartWidget(ChartContent::Kind(kind)));
    QVERIFY(view);
    QCoreApplication::processEvents();
    const auto axes = view->chart()->axes(Qt::Vertical);
    QVERIFY(!axes.isEmpty());
    auto *categories = qobject_cast<QBarCategoryAxis *>(axes.first());
    QVERIFY(categories);
    QVERIFY(!categories->truncateLabels());
    const QFontMetricsF metrics(categories->labelsFont());
    const qreal room = view->chart()->plotArea().left();
    for (const QString &label : categories->categories()) {
        // Rich text: the label, then its rate and count on a second line.
        QVERIFY2(label.contains(QRegularExpression(u"<br>n = \\d+, 95% CI \\d+–\\d+%(</span>)?$"_s)),
                 qPrintable(label));
        QTextDocument html;
        html.setHtml(label);
        for (const QString &line : html.toPlainText().split(QRegularExpression(u"[\\n\\x{2028}]"_s))) {
            QVERIFY2(metrics.horizontalAdvance(line) <= room,
                     qPrintable(u"%1 needs %2 px, has %3"_s.arg(line).arg(metrics.horizontalAdvance(line)).arg(room)));
        }
    }
}

void TestCharts::emptyStatesSayWhatIsMissing()
{
    ChartsPage page;
    page.setLetters(QList<imr::LetterSummary>{});
    auto *label = qobject_cast<QLabel *>(page.chartWidget(ChartContent::Kind::Category));
    QVERIFY2(label, "an empty folder shows a message, not empty axes");
    QVERIFY(label->text().contains(u"open a folder"_s));
}

void TestCharts::chartsShowTheLetters()
{
    ChartsPage page;
    page.resize(1200, 900);
    page.show();
    const QList<imr::Letter> letters = fixtureLetters();
    page.setLetters(letters);
    const imr::DecisionSummary expected = imr::DecisionStatistics::compute(letters);
    QCOMPARE(page.summary().items, expected.items);
    QVERIFY(expected.items > 10);
    auto *view = qobject_cast<QChartView *>(page.chartWidget(ChartContent::Kind::Category));
    QVERIFY(view);
    QVERIFY(view->chart()->title().contains(u"category"_s));
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY2(colours(view->grab().toImage()) > 10, "the rendered chart is not blank");
    const auto outcome = page.contents().first();
    QCOMPARE(outcome.rows.first().total(), expected.items);
    QVERIFY(outcome.title.contains(QString::number(expected.items)));
}

void TestCharts::filterChangesEveryChart()
{
    ChartsPage page;
    page.setLetters(fixtureLetters());
    const int all = page.summary().items;
    page.setFilter({false, {}, {}, {u"Pharmaceuticals"_s}, {}, {}});
    QVERIFY(page.summary().items > 0);
    QVERIFY(page.summary().items < all);
    for (const imr::Tally &t : page.summary().byCategory)
        QCOMPARE(t.label, u"Pharmaceuticals"_s);
    page.setFilter({true, {}, {}, {}, {}, {}}); // nothing is reviewed yet
    QCOMPARE(page.summary().items, 0);
    QVERIFY(qobject_cast<QLabel *>(page.chartWidget(ChartContent::Kind::Outcome)));
}

void TestCharts::clickingABarSelectsItsLetters()
{
    ChartsPage page;
    const QList<imr::Letter> letters = fixtureLetters();
    page.setLetters(letters);
    QSignalSpy selected(&page, &ChartsPage::lettersSelected);
    auto *view = qobject_cast<QChartView *>(page.chartWidget(ChartContent::Kind::Guideline));
    QVERIFY(view);
    auto *series = qobject_cast<QAbstractBarSeries *>(view->chart()->series().first());
    QVERIFY(series);
    const int bars = int(series->barSets().first()->count());
    emit series->clicked(bars - 1, series->barSets().first()); // the top bar: the first row
    QCOMPARE(selected.size(), 1);
    const imr::Tally first = page.summary().byGuideline.first();
    QCOMPARE(selected.first().at(0).value<QList<int>>(), first.letters);
    QCOMPARE(selected.first().at(1).toString(), first.label);
    // Each outcome slice shows the letters with an item of its decision.
    auto *outcome = qobject_cast<QChartView *>(page.chartWidget(ChartContent::Kind::Outcome));
    auto *pie = qobject_cast<QPieSeries *>(outcome->chart()->series().first());
    QVERIFY(pie);
    for (QPieSlice *slice : pie->slices()) {
        selected.clear();
        emit pie->clicked(slice);
        QCOMPARE(selected.size(), 1);
        const imr::Tally expected = page.summary().byDecision.value(slice->property("index").toInt());
        QCOMPARE(selected.first().at(0).value<QList<int>>(), expected.letters);
        QVERIFY(slice->label().startsWith(expected.label == u"Upheld"_s ? u"Upheld"_s : u"Overturned"_s));
    }
    // A category bar drills into its subcategories.
    auto *categories = qobject_cast<QChartView *>(page.chartWidget(ChartContent::Kind::Category));
    auto *catSeries = qobject_cast<QAbstractBarSeries *>(categories->chart()->series().first());
    emit catSeries->clicked(int(catSeries->barSets().first()->count()) - 1, catSeries->barSets().first());
    QTRY_COMPARE(page.contents()[1].drilledInto, page.summary().byCategory.first().label);
    QVERIFY(page.contents()[1].title.contains(u"subcategory"_s));
}

void TestCharts::reportPdfHasTheChartsAndNumbers()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"report.pdf"_s);
    QProcess p;
    p.start(QStringLiteral(IMR_BINARY), {u"--report"_s, out, QStringLiteral(IMR_TEST_DATA "/letters")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const imr::DecisionSummary expected = imr::DecisionStatistics::compute(fixtureLetters());
    QPdfDocument pdf;
    QCOMPARE(pdf.load(out), QPdfDocument::Error::None);
    // Two charts to a page, the first page under the title, then the tables.
    const QList<imr::gui::ChartContent> charts = imr::gui::ChartBuilder::contents(expected);
    const int chartPages = int(charts.size() + 1) / 2;
    QVERIFY(pdf.pageCount() > chartPages);
    const QString first = pdf.getAllText(0).text();
    QVERIFY(first.contains(u"IMR decisions report"_s));
    QVERIFY(first.contains(u"Outcome overview: %1 items"_s.arg(expected.items)));
    QVERIFY(first.contains(u"Filters: all letters"_s));
    for (int page = 0; page < pdf.pageCount(); ++page) {
        const QString text = pdf.getAllText(page).text();
        // Each page: its two charts' titles, page numbers and the footer.
        for (int c = 2 * page; page < chartPages && c < std::min<int>(2 * page + 2, int(charts.size())); ++c)
            QVERIFY2(text.contains(charts[c].title.section(u" (95%"_s, 0, 0)), qPrintable(charts[c].title));
        QVERIFY(text.contains(u"Page %1 of %2"_s.arg(page + 1).arg(pdf.pageCount())));
        QVERIFY(text.contains(u"Folder: "_s));
        QVERIFY(text.contains(u"Filters: all letters; all categories"_s));
    }
    // The numbers beside the charts: every category with its count (n).
    const QString categories = pdf.getAllText(0).text();
    QVERIFY(categories.contains(u"Overturn rate by treatment category"_s));
    for (const imr::Tally &t : expected.byCategory) {
        QVERIFY2(categories.contains(t.label), qPrintable(t.label));
        QVERIFY(categories.contains(QString::number(t.total())));
    }
    QVERIFY(pdf.getAllText(chartPages - 1).text().contains(u"Review progress"_s));
    // Every rate beside a chart carries its interval.
    QVERIFY(categories.contains(u"95% CI"_s));
    for (const imr::Tally &t : expected.byCategory)
        QVERIFY2(categories.contains(imr::gui::ChartBuilder::intervalText(t.overturnInterval())), qPrintable(t.label));
    // The published analyses' tables follow the charts.
    QString tables;
    for (int page = chartPages; page < pdf.pageCount(); ++page)
        tables += pdf.getAllText(page).text();
    for (const QString &title : {u"Disputed services by category"_s, u"Pharmaceuticals by drug group"_s,
                                 u"Days to decision by priority"_s, u"Letters and items per month"_s,
                                 u"§4610.6(d)"_s})
        QVERIFY2(tables.contains(title), qPrintable(title));
    // The chart is drawn, not only the table: the page has ink where the chart is.
    const QImage page = pdf.render(1, QSize(612, 792));
    QImage chartArea = page.copy(0, 0, 300, 380); // the left half: the chart
    QVERIFY(colours(chartArea) > 5);
    chartArea = page.copy(0, 400, 300, 330);
    QVERIFY(colours(chartArea) > 5);
}

void TestCharts::chartSavesAsPngAndSvg()
{
    ChartsPage page;
    page.resize(1000, 800);
    page.setLetters(fixtureLetters());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTemporaryDir dir;
    QWidget *view = page.chartWidget(ChartContent::Kind::Outcome);
    QVERIFY(ChartsPage::saveChart(view, dir.filePath(u"outcome.png"_s), u"Outcome"_s));
    const QImage png(dir.filePath(u"outcome.png"_s));
    QVERIFY(!png.isNull());
    QVERIFY(colours(png) > 5);
    QVERIFY(ChartsPage::saveChart(view, dir.filePath(u"outcome.svg"_s), u"Outcome"_s));
    QFile svg(dir.filePath(u"outcome.svg"_s));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray xml = svg.readAll();
    QVERIFY(xml.contains("<svg"));
    QVERIFY(xml.contains("<path") || xml.contains("<polygon"));
}

void TestCharts::clickedLettersFilterTheList()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    for (const QFileInfo &fi : QDir(QStringLiteral(IMR_TEST_DATA "/letters")).entryInfoList({u"*.txt"_s}, QDir::Files))
        QFile::copy(fi.filePath(), dir.filePath(fi.fileName()));
    imr::gui::MainWindow w;
    QSignalSpy loaded(&w, &imr::gui::MainWindow::folderLoaded);
    w.openFolder(dir.path());
    QVERIFY(loaded.wait(30000));
    auto *page = w.findChild<ChartsPage *>();
    QVERIFY(page);
    // Hidden charts wait; they are brought up to date when their tab opens.
    auto *tabs = w.findChild<QTabWidget *>(u"tabs"_s);
    QVERIFY(tabs);
    tabs->setCurrentWidget(page);
    QTRY_COMPARE(page->summary().letters, w.letterModel()->rowCount()); // charts follow the folder
    const imr::Tally category = page->summary().byCategory.last();
    emit page->lettersSelected(category.letters, category.label);
    QCOMPARE(w.filterModel()->rowCount(), int(category.letters.size()));
    for (int row = 0; row < w.filterModel()->rowCount(); ++row)
        QVERIFY(category.letters.contains(w.filterModel()->mapToSource(w.filterModel()->index(row, 0)).row()));
}

void TestCharts::smallGroupsAreGreyed_data()
{
    QTest::addColumn<int>("minimum");
    QTest::newRow("none small") << 1;
    QTest::newRow("some small") << 5;
    QTest::newRow("all small") << 10000;
}

// Rows with fewer items than the chosen size: grey bars, grey labels, and a
// note under the title; the others as before.
void TestCharts::smallGroupsAreGreyed()
{
    QFETCH(int, minimum);
    ChartsPage page;
    page.setLetters(fixtureLetters());
    page.setMinGroupSize(minimum);
    QCOMPARE(page.minGroupSize(), minimum);
    const ChartContent category = page.contents()[1];
    QCOMPARE(category.minGroupSize, minimum);
    auto *view = qobject_cast<QChartView *>(page.chartWidget(ChartContent::Kind::Category));
    QVERIFY(view);
    auto *bars = qobject_cast<QAbstractBarSeries *>(view->chart()->series().first());
    QVERIFY(bars);
    const auto labels = qobject_cast<QBarCategoryAxis *>(view->chart()->axes(Qt::Vertical).first())->categories();
    int small = 0;
    for (qsizetype i = 0; i < category.rows.size(); ++i) {
        const imr::Tally &t = category.rows[i];
        const int bar = int(category.rows.size() - 1 - i); // bottom-up
        const bool expected = t.total() < minimum;
        small += expected;
        for (QBarSet *set : bars->barSets())
            QCOMPARE(set->isBarSelected(bar), expected);
        QCOMPARE(labels[bar].contains(u"color:#8a8a8a"_s), expected);
    }
    QCOMPARE(category.hasSmallGroups(), small > 0);
    QCOMPARE(view->chart()->title().contains(u"too few for a reliable rate"_s), small > 0);
}

// One whisker per row, from the Wilson interval's low to its high end.
void TestCharts::whiskersShowTheIntervals()
{
    ChartsPage page;
    page.setLetters(fixtureLetters());
    const ChartContent guideline = page.contents()[2];
    QCOMPARE(guideline.kind, ChartContent::Kind::Guideline);
    auto *view = qobject_cast<QChartView *>(page.chartWidget(ChartContent::Kind::Guideline));
    QList<QLineSeries *> whiskers;
    for (QAbstractSeries *s : view->chart()->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(s))
            whiskers << line;
    }
    QCOMPARE(whiskers.size(), guideline.rows.size());
    for (qsizetype i = 0; i < guideline.rows.size(); ++i) {
        const imr::RateInterval expected = guideline.rows[i].overturnInterval();
        QLineSeries *line = whiskers[guideline.rows.size() - 1 - i]; // drawn bottom-up
        qreal lo = 1000, hi = -1;
        for (const QPointF &p : line->points()) {
            lo = std::min(lo, p.x());
            hi = std::max(hi, p.x());
            QVERIFY(std::abs(p.y() - qreal(guideline.rows.size() - 1 - i)) < 0.2); // on its own bar
        }
        QCOMPARE(lo, expected.low * 100);
        QCOMPARE(hi, expected.high * 100);
        // Not in the legend: it is part of its bar.
        for (QLegendMarker *m : view->chart()->legend()->markers(line))
            QVERIFY(!m->isVisible());
    }
}

void TestCharts::comparesTwoPeriods()
{
    ChartsPage page;
    const QList<imr::Letter> letters = fixtureLetters();
    page.setLetters(letters);
    QVERIFY(!page.isComparing());
    QAbstractItemModelTester tester(page.comparisonModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    imr::ChartFilter first;
    first.from = QDate(2013, 1, 1);
    first.to = QDate(2015, 12, 31);
    page.setFilter(first);
    page.compareWithPeriod(QDate(2016, 1, 1), QDate(2017, 12, 31));
    QVERIFY(page.isComparing());
    // The compared period can be changed where it shows.
    int periodEdits = 0;
    for (QDateEdit *e : page.findChildren<QDateEdit *>()) {
        if (e->accessibleName().startsWith(u"Compared"_s)) {
            ++periodEdits;
            QVERIFY(e->isEnabled());
            QVERIFY(!e->isHidden());
        }
    }
    QCOMPARE(periodEdits, 2);
    imr::ChartFilter second = first;
    second.from = QDate(2016, 1, 1);
    second.to = QDate(2017, 12, 31);
    QList<imr::LetterSummary> summaries;
    for (const imr::Letter &l : letters)
        summaries << imr::LetterSummary::of(l);
    const imr::DuplicateCases dupes = imr::DuplicateCases::find(summaries);
    const auto expected = imr::RateComparison::compare(imr::DecisionStatistics::compute(summaries, first, &dupes),
                                                       imr::DecisionStatistics::compute(summaries, second, &dupes));
    QCOMPARE(page.comparison().size(), expected.size());
    QVERIFY(expected[0].total2 > 0);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(page.comparison()[i].label, expected[i].label);
        QCOMPARE(page.comparison()[i].total1, expected[i].total1);
        QCOMPARE(page.comparison()[i].total2, expected[i].total2);
        QCOMPARE(page.comparison()[i].test.pValue, expected[i].test.pValue);
    }
    // The table shows the same rows, named by their periods.
    imr::gui::ComparisonModel *model = page.comparisonModel();
    QCOMPARE(model->rowCount(), int(expected.size()));
    QCOMPARE(model->headerData(imr::gui::ComparisonModel::Second, Qt::Horizontal).toString(),
             u"Decided 2016-01-01 to 2017-12-31"_s);
    QCOMPARE(model->index(0, imr::gui::ComparisonModel::Second).data().toString(),
             imr::gui::ComparisonModel::rateCell(expected[0].overturned2, expected[0].total2));
    auto *table = page.findChild<QTableView *>();
    QVERIFY(table);
    QVERIFY(!table->isHidden());
    // Overlapping periods share letters: rates side by side, no test.
    page.compareWithPeriod(QDate(2015, 6, 1), QDate(2017, 12, 31));
    QCOMPARE(page.comparison().size(), expected.size());
    for (const imr::ComparisonRow &row : page.comparison())
        QCOMPARE(row.test.method, imr::ProportionComparison::Method::None);
    QCOMPARE(model->index(0, imr::gui::ComparisonModel::PValue).data().toString(), u"–"_s);
    QVERIFY(qobject_cast<QGroupBox *>(table->parentWidget())->title().contains(u"overlap"_s));
    page.stopComparing();
    QVERIFY(page.comparison().isEmpty());
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(table->parentWidget()->isHidden());
}

void TestCharts::comparesAnotherFolder()
{
    ChartsPage page;
    const QList<imr::Letter> letters = fixtureLetters();
    page.setLetters(letters);
    // The other folder: the first two letters only.
    QList<imr::LetterSummary> other{imr::LetterSummary::of(letters[0]), imr::LetterSummary::of(letters[1])};
    page.compareWithLetters(other, u"sample"_s);
    QCOMPARE(page.secondName(), u"sample"_s);
    const imr::ComparisonRow all = page.comparison().first();
    QCOMPARE(all.total1, page.summary().items);
    QCOMPARE(all.total2, int(letters[0].record.items.size() + letters[1].record.items.size()));
}

// "Are physical-therapy denials overturned more often under ODG than under
// MTUS?": two filters of one folder, chosen on the bar above the charts.
void TestCharts::comparesGuidelineSources()
{
    QList<imr::LetterSummary> letters;
    for (const imr::Letter &l : fixtureLetters())
        letters << imr::LetterSummary::of(l);
    // Every item cites ODG, MTUS or both, in turn.
    const QList<QStringList> cited{{u"ODG"_s}, {u"MTUS"_s}, {u"MTUS"_s, u"ODG"_s}};
    int n = 0, both = 0;
    for (imr::LetterSummary &l : letters) {
        for (imr::ItemFacts &item : l.items) {
            item.guidelineSources = cited[n++ % cited.size()];
            both += item.guidelineSources.size() == 2 && !item.decision.isEmpty();
        }
    }
    QVERIFY(both > 0);
    ChartsPage page;
    page.setLetters(letters);
    QAbstractItemModelTester tester(page.comparisonModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QComboBox *compare = nullptr;
    QComboBox *first = nullptr;
    QComboBox *second = nullptr;
    for (QComboBox *c : page.findChildren<QComboBox *>()) {
        if (c->accessibleName() == u"Compare with"_s)
            compare = c;
        else if (c->accessibleName() == u"Items citing this guideline source"_s)
            first = c;
        else if (c->accessibleName() == u"Against items citing this guideline source"_s)
            second = c;
    }
    QVERIFY(compare && first && second);
    QVERIFY(first->isHidden());
    const int at = compare->findText(u"Compare items citing"_s);
    QVERIFY(at >= 0);
    compare->setCurrentIndex(at);
    emit compare->activated(at);
    QVERIFY(page.isComparing());
    QVERIFY(!first->isHidden());
    QVERIFY(!second->isHidden());
    QVERIFY(first->findText(u"ODG"_s) >= 0 && second->findText(u"MTUS"_s) >= 0);
    first->setCurrentIndex(first->findText(u"ODG"_s));
    second->setCurrentIndex(second->findText(u"MTUS"_s));
    const imr::DuplicateCases dupes = imr::DuplicateCases::find(letters);
    const imr::SourceComparison expected = imr::RateComparison::compareSources(letters, {}, u"ODG"_s, u"MTUS"_s, &dupes);
    QCOMPARE(expected.citingBoth, both);
    QVERIFY(expected.firstSummary.items > 0 && expected.secondSummary.items > 0);
    QCOMPARE(page.comparison().size(), expected.rows.size());
    QCOMPARE(page.comparison()[0].total1, expected.firstSummary.items);
    QCOMPARE(page.comparison()[0].total2, expected.secondSummary.items);
    QCOMPARE(page.comparison()[0].test.pValue, expected.rows[0].test.pValue);
    QCOMPARE(page.comparison()[0].total1 + page.comparison()[0].total2 + both, page.summary().items);
    QCOMPARE(page.firstName(), u"ODG, not MTUS"_s);
    QCOMPARE(page.secondName(), u"MTUS, not ODG"_s);
    auto *table = page.findChild<QTableView *>();
    QVERIFY(qobject_cast<QGroupBox *>(table->parentWidget())->title().contains(u"citing both"_s));
    // One source against itself says what to do instead of comparing.
    second->setCurrentIndex(second->findText(u"ODG"_s));
    QVERIFY(page.comparison().isEmpty());
    QVERIFY(qobject_cast<QGroupBox *>(table->parentWidget())->title().contains(u"two different"_s));
}

// Two files of one case count once, the later decision by default, the
// analyst's choice once made.
void TestCharts::duplicatesCountOnce()
{
    ChartsPage page;
    QList<imr::LetterSummary> letters;
    for (const imr::Letter &l : fixtureLetters())
        letters << imr::LetterSummary::of(l);
    page.setLetters(letters);
    const int items = page.summary().items;
    imr::LetterSummary amended = letters[0];
    amended.relativePath = u"amended.txt"_s;
    amended.contentHash = "amended";
    amended.decisionDate = u"2099-01-01"_s; // later than the first
    for (imr::ItemFacts &item : amended.items)
        item.decision = u"Overturned"_s;
    letters << amended;
    page.setLetters(letters);
    QCOMPARE(page.summary().items, items); // counted once
    QCOMPARE(page.summary().duplicatesLeftOut, 1);
    QVERIFY(!page.duplicates().counts(0));
    QVERIFY(page.duplicates().counts(int(letters.size() - 1)));
    page.setCaseChoices({{imr::DuplicateCases::key(letters[0].caseNumber), letters[0].contentHash}});
    QVERIFY(page.duplicates().counts(0));
    QVERIFY(!page.duplicates().counts(int(letters.size() - 1)));
    QCOMPARE(page.summary().items, items);
}

void TestCharts::reportHasTheComparison()
{
    ChartsPage page;
    page.setLetters(fixtureLetters());
    page.compareWithPeriod(QDate(2016, 1, 1), QDate(2017, 12, 31));
    imr::gui::ReportRenderer::Info info;
    info.folder = u"/letters"_s;
    info.filter = page.filter();
    info.minGroupSize = page.minGroupSize();
    info.tables = page.standardTables();
    info.comparison = page.comparison();
    info.firstName = page.firstName();
    info.secondName = page.secondName();
    QTemporaryDir dir;
    const QString out = dir.filePath(u"report.pdf"_s);
    QCOMPARE(imr::gui::ReportRenderer::writePdf(out, page.summary(), info), QString());
    QPdfDocument pdf;
    QCOMPARE(pdf.load(out), QPdfDocument::Error::None);
    QString all;
    for (int p = 0; p < pdf.pageCount(); ++p)
        all += pdf.getAllText(p).text();
    QVERIFY(all.contains(u"Overturn rates compared"_s));
    QVERIFY(all.contains(u"Decided 2016-01-01 to 2017-12-31"_s));
    QVERIFY(all.contains(u"Fisher"_s) || all.contains(u"z test"_s));
    QVERIFY(all.contains(u"Page %1 of %1"_s.arg(pdf.pageCount())));
}

// Where reviewers spend their time and where the extractor is corrected,
// from an audit trail: one bar per field or category, in the Charts tab and
// the report.
void TestCharts::effortCharts()
{
    ChartsPage page;
    page.setLetters(fixtureLetters());
    const QList<ChartContent> before = page.contents();
    const auto at = [](const QString &time) {
        return QDateTime(QDate(2026, 11, 30), QTime::fromString(time, u"HH:mm:ss"_s), QTimeZone::UTC);
    };
    QList<imr::AuditRecord> log;
    log << imr::AuditRecord{"a", u"a.txt"_s, {-1, u"case_number"_s, {}, {}, u"confirm"_s}, u"Ana"_s, at(u"09:00:00"_s)};
    log << imr::AuditRecord{"a", u"a.txt"_s, {0, u"decision"_s, {}, {}, u"correct"_s}, u"Ana"_s, at(u"09:00:45"_s)};
    log << imr::AuditRecord{"a", u"a.txt"_s, {0, u"rationale"_s, {}, {}, u"confirm"_s}, u"Ana"_s, at(u"09:01:00"_s)};
    const imr::EffortSummary effort = imr::ReviewEffort::compute(log, {});
    page.setEffort(effort);
    const QList<ChartContent> after = page.contents();
    QCOMPARE(after.size(), before.size());
    const auto find = [&](ChartContent::Kind kind) {
        for (const ChartContent &c : after) {
            if (c.kind == kind)
                return c;
        }
        return ChartContent{};
    };
    const ChartContent time = find(ChartContent::Kind::FieldTime);
    QCOMPARE(time.values.size(), 2); // decision 45 s, rationale 15 s
    QCOMPARE(time.values[0].label, u"decision"_s);
    QCOMPARE(time.values[0].value, 0.75);
    QVERIFY(time.title.contains(u"60 s (median)"_s));
    const ChartContent corrected = find(ChartContent::Kind::FieldCorrections);
    QCOMPARE(corrected.values.size(), 1);
    QCOMPARE(corrected.values[0].text, u"1 corrected, 100% of those acknowledged"_s);
    auto *view = qobject_cast<QChartView *>(page.chartWidget(ChartContent::Kind::FieldTime));
    QVERIFY(view);
    auto *bars = qobject_cast<QAbstractBarSeries *>(view->chart()->series().first());
    QVERIFY(bars);
    QCOMPARE(bars->barSets().first()->count(), 2);
    // Before any review work, the charts say why they are empty.
    page.setEffort({});
    QVERIFY(qobject_cast<QLabel *>(page.chartWidget(ChartContent::Kind::FieldTime)));
    // The report prints them with their numbers.
    page.setEffort(effort);
    imr::gui::ReportRenderer::Info info;
    info.effort = page.effort();
    QTemporaryDir dir;
    QCOMPARE(imr::gui::ReportRenderer::writePdf(dir.filePath(u"r.pdf"_s), page.summary(), info), QString());
    QPdfDocument pdf;
    QCOMPARE(pdf.load(dir.filePath(u"r.pdf"_s)), QPdfDocument::Error::None);
    QString all;
    for (int p = 0; p < pdf.pageCount(); ++p)
        all += pdf.getAllText(p).text();
    QVERIFY(all.contains(u"Corrections by field"_s));
    QVERIFY(all.contains(u"1 corrected, 100% of those acknowledged"_s));
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
