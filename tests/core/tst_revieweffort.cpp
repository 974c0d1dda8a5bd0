// Review effort from a scripted audit trail: times per letter and per
// field, corrections per field and per category, worked out by hand.
#include "stats/revieweffort.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using imr::AuditRecord;

namespace {

AuditRecord action(const QString &reviewer, const QString &time, const QByteArray &hash, int item, const QString &field,
                   const QString &what)
{
    AuditRecord r;
    r.reviewer = reviewer;
    r.at = QDateTime(QDate(2026, 11, 30), QTime::fromString(time, u"HH:mm:ss"_s), QTimeZone::UTC);
    r.contentHash = hash;
    r.relativePath = QString::fromLatin1(hash) + u".txt"_s;
    r.entry = imr::AuditEntry{item, field, {}, {}, what};
    return r;
}

imr::LetterSummary letter(const QByteArray &hash, const QStringList &categories)
{
    imr::LetterSummary s = imr::LetterSummary::listed(QString::fromLatin1(hash) + u".txt"_s);
    s.loaded = true;
    s.contentHash = hash;
    for (const QString &c : categories)
        s.items << imr::ItemFacts{u"Upheld"_s, c, {}, {}, 0};
    return s;
}

} // namespace

class TestReviewEffort : public QObject
{
    Q_OBJECT
private slots:
    void scriptedTrail();
    void idleGapsAreNotWork_data();
    void idleGapsAreNotWork();
    void emptyTrail();
};

void TestReviewEffort::scriptedTrail()
{
    // Logged in save order: Ana and Ben interleave.
    const QList<AuditRecord> log{
        action(u"Ana"_s, u"09:00:00"_s, "A", -1, u"case_number"_s, u"confirm"_s), // first: not timed
        action(u"Ben"_s, u"09:00:10"_s, "C", 1, u"decision"_s, u"correct"_s),     // first: not timed
        action(u"Ana"_s, u"09:00:30"_s, "A", 0, u"decision"_s, u"correct"_s),     // 30 s
        action(u"Ben"_s, u"09:00:50"_s, "C", 1, u"treatment_category"_s, u"confirm"_s), // 40 s
        action(u"Ana"_s, u"09:01:30"_s, "A", 0, u"treatment_category"_s, u"correct"_s), // 60 s
        action(u"Ana"_s, u"09:02:00"_s, "B", -1, u"case_number"_s, u"confirm"_s),  // 30 s, to letter B
        action(u"Ana"_s, u"09:30:00"_s, "B", 0, u"decision"_s, u"confirm"_s),      // after a break: not timed
        action(u"Ana"_s, u"09:30:20"_s, "B", 0, u"rationale"_s, u"confirm"_s),     // 20 s
    };
    const QList<imr::LetterSummary> letters{letter("A", {u"Pharmaceuticals"_s}), letter("B", {u"Surgery"_s}),
                                            letter("C", {u"Surgery"_s, u"Pharmaceuticals"_s})};
    const imr::EffortSummary e = imr::ReviewEffort::compute(log, letters);
    QCOMPARE(e.actions, 8);
    QCOMPARE(e.timedActions, 5);
    QCOMPARE(e.totalSeconds, 180.0);
    QCOMPARE(e.letters, 3);
    QCOMPARE(e.timedLetters, 3);
    QCOMPARE(e.medianLetterSeconds, 50.0); // A 90, B 50, C 40
    QCOMPARE(e.p90LetterSeconds, 82.0);
    QCOMPARE(e.reviewers, (QStringList{u"Ana"_s, u"Ben"_s}));
    QCOMPARE(e.fields.size(), 4);
    const imr::FieldEffort &category = e.fields[0];
    QCOMPARE(category.field, u"treatment_category"_s);
    QCOMPARE(category.seconds, 100.0);
    QCOMPARE(category.meanSeconds(), 50.0);
    QCOMPARE(category.corrections, 1);
    QCOMPARE(category.confirmations, 1);
    QCOMPARE(category.correctionRate(), 0.5);
    QCOMPARE(e.fields[1].field, u"case_number"_s); // 30 s, ties by name
    QCOMPARE(e.fields[1].actions, 2);
    QCOMPARE(e.fields[1].timedActions, 1);
    QCOMPARE(e.fields[2].field, u"decision"_s);
    QCOMPARE(e.fields[2].actions, 3);
    QCOMPARE(e.fields[2].corrections, 2);
    QCOMPARE(e.fields[2].confirmations, 1);
    QCOMPARE(e.fields[2].seconds, 30.0);
    QCOMPARE(e.fields[3].field, u"rationale"_s);
    QCOMPARE(e.fields[3].seconds, 20.0);
    QCOMPARE(e.categories.size(), 3);
    QCOMPARE(e.categories[0].category, u"Pharmaceuticals"_s);
    QCOMPARE(e.categories[0].corrections, 3);
    QCOMPARE(e.categories[0].items, 2);
    QCOMPARE(e.categories[1].category, u"Letter"_s);
    QCOMPARE(e.categories[1].corrections, 0);
    QCOMPARE(e.categories[1].items, 2);
    QCOMPARE(e.categories[2].category, u"Surgery"_s);
    QCOMPARE(e.categories[2].items, 1);
}

void TestReviewEffort::idleGapsAreNotWork_data()
{
    QTest::addColumn<QString>("second");
    QTest::addColumn<int>("timed");
    QTest::addColumn<double>("seconds");
    QTest::newRow("just inside") << u"09:10:00"_s << 1 << 600.0;
    QTest::newRow("a break") << u"09:10:01"_s << 0 << 0.0;
    QTest::newRow("the same second") << u"09:00:00"_s << 1 << 0.0;
}

void TestReviewEffort::idleGapsAreNotWork()
{
    QFETCH(QString, second);
    QFETCH(int, timed);
    QFETCH(double, seconds);
    const QList<AuditRecord> log{action(u"Ana"_s, u"09:00:00"_s, "A", -1, u"case_number"_s, u"confirm"_s),
                                 action(u"Ana"_s, second, "A", -1, u"priority"_s, u"confirm"_s)};
    const imr::EffortSummary e = imr::ReviewEffort::compute(log, {});
    QCOMPARE(e.timedActions, timed);
    QCOMPARE(e.totalSeconds, seconds);
    QCOMPARE(e.timedLetters, timed);
}

void TestReviewEffort::emptyTrail()
{
    const imr::EffortSummary e = imr::ReviewEffort::compute({}, {});
    QCOMPARE(e.actions, 0);
    QVERIFY(e.fields.isEmpty());
    QCOMPARE(e.medianLetterSeconds, 0.0);
}

QTEST_GUILESS_MAIN(TestReviewEffort)
#include "tst_revieweffort.moc"
