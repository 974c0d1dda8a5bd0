#include "letters/letterlistmodel.h"

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

QTEST_MAIN(TestLetterListModel)
#include "tst_letterlistmodel.moc"
