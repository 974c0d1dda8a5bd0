// Rates with their uncertainty, tests of differences, the standard
// published tables and duplicate cases, on hand-made folders with numbers
// worked out independently.
#include "export/summarycsvwriter.h"
#include "stats/decisionstatistics.h"
#include "stats/duplicatecases.h"
#include "stats/proportiontest.h"
#include "stats/ratecomparison.h"
#include "stats/standardtables.h"
#include "stats/wilsoninterval.h"

#include <QTest>

using namespace Qt::StringLiterals;
using imr::FieldId;
using imr::LetterSummary;

namespace {

struct ItemSpec
{
    QString decision;
    QString category;
    QString subcategory = {};
};

LetterSummary letter(const QString &path, const QString &caseNumber, const QString &decided, QList<ItemSpec> items,
                     const QString &priority = u"Standard"_s, const QString &received = {}, const QString &assigned = {})
{
    LetterSummary s = LetterSummary::listed(path);
    s.loaded = true;
    s.contentHash = QByteArray("hash-") + path.toUtf8();
    s.caseNumber = caseNumber;
    s.decisionDate = decided;
    s.priority = priority;
    s.applicationReceived = received;
    s.assignedDate = assigned;
    for (const ItemSpec &i : items)
        s.items << imr::ItemFacts{i.decision, i.category, i.subcategory, {u"MTUS"_s}, 0};
    return s;
}

} // namespace

class TestRateStatistics : public QObject
{
    Q_OBJECT
private slots:
    void wilson_data();
    void wilson();
    void fisher_data();
    void fisher();
    void zTest();
    void testChoice_data();
    void testChoice();
    void quantiles_data();
    void quantiles();
    void tallyCarriesInterval();
    void comparisonTable();
    void guidelineSourcesCompared();
    void duplicateChoice_data();
    void duplicateChoice();
    void duplicatesCountOnce();
    void countedInsteadNamesTheFileThatCounts();
    void standardTables();
    void summaryCsv();
};

// Newcombe (1998), "Two-sided confidence intervals for the single
// proportion", Statistics in Medicine 17:857-872, table II, method 3.
void TestRateStatistics::wilson_data()
{
    QTest::addColumn<int>("x");
    QTest::addColumn<int>("n");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::newRow("81/263") << 81 << 263 << 0.2553 << 0.3662;
    QTest::newRow("15/148") << 15 << 148 << 0.0624 << 0.1605;
    QTest::newRow("0/20") << 0 << 20 << 0.0 << 0.1611;
    QTest::newRow("1/29") << 1 << 29 << 0.0061 << 0.1718;
    QTest::newRow("29/29") << 29 << 29 << 0.8830 << 1.0;
    QTest::newRow("0/0 says nothing") << 0 << 0 << 0.0 << 1.0;
}

void TestRateStatistics::wilson()
{
    QFETCH(int, x);
    QFETCH(int, n);
    QFETCH(double, low);
    QFETCH(double, high);
    const imr::RateInterval i = imr::WilsonInterval::of(x, n);
    QVERIFY2(std::abs(i.low - low) < 0.00005, qPrintable(QString::number(i.low, 'f', 6)));
    QVERIFY2(std::abs(i.high - high) < 0.00005, qPrintable(QString::number(i.high, 'f', 6)));
}

// Published two-sided p-values (R's fisher.test gives the same).
void TestRateStatistics::fisher_data()
{
    QTest::addColumn<int>("a");
    QTest::addColumn<int>("b");
    QTest::addColumn<int>("c");
    QTest::addColumn<int>("d");
    QTest::addColumn<double>("p");
    // Fisher's lady tasting tea (Agresti, Categorical Data Analysis, 3.5.2).
    QTest::newRow("tea tasting") << 3 << 1 << 1 << 3 << 0.4857;
    // Wikipedia's "Fisher's exact test" worked example (studying by sex).
    QTest::newRow("studying") << 1 << 9 << 11 << 3 << 0.002759;
    // Fisher's twins' convictions (R documentation, fisher.test example).
    QTest::newRow("convictions") << 2 << 10 << 15 << 3 << 0.0005367;
    QTest::newRow("no difference") << 5 << 5 << 5 << 5 << 1.0;
}

void TestRateStatistics::fisher()
{
    QFETCH(int, a);
    QFETCH(int, b);
    QFETCH(int, c);
    QFETCH(int, d);
    QFETCH(double, p);
    const double got = imr::ProportionTest::fisherExact(a, b, c, d);
    QVERIFY2(std::abs(got - p) / p < 0.0005, qPrintable(QString::number(got, 'g', 8)));
}

// Newcombe's (1998b) example, 56/70 against 48/80: R's prop.test without
// continuity correction gives X-squared = 7.0234 (z² ), p = 0.008045.
void TestRateStatistics::zTest()
{
    double z = 0;
    const double p = imr::ProportionTest::twoProportionZ(56, 70, 48, 80, &z);
    QVERIFY2(std::abs(z * z - 7.0234) < 0.0005, qPrintable(QString::number(z * z, 'f', 5)));
    QVERIFY2(std::abs(p - 0.008045) < 0.000005, qPrintable(QString::number(p, 'f', 7)));
    QVERIFY(z < 0); // the second rate is lower
}

void TestRateStatistics::testChoice_data()
{
    QTest::addColumn<int>("x1");
    QTest::addColumn<int>("n1");
    QTest::addColumn<int>("x2");
    QTest::addColumn<int>("n2");
    QTest::addColumn<int>("method");
    using M = imr::ProportionComparison::Method;
    QTest::newRow("small: Fisher") << 3 << 4 << 1 << 4 << int(M::FisherExact);
    QTest::newRow("a rare outcome: Fisher") << 1 << 200 << 6 << 200 << int(M::FisherExact);
    QTest::newRow("large: z") << 56 << 70 << 48 << 80 << int(M::TwoProportionZ);
    QTest::newRow("an empty group: none") << 0 << 0 << 3 << 9 << int(M::None);
}

void TestRateStatistics::testChoice()
{
    QFETCH(int, x1);
    QFETCH(int, n1);
    QFETCH(int, x2);
    QFETCH(int, n2);
    QFETCH(int, method);
    const imr::ProportionComparison c = imr::ProportionTest::compare(x1, n1, x2, n2);
    QCOMPARE(int(c.method), method);
    if (c.method == imr::ProportionComparison::Method::FisherExact)
        QCOMPARE(c.pValue, imr::ProportionTest::fisherExact(x1, n1 - x1, x2, n2 - x2));
    if (n1 > 0 && n2 > 0)
        QCOMPARE(c.difference, double(x2) / n2 - double(x1) / n1);
}

// Type 7 quantiles, as R's quantile() and Excel's PERCENTILE.INC.
void TestRateStatistics::quantiles_data()
{
    QTest::addColumn<QList<int>>("values");
    QTest::addColumn<double>("q");
    QTest::addColumn<double>("expected");
    QTest::newRow("median, odd") << QList<int>{3, 5, 9} << 0.5 << 5.0;
    QTest::newRow("median, even") << QList<int>{3, 5, 9, 11} << 0.5 << 7.0;
    // quantile(1:10, 0.9) = 9.1
    QTest::newRow("p90 of 1..10") << QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << 0.9 << 9.1;
    QTest::newRow("one value") << QList<int>{12} << 0.9 << 12.0;
    QTest::newRow("none") << QList<int>{} << 0.5 << 0.0;
}

void TestRateStatistics::quantiles()
{
    QFETCH(QList<int>, values);
    QFETCH(double, q);
    QFETCH(double, expected);
    QCOMPARE(imr::StandardTables::quantile(values, q), expected);
}

void TestRateStatistics::tallyCarriesInterval()
{
    const imr::Tally t{u"Programs"_s, 1, 2, {}};
    QCOMPARE(t.total(), 3);
    QCOMPARE(t.overturnInterval(), imr::WilsonInterval::of(2, 3));
    // The uphold interval mirrors the overturn one.
    QVERIFY(std::abs(t.upholdInterval().low - (1 - t.overturnInterval().high)) < 1e-12);
    QVERIFY(std::abs(t.upholdInterval().high - (1 - t.overturnInterval().low)) < 1e-12);
}

// Two periods of one folder: physical therapy overturned 3 of 4 in 2016,
// 1 of 4 in 2017; pharmaceuticals only in 2017.
void TestRateStatistics::comparisonTable()
{
    const QString pt = u"Rehabilitation"_s;
    QList<LetterSummary> folder;
    folder << letter(u"a.txt"_s, u"CM16-1"_s, u"2016-03-01"_s, {{u"Overturned"_s, pt}, {u"Overturned"_s, pt}});
    folder << letter(u"b.txt"_s, u"CM16-2"_s, u"2016-05-01"_s, {{u"Overturned"_s, pt}, {u"Upheld"_s, pt}});
    folder << letter(u"c.txt"_s, u"CM17-1"_s, u"2017-02-01"_s, {{u"Upheld"_s, pt}, {u"Upheld"_s, pt}});
    folder << letter(u"d.txt"_s, u"CM17-2"_s, u"2017-06-01"_s,
                     {{u"Overturned"_s, pt}, {u"Upheld"_s, pt}, {u"Upheld"_s, u"Pharmaceuticals"_s, u"Opioids"_s}});
    imr::ChartFilter y2016, y2017;
    y2016.from = QDate(2016, 1, 1);
    y2016.to = QDate(2016, 12, 31);
    y2017.from = QDate(2017, 1, 1);
    y2017.to = QDate(2017, 12, 31);
    const auto rows = imr::RateComparison::compare(imr::DecisionStatistics::compute(folder, y2016),
                                                   imr::DecisionStatistics::compute(folder, y2017));
    QCOMPARE(rows.size(), 4); // all, two categories, one guideline source
    QCOMPARE(rows[0].group, imr::ComparisonRow::Group::All);
    QCOMPARE(rows[0].overturned1, 3);
    QCOMPARE(rows[0].total1, 4);
    QCOMPARE(rows[0].overturned2, 1);
    QCOMPARE(rows[0].total2, 5);
    QCOMPARE(rows[1].label, pt);
    QCOMPARE(rows[1].total2, 4);
    QCOMPARE(rows[1].test.method, imr::ProportionComparison::Method::FisherExact);
    QCOMPARE(rows[1].test.difference, -0.5);
    // [[3, 1], [1, 3]]: the tea-tasting table, p = 0.4857.
    QVERIFY(std::abs(rows[1].test.pValue - 0.485714) < 1e-5);
    QCOMPARE(rows[2].label, u"Pharmaceuticals"_s);
    QCOMPARE(rows[2].total1, 0);
    QCOMPARE(rows[2].total2, 1);
    QCOMPARE(rows[2].test.method, imr::ProportionComparison::Method::None);
    QCOMPARE(rows[3].group, imr::ComparisonRow::Group::Guideline);
    QCOMPARE(rows[3].label, u"MTUS"_s);
}

// ODG-cited items against MTUS-cited items of one folder: an item citing
// both is in neither group (the test assumes two independent samples).
void TestRateStatistics::guidelineSourcesCompared()
{
    const QString pt = u"Physical Medicine"_s;
    const auto cite = [](LetterSummary l, const QList<QStringList> &sources) {
        for (qsizetype i = 0; i < sources.size(); ++i)
            l.items[i].guidelineSources = sources[i];
        return l;
    };
    QList<LetterSummary> folder;
    folder << cite(letter(u"a.txt"_s, u"CM1"_s, u"2016-03-01"_s,
                          {{u"Overturned"_s, pt}, {u"Upheld"_s, pt}, {u"Upheld"_s, pt}}),
                   {{u"ODG"_s}, {u"ODG"_s}, {u"MTUS"_s}});
    folder << cite(letter(u"b.txt"_s, u"CM2"_s, u"2016-04-01"_s,
                          {{u"Overturned"_s, pt}, {u"Upheld"_s, pt}, {u"Overturned"_s, u"Pharmaceuticals"_s}}),
                   {{u"MTUS"_s, u"ODG"_s}, {u"MTUS"_s}, {}});
    folder << cite(letter(u"c.txt"_s, u"CM3"_s, u"2016-05-01"_s, {{u"Overturned"_s, pt}, {u"Upheld"_s, u"Pharmaceuticals"_s}}),
                   {{u"ODG"_s}, {u"MTUS"_s}});
    const imr::SourceComparison c = imr::RateComparison::compareSources(folder, {}, u"ODG"_s, u"MTUS"_s);
    QCOMPARE(c.citingBoth, 1);
    QCOMPARE(c.firstSummary.items, 3);
    QCOMPARE(c.secondSummary.items, 3);
    QVERIFY(!c.rows.isEmpty());
    const imr::ComparisonRow &all = c.rows[0];
    QCOMPARE(all.group, imr::ComparisonRow::Group::All);
    QCOMPARE(all.overturned1, 2);
    QCOMPARE(all.total1, 3);
    QCOMPARE(all.overturned2, 0);
    QCOMPARE(all.total2, 3);
    // [[2, 1], [0, 3]]: both tables as extreme are 3/15, so p = 0.4.
    QCOMPARE(all.test.method, imr::ProportionComparison::Method::FisherExact);
    QVERIFY(std::abs(all.test.pValue - 0.4) < 1e-9);
    QVERIFY(std::abs(all.test.difference + 2.0 / 3.0) < 1e-9);
    // The same comparison within one category, through the filter.
    imr::ChartFilter pharma;
    pharma.categories = {u"Pharmaceuticals"_s};
    const imr::SourceComparison p = imr::RateComparison::compareSources(folder, pharma, u"ODG"_s, u"MTUS"_s);
    QCOMPARE(p.firstSummary.items, 0);
    QCOMPARE(p.secondSummary.items, 1);
    QCOMPARE(p.citingBoth, 0);
    // An item citing no source is counted under "None".
    imr::ChartFilter none;
    none.guidelineSources = {u"None"_s};
    const imr::DecisionSummary uncited = imr::DecisionStatistics::compute(folder, none);
    QCOMPARE(uncited.items, 1);
    QCOMPARE(uncited.outcome.overturned, 1);
    QCOMPARE(imr::StandardTables::compute(folder, none).letters, 1);
}

void TestRateStatistics::duplicateChoice_data()
{
    QTest::addColumn<QList<LetterSummary>>("letters");
    QTest::addColumn<QByteArray>("chosen"); // content hash the analyst chose, empty: none
    QTest::addColumn<int>("counted");
    // What the notices give as the reason: on the file that counts, on the others.
    QTest::addColumn<QString>("why");
    QTest::addColumn<QString>("whyOthers");
    const auto up = QList<ItemSpec>{{u"Upheld"_s, u"Surgery"_s}};
    QTest::newRow("latest decision date counts")
        << QList<LetterSummary>{letter(u"a.txt"_s, u"CM16-0001"_s, u"2016-04-01"_s, up),
                                letter(u"b.txt"_s, u"cm16-0001 "_s, u"2016-05-02"_s, up),
                                letter(u"c.txt"_s, u"CM16-0001"_s, u"2016-04-20"_s, up)}
        << QByteArray() << 1 << u"latest decision"_s << u"decided later"_s;
    QTest::newRow("the analyst's choice wins")
        << QList<LetterSummary>{letter(u"a.txt"_s, u"CM16-0001"_s, u"2016-04-01"_s, up),
                                letter(u"b.txt"_s, u"CM16-0001"_s, u"2016-05-02"_s, up)}
        << QByteArray("hash-a.txt") << 0 << u"chosen"_s << u"chosen"_s;
    QTest::newRow("a choice of a file no longer there: by date")
        << QList<LetterSummary>{letter(u"a.txt"_s, u"CM16-0001"_s, u"2016-04-01"_s, up),
                                letter(u"b.txt"_s, u"CM16-0001"_s, u"2016-05-02"_s, up)}
        << QByteArray("hash-gone.txt") << 1 << u"latest decision"_s << u"decided later"_s;
    QTest::newRow("a dated letter beats an undated one")
        << QList<LetterSummary>{letter(u"a.txt"_s, u"CM16-0001"_s, u"2016-04-01"_s, up),
                                letter(u"b.txt"_s, u"CM16-0001"_s, QString(), up)}
        << QByteArray() << 0 << u"latest dated decision"_s << u"this file is undated"_s;
    // Dates are read without QDate's parser when they are yyyy-MM-dd.
    QTest::newRow("an impossible date is no date")
        << QList<LetterSummary>{letter(u"a.txt"_s, u"CM16-0001"_s, u"2016-04-01"_s, up),
                                letter(u"b.txt"_s, u"CM16-0001"_s, u"2016-02-30"_s, up)}
        << QByteArray() << 0 << u"latest dated decision"_s << u"this file is undated"_s;
    QTest::newRow("a later year beats a later month")
        << QList<LetterSummary>{letter(u"a.txt"_s, u"CM16-0001"_s, u"2017-01-02"_s, up),
                                letter(u"b.txt"_s, u"CM16-0001"_s, u"2016-12-31"_s, up)}
        << QByteArray() << 0 << u"latest decision"_s << u"decided later"_s;
    QTest::newRow("no thirteenth month")
        << QList<LetterSummary>{letter(u"a.txt"_s, u"CM16-0001"_s, u"2016-04-01"_s, up),
                                letter(u"b.txt"_s, u"CM16-0001"_s, u"2016-13-01"_s, up)}
        << QByteArray() << 0 << u"latest dated decision"_s << u"this file is undated"_s;
    // Other forms go through QDate's parser, as before.
    QTest::newRow("a date with a time")
        << QList<LetterSummary>{letter(u"a.txt"_s, u"CM16-0001"_s, u"2016-04-01"_s, up),
                                letter(u"b.txt"_s, u"CM16-0001"_s, u"2016-05-01T09:00"_s, up)}
        << QByteArray() << 1 << u"latest decision"_s << u"decided later"_s;
    QTest::newRow("digits in the wrong places are no date")
        << QList<LetterSummary>{letter(u"a.txt"_s, u"CM16-0001"_s, u"2016-04-01"_s, up),
                                letter(u"b.txt"_s, u"CM16-0001"_s, u"2O16-05-01"_s, up)}
        << QByteArray() << 0 << u"latest dated decision"_s << u"this file is undated"_s;
    QTest::newRow("same date: the later file")
        << QList<LetterSummary>{letter(u"a.txt"_s, u"CM16-0001"_s, u"2016-04-01"_s, up),
                                letter(u"b.txt"_s, u"CM16-0001"_s, u"2016-04-01"_s, up)}
        << QByteArray() << 1 << u"same decision date, last in the folder"_s << u"same decision date, later in the folder"_s;
    QTest::newRow("no dates: the later file")
        << QList<LetterSummary>{letter(u"a.txt"_s, u"CM16-0001"_s, QString(), up),
                                letter(u"b.txt"_s, u"CM16-0001"_s, QString(), up)}
        << QByteArray() << 1 << u"undated, last in the folder"_s << u"undated, later in the folder"_s;
}

void TestRateStatistics::duplicateChoice()
{
    QFETCH(QList<LetterSummary>, letters);
    QFETCH(QByteArray, chosen);
    QFETCH(int, counted);
    QFETCH(QString, why);
    QFETCH(QString, whyOthers);
    QHash<QString, QByteArray> choices;
    if (!chosen.isEmpty())
        choices.insert(u"CM16-0001"_s, chosen);
    const imr::DuplicateCases d = imr::DuplicateCases::find(letters, choices);
    QCOMPARE(d.groups().size(), 1);
    QCOMPARE(d.groups()[0].rows.size(), letters.size());
    QCOMPARE(d.groups()[0].counted, counted);
    for (int row = 0; row < letters.size(); ++row) {
        QCOMPARE(d.counts(row), row == counted);
        QCOMPARE(d.notice(row, letters).contains(u"this file counts"_s), row == counted);
        QCOMPARE(d.notice(row, letters).contains(u"counts instead"_s), row != counted);
        const QString expected = row == counted ? u"this file counts (%1)."_s.arg(why) : u"counts instead (%1)."_s.arg(whyOthers);
        QVERIFY2(d.notice(row, letters).endsWith(expected), qPrintable(d.notice(row, letters)));
        QCOMPARE(d.countedInstead(row), row == counted ? -1 : counted);
    }
    QCOMPARE(d.excludedCount(), int(letters.size()) - 1);
}

namespace {

// An amended letter (first.txt, then amended.txt) and a second download of
// other.txt (the same bytes: the same hash).
QList<LetterSummary> amendedAndDownloaded()
{
    QList<LetterSummary> folder;
    folder << letter(u"first.txt"_s, u"CM16-0001"_s, u"2016-04-01"_s, {{u"Upheld"_s, u"Surgery"_s}});
    folder << letter(u"amended.txt"_s, u"CM16-0001"_s, u"2016-05-01"_s, {{u"Overturned"_s, u"Surgery"_s}});
    folder << letter(u"other.txt"_s, u"CM16-0002"_s, u"2016-05-03"_s, {{u"Upheld"_s, u"Surgery"_s}});
    LetterSummary copy = folder[2];
    copy.relativePath = u"downloads/other (1).txt"_s;
    folder << copy;
    return folder;
}

} // namespace

// An amended letter and a second download of the same bytes: charts,
// tables and the summary count each case once.
void TestRateStatistics::duplicatesCountOnce()
{
    const QList<LetterSummary> folder = amendedAndDownloaded();
    const imr::DuplicateCases d = imr::DuplicateCases::find(folder);
    QCOMPARE(d.excludedCount(), 2);
    QVERIFY(!d.counts(0));
    QVERIFY(d.counts(1));
    QVERIFY(d.counts(2));
    QVERIFY(!d.counts(3));
    QVERIFY(d.notice(3, folder).contains(u"Identical to other.txt"_s));
    QVERIFY(d.notice(2, folder).isEmpty()); // its copy is said to repeat it, not it the copy
    QVERIFY(d.notice(0, folder).contains(u"amended.txt counts instead (decided later)"_s));
    const imr::DecisionSummary all = imr::DecisionStatistics::compute(folder);
    QCOMPARE(all.items, 4);
    const imr::DecisionSummary once = imr::DecisionStatistics::compute(folder, {}, &d);
    QCOMPARE(once.items, 2);
    QCOMPARE(once.lettersInScope, 2);
    QCOMPARE(once.duplicatesLeftOut, 2);
    QCOMPARE(once.outcome.overturned, 1);
    QCOMPARE(imr::StandardTables::compute(folder, {}, &d).letters, 2);
}

// What the reviewed CSV's duplicate_of column says: for a second copy of
// a superseded letter, the amended letter, not the superseded first copy.
void TestRateStatistics::countedInsteadNamesTheFileThatCounts()
{
    QList<LetterSummary> folder = amendedAndDownloaded();
    LetterSummary copyOfFirst = folder[0];
    copyOfFirst.relativePath = u"downloads/first (1).txt"_s;
    folder << copyOfFirst;
    const imr::DuplicateCases d = imr::DuplicateCases::find(folder);
    const QList<int> expected{1, -1, -1, 2, 1};
    for (int row = 0; row < folder.size(); ++row)
        QCOMPARE(d.countedInstead(row), expected[row]);
    const QHash<QString, QString> byPath = d.countedInsteadByPath(folder);
    QCOMPARE(byPath.size(), 3);
    QCOMPARE(byPath.value(u"first.txt"_s), u"amended.txt"_s);
    QCOMPARE(byPath.value(u"downloads/first (1).txt"_s), u"amended.txt"_s);
    QCOMPARE(byPath.value(u"downloads/other (1).txt"_s), u"other.txt"_s);
}

// Ten letters, two priorities, three months; the figures below were
// worked out by hand.
void TestRateStatistics::standardTables()
{
    QList<LetterSummary> f;
    const QString ph = u"Pharmaceuticals"_s;
    // Standard: application to decision 20, 25, 31, 40 days; assignment to decision 10, 12, 15, 35.
    f << letter(u"1.txt"_s, u"C1"_s, u"2016-01-21"_s, {{u"Upheld"_s, ph, u"Opioids"_s}, {u"Upheld"_s, ph, u"Opioids"_s}},
                u"Standard"_s, u"2016-01-01"_s, u"2016-01-11"_s);
    f << letter(u"2.txt"_s, u"C2"_s, u"2016-01-26"_s, {{u"Overturned"_s, ph, u"NSAIDs"_s}}, u"Standard"_s,
                u"2016-01-01"_s, u"2016-01-14"_s);
    f << letter(u"3.txt"_s, u"C3"_s, u"2016-02-01"_s, {{u"Upheld"_s, u"Surgery"_s, u"Spine"_s}}, u"Standard"_s,
                u"2016-01-01"_s, u"2016-01-17"_s);
    f << letter(u"4.txt"_s, u"C4"_s, u"2016-02-10"_s, {{u"Upheld"_s, ph, u"Opioids"_s}, {u"Overturned"_s, u"Surgery"_s, u"Spine"_s}},
                u"Standard"_s, u"2016-01-01"_s, u"2016-01-06"_s);
    // Expedited: 2 and 5 days from application, 1 and 4 from assignment.
    f << letter(u"5.txt"_s, u"C5"_s, u"2016-02-12"_s, {{u"Upheld"_s, u"Surgery"_s, u"Spine"_s}}, u"Expedited"_s,
                u"2016-02-10"_s, u"2016-02-11"_s);
    f << letter(u"6.txt"_s, u"C6"_s, u"2016-03-06"_s, {{u"Upheld"_s, ph, u"Opioids"_s}}, u"Expedited"_s,
                u"2016-03-01"_s, u"2016-03-02"_s);
    // No dates of the process, and one whose application is after its decision.
    f << letter(u"7.txt"_s, u"C7"_s, u"2016-03-09"_s, {{u"Upheld"_s, ph, u"Topical Compounds"_s}}, u"Standard"_s);
    f << letter(u"8.txt"_s, u"C8"_s, u"2016-03-10"_s, {{u"Upheld"_s, u"Surgery"_s, u"Spine"_s}}, QString(),
                u"2016-04-01"_s);
    const imr::StandardTableSet t = imr::StandardTables::compute(f);
    QCOMPARE(t.letters, 8);
    QCOMPARE(t.items, 10);
    // Pharmaceuticals 6 of 10 items, 5 upheld; Surgery 4, 3 upheld.
    QCOMPARE(t.categories.size(), 2);
    QCOMPARE(t.categories[0].label, ph);
    QCOMPARE(t.categories[0].total(), 6);
    QCOMPARE(t.categories[0].upheld, 5);
    QCOMPARE(t.categories[1].total(), 4);
    QCOMPARE(t.pharmaceuticalItems, 6);
    QCOMPARE(t.drugGroups.size(), 3);
    QCOMPARE(t.drugGroups[0].label, u"Opioids"_s);
    QCOMPARE(t.drugGroups[0].total(), 4);
    QCOMPARE(t.drugGroups[0].upheld, 4);
    QCOMPARE(t.drugGroups[1].label, u"NSAIDs"_s); // ties by name
    QCOMPARE(t.drugGroups[2].label, u"Topical Compounds"_s);
    // Turnaround: application first, Standard before Expedited.
    QCOMPARE(t.turnaround.size(), 4);
    const imr::TurnaroundRow &appStd = t.turnaround[0];
    QCOMPARE(appStd.measure, imr::TurnaroundRow::Measure::ApplicationToDecision);
    QCOMPARE(appStd.priority, u"Standard"_s);
    QCOMPARE(appStd.letters, 4);
    QCOMPARE(appStd.median, 28.0);        // 20 25 31 40
    QCOMPARE(appStd.p90, 37.3);           // 31 + 0.7 × 9
    QCOMPARE(appStd.limitDays, 30);
    QCOMPARE(appStd.overLimit, 2);
    const imr::TurnaroundRow &appExp = t.turnaround[1];
    QCOMPARE(appExp.priority, u"Expedited"_s);
    QCOMPARE(appExp.median, 3.5);
    QCOMPARE(appExp.limitDays, 3);
    QCOMPARE(appExp.overLimit, 1);
    const imr::TurnaroundRow &asgStd = t.turnaround[2];
    QCOMPARE(asgStd.measure, imr::TurnaroundRow::Measure::AssignmentToDecision);
    QCOMPARE(asgStd.median, 13.5);        // 10 12 15 35
    QCOMPARE(asgStd.overLimit, 1);
    QCOMPARE(t.turnaround[3].median, 2.5); // 1 4
    QCOMPARE(t.lettersWithoutDates, 2);
    // Letters and items per month.
    QCOMPARE(t.months.size(), 3);
    QCOMPARE(t.months[0].month, u"2016-01"_s);
    QCOMPARE(t.months[0].letters, 2);
    QCOMPARE(t.months[0].items, 3);
    QCOMPARE(t.months[1].letters, 3);
    QCOMPARE(t.months[1].items, 4);
    QCOMPARE(t.months[2].letters, 3);
}

void TestRateStatistics::summaryCsv()
{
    QList<LetterSummary> f;
    for (int i = 0; i < 40; ++i)
        f << letter(u"%1.txt"_s.arg(i), u"C%1"_s.arg(i), u"2016-01-21"_s,
                    {{i < 10 ? u"Overturned"_s : u"Upheld"_s, u"Surgery"_s, u"Spine"_s}});
    f << letter(u"p.txt"_s, u"P"_s, u"2016-01-22"_s, {{u"Overturned"_s, u"Programs"_s, u"Programs"_s},
                                                       {u"Overturned"_s, u"Programs"_s, u"Programs"_s},
                                                       {u"Upheld"_s, u"Programs"_s, u"Programs"_s}});
    const QByteArray csv = imr::SummaryCsvWriter::bytes(imr::DecisionStatistics::compute(f), imr::StandardTables::compute(f));
    QVERIFY(csv.startsWith("\xEF\xBB\xBF" "table,group,label,letters,items,upheld,overturned,overturn_rate,"));
    const QList<QByteArray> lines = csv.mid(3).split('\n');
    const auto rowOf = [&](const QByteArray &prefix) {
        for (const QByteArray &l : lines) {
            if (l.startsWith(prefix))
                return QString::fromUtf8(l.trimmed()).split(u',');
        }
        return QStringList();
    };
    // Surgery: 10 of 40 overturned; Wilson (0.1419, 0.4019); 40 ≥ 30: not small.
    const QStringList surgery = rowOf("category,,Surgery,");
    QCOMPARE(surgery.size(), imr::SummaryCsvWriter::header().size());
    QCOMPARE(surgery.mid(3, 5), (QStringList{u"40"_s, u"40"_s, u"30"_s, u"10"_s, u"0.2500"_s}));
    QCOMPARE(surgery[8], QString::number(imr::WilsonInterval::of(10, 40).low, 'f', 4));
    QCOMPARE(surgery[8], u"0.1419"_s);
    QCOMPARE(surgery[9], u"0.4019"_s);
    QCOMPARE(surgery[13], u"0.9302"_s); // 40 of 43 items
    QCOMPARE(surgery[14], u"no"_s);
    // Programs: "67% overturned" on 3 items, with the interval that says how little that is.
    const QStringList programs = rowOf("category,,Programs,");
    QCOMPARE(programs[7], u"0.6667"_s);
    QCOMPARE(programs[8], u"0.2077"_s);
    QCOMPARE(programs[9], u"0.9385"_s);
    QCOMPARE(programs[14], u"yes"_s);
    QVERIFY(rowOf("turnaround,").isEmpty()); // no dates of the process in these letters
    QCOMPARE(rowOf("month,,2016-01,").mid(3, 2), (QStringList{u"41"_s, u"43"_s}));
}

QTEST_GUILESS_MAIN(TestRateStatistics)
#include "tst_ratestatistics.moc"
