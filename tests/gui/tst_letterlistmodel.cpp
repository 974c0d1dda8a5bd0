#include "letters/letterlistmodel.h"
#include "stats/duplicatecases.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using imr::LetterStatus;
using imr::LetterSummary;
using imr::gui::LetterListModel;

namespace {

LetterSummary row(const QString &path, LetterStatus status, const QByteArray &hash = {})
{
    LetterSummary s = LetterSummary::listed(path);
    s.loaded = true;
    s.status = status;
    s.contentHash = hash.isEmpty() ? path.toLatin1() : hash;
    return s;
}

QStringList paths(const LetterListModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.summary(r).relativePath;
    return out;
}

} // namespace

class TestLetterListModel : public QObject
{
    Q_OBJECT
private slots:
    void rescanKeepsWhatIsKnown_data();
    void rescanKeepsWhatIsKnown();
    void countsFollowBatches();
    void aReviewIsNotUndoneByAnOlderBatch();
    void listingIsNotCopied();
    void rowsSharingCase_data();
    void rowsSharingCase();
};

void TestLetterListModel::rescanKeepsWhatIsKnown_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");
    QTest::newRow("added in the middle") << QStringList{u"a"_s, u"c"_s} << QStringList{u"a"_s, u"b"_s, u"c"_s};
    QTest::newRow("removed runs") << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s}
                                  << QStringList{u"a"_s, u"e"_s};
    QTest::newRow("both") << QStringList{u"b"_s, u"d"_s, u"f"_s} << QStringList{u"a"_s, u"d"_s, u"e"_s, u"g"_s};
    QTest::newRow("numbers sort as numbers") << QStringList{u"l2"_s, u"l10"_s}
                                             << QStringList{u"l1"_s, u"l2"_s, u"l9"_s, u"l10"_s};
}

void TestLetterListModel::rescanKeepsWhatIsKnown()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    LetterListModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setPaths(before);
    QList<LetterSummary> known;
    for (const QString &p : before)
        known << row(p, LetterStatus::Reviewed);
    m.applySummaries(known);
    m.setPaths(after);
    QCOMPARE(paths(m), after);
    for (int r = 0; r < m.rowCount(); ++r) {
        const bool kept = before.contains(m.summary(r).relativePath);
        QCOMPARE(m.isLoaded(r), kept);
        QCOMPARE(m.rowOfPath(m.summary(r).relativePath), r);
    }
    QCOMPARE(m.count(LetterStatus::Reviewed), int(std::count_if(after.begin(), after.end(),
                                                                [&](const QString &p) { return before.contains(p); })));
}

void TestLetterListModel::countsFollowBatches()
{
    LetterListModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setPaths({u"a"_s, u"b"_s, u"c"_s});
    QCOMPARE(m.loadedCount(), 0);
    m.applySummaries({row(u"a"_s, LetterStatus::Unreviewed), row(u"c"_s, LetterStatus::Reviewed)});
    QCOMPARE(m.loadedCount(), 2);
    QCOMPARE(m.count(LetterStatus::Unreviewed), 1);
    LetterSummary broken = row(u"a"_s, LetterStatus::Unreviewed);
    broken.error = u"unreadable"_s;
    m.applySummaries({broken, row(u"b"_s, LetterStatus::InProgress)});
    QCOMPARE(m.count(LetterStatus::Unreviewed), 0);
    QCOMPARE(m.count(LetterStatus::Error), 1);
    QCOMPARE(m.count(LetterStatus::InProgress), 1);
    QCOMPARE(m.index(0, LetterListModel::StatusColumn).data(LetterListModel::StatusRole).toInt(), int(LetterStatus::Error));
}

void TestLetterListModel::aReviewIsNotUndoneByAnOlderBatch()
{
    LetterListModel m;
    m.setPaths({u"a"_s, u"copy-of-a"_s});
    m.applySummaries({row(u"a"_s, LetterStatus::Unreviewed, "h1")});
    LetterSummary reviewed;
    reviewed.status = LetterStatus::Reviewed;
    m.setFacts("h1", reviewed);
    QCOMPARE(m.count(LetterStatus::Reviewed), 1);
    // The load read the store before the review: its row must not undo it,
    // and a copy listed later shares the review.
    m.applySummaries({row(u"a"_s, LetterStatus::Unreviewed, "h1"), row(u"copy-of-a"_s, LetterStatus::Unreviewed, "h1")});
    QCOMPARE(m.count(LetterStatus::Reviewed), 2);
    m.forgetLocalChanges(); // a new load reads the store after the review
    m.applySummaries({row(u"a"_s, LetterStatus::Unreviewed, "h1")});
    QCOMPARE(m.count(LetterStatus::Reviewed), 1);
}

// The indexer's listing of a year is 150,000 rows: the model takes them as
// they are, without a copy on the GUI thread.
void TestLetterListModel::listingIsNotCopied()
{
    QList<LetterSummary> listed;
    QHash<QString, int> rowOfPath;
    for (int i = 0; i < 1000; ++i) {
        listed << LetterSummary::listed(u"letter-%1.txt"_s.arg(i));
        rowOfPath.insert(listed.last().relativePath, i);
    }
    LetterListModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.resetRows(listed, rowOfPath);
    QCOMPARE(m.rowCount(), 1000);
    QCOMPARE(m.summaries().constData(), listed.constData());
    QCOMPARE(m.rowOfPath(u"letter-999.txt"_s), 999);
}

namespace {

LetterSummary ofCase(const QString &path, const QString &caseNumber, const QString &decided, const QByteArray &hash = {})
{
    LetterSummary s = row(path, LetterStatus::Unreviewed, hash);
    s.caseNumber = caseNumber;
    s.decisionDate = decided;
    return s;
}

} // namespace

void TestLetterListModel::rowsSharingCase_data()
{
    QTest::addColumn<QList<LetterSummary>>("letters");
    QTest::addColumn<QByteArray>("corrected"); // a review changes this content's case number...
    QTest::addColumn<QString>("correctedCase"); // ...to this
    QTest::addColumn<QByteArray>("chosen");     // the analyst's choice for case CM1
    QTest::addColumn<int>("leftOut");           // files that do not count, worked out by hand
    const QList<LetterSummary> amended{ofCase(u"a"_s, u"CM1"_s, u"2016-04-01"_s),
                                       ofCase(u"b"_s, u"cm1 "_s, u"2016-05-01"_s),
                                       ofCase(u"c"_s, u"CM2"_s, u"2016-05-01"_s)};
    QTest::newRow("amended letter") << amended << QByteArray() << QString() << QByteArray() << 1;
    QTest::newRow("the analyst's choice") << amended << QByteArray() << QString() << QByteArray("a") << 1;
    QTest::newRow("identical bytes")
        << QList<LetterSummary>{ofCase(u"a"_s, u"CM1"_s, u"2016-04-01"_s, "h1"),
                                ofCase(u"copy"_s, u"CM1"_s, u"2016-04-01"_s, "h1"),
                                ofCase(u"b"_s, u"CM2"_s, u"2016-04-01"_s)}
        << QByteArray() << QString() << QByteArray() << 1;
    QTest::newRow("identical bytes without a case number")
        << QList<LetterSummary>{ofCase(u"a"_s, QString(), QString(), "h1"), ofCase(u"b"_s, QString(), QString(), "h1")}
        << QByteArray() << QString() << QByteArray() << 1;
    QTest::newRow("a review gives a letter another's case")
        << QList<LetterSummary>{ofCase(u"a"_s, u"CM1"_s, u"2016-04-01"_s), ofCase(u"b"_s, u"CM2"_s, u"2016-06-01"_s)}
        << QByteArray("b") << u"CM1"_s << QByteArray() << 1;
    QTest::newRow("a review takes a letter out of a case")
        << QList<LetterSummary>{ofCase(u"a"_s, u"CM1"_s, u"2016-04-01"_s), ofCase(u"b"_s, u"CM1"_s, u"2016-06-01"_s),
                                ofCase(u"c"_s, u"CM1"_s, u"2016-05-01"_s)}
        << QByteArray("b") << u"CM3"_s << QByteArray() << 1;
    LetterSummary unreadable = ofCase(u"b"_s, u"CM1"_s, u"2016-06-01"_s);
    unreadable.error = u"unreadable"_s;
    QTest::newRow("an unreadable letter is no copy")
        << QList<LetterSummary>{ofCase(u"a"_s, u"CM1"_s, u"2016-04-01"_s), unreadable}
        << QByteArray() << QString() << QByteArray() << 0;
}

// What the window says of one letter's duplicates comes from the rows the
// model keeps for its case: it must be what a pass over the folder finds.
void TestLetterListModel::rowsSharingCase()
{
    QFETCH(QList<LetterSummary>, letters);
    QFETCH(QByteArray, corrected);
    QFETCH(QString, correctedCase);
    QFETCH(QByteArray, chosen);
    QFETCH(int, leftOut);
    LetterListModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList names;
    for (const LetterSummary &s : letters)
        names << s.relativePath;
    m.setPaths(names);
    m.applySummaries(letters);
    if (!corrected.isEmpty()) {
        LetterSummary facts = m.summary(m.rowsOf(corrected).value(0));
        facts.caseNumber = correctedCase;
        m.setFacts(corrected, facts);
    }
    QHash<QString, QByteArray> choices;
    if (!chosen.isEmpty())
        choices.insert(u"CM1"_s, chosen);
    const imr::DuplicateCases all = imr::DuplicateCases::find(m.summaries(), choices);
    QCOMPARE(all.excludedCount(), leftOut);
    for (int r = 0; r < m.rowCount(); ++r) {
        const QList<int> rows = m.rowsSharingCase(r);
        QVERIFY(rows.contains(r));
        QVERIFY(std::is_sorted(rows.begin(), rows.end()));
        const imr::DuplicateCases local = imr::DuplicateCases::findAmong(m.summaries(), rows, choices);
        QCOMPARE(local.counts(r), all.counts(r));
        QCOMPARE(local.notice(r, m.summaries()), all.notice(r, m.summaries()));
        QCOMPARE(bool(local.groupOf(r)), bool(all.groupOf(r)));
        if (const imr::CaseGroup *g = all.groupOf(r)) {
            QCOMPARE(local.groupOf(r)->rows, g->rows);
            QCOMPARE(local.groupOf(r)->counted, g->counted);
            QCOMPARE(local.groupOf(r)->chosen, g->chosen);
        }
    }
}

QTEST_MAIN(TestLetterListModel)
#include "tst_letterlistmodel.moc"
