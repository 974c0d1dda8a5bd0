// The Charts tab and the printed report.

#include "app/mainwindow.h"
#include "charts/chartspage.h"
#include "letters/letterfiltermodel.h"
#include "letters/letterlistmodel.h"
#include "stats/decisionstatistics.h"
#include "folder/letterloader.h"
#include "folder/letterloader.h"

#include <QBarSet>
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
};

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
    QCOMPARE(pdf.pageCount(), 6); // one page per chart, the first with the title
    const QString first = pdf.getAllText(0).text();
    QVERIFY(first.contains(u"IMR decisions report"_s));
    QVERIFY(first.contains(u"Outcome overview: %1 items"_s.arg(expected.items)));
    QVERIFY(first.contains(u"Filters: all letters"_s));
    const QString second = pdf.getAllText(1).text();
    QVERIFY(second.contains(u"Overturn rate by treatment category"_s));
    const imr::Tally top = expected.byCategory.first();
    QVERIFY(second.contains(top.label));
    QVERIFY(pdf.getAllText(5).text().contains(u"Review progress"_s));
    // The chart is drawn, not only the table: the page has ink where the chart is.
    const QImage page = pdf.render(1, QSize(612, 792));
    QImage chartArea = page.copy(0, 0, 612, 380);
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
