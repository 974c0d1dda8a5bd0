// The Charts tab and the printed report.

#include "app/mainwindow.h"
#include "charts/chartspage.h"
#include "letters/letterfiltermodel.h"
#include "letters/letterlistmodel.h"
#include "stats/decisionstatistics.h"
#include "app/colorscheme.h"
#include "charts/chartbuilder.h"
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
#include <QHorizontalStackedBarSeries>
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
        QVERIFY2(label.contains(QRegularExpression(u"<br>\\d+% overturned of \\d+$"_s)), qPrintable(label));
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
    page.setFilter({false, {}, {}, {u"Pharmaceuticals"_s}});
    QVERIFY(page.summary().items > 0);
    QVERIFY(page.summary().items < all);
    for (const imr::Tally &t : page.summary().byCategory)
        QCOMPARE(t.label, u"Pharmaceuticals"_s);
    page.setFilter({true, {}, {}, {}}); // nothing is reviewed yet
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
    // Two charts to a page, the first page under the title.
    const QList<imr::gui::ChartContent> charts = imr::gui::ChartBuilder::contents(expected);
    QCOMPARE(pdf.pageCount(), int(charts.size() + 1) / 2);
    const QString first = pdf.getAllText(0).text();
    QVERIFY(first.contains(u"IMR decisions report"_s));
    QVERIFY(first.contains(u"Outcome overview: %1 items"_s.arg(expected.items)));
    QVERIFY(first.contains(u"Filters: all letters"_s));
    for (int page = 0; page < pdf.pageCount(); ++page) {
        const QString text = pdf.getAllText(page).text();
        // Each page: its two charts' titles, page numbers and the footer.
        for (int c = 2 * page; c < std::min<int>(2 * page + 2, int(charts.size())); ++c)
            QVERIFY2(text.contains(charts[c].title), qPrintable(charts[c].title));
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
    QVERIFY(pdf.getAllText(pdf.pageCount() - 1).text().contains(u"Review progress"_s));
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

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
