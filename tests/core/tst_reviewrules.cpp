#include "extraction/fieldschema.h"
#include "folder/letterloader.h"
#include "folder/lettersummary.h"
#include "review/reviewrules.h"
#include "review/reviewstatus.h"

#include <QTest>

using namespace Qt::StringLiterals;
using imr::FieldAddress;
using imr::FieldId;
using imr::ReviewRules;

namespace {

imr::DeterminationRecord fixture()
{
    imr::LetterLoader loader(QStringLiteral(IMR_TEST_DATA "/letters"));
    return loader.load(u"default-layout.txt"_s).record;
}

} // namespace

class TestReviewRules : public QObject
{
    Q_OBJECT
private slots:
    void confirmOnlyWhatIsNotReviewed();
    void correction_data();
    void correction();
    void confirmAllConfirmsTheRest();
    void itemsAreAddedAndRemoved();
    void summaryRoundTrips();
};

void TestReviewRules::confirmOnlyWhatIsNotReviewed()
{
    imr::DeterminationRecord r = fixture();
    const FieldAddress a{-1, FieldId::CaseNumber};
    const auto change = ReviewRules::confirm(r, a);
    QVERIFY(change);
    QCOMPARE(change->after.state, imr::ReviewState::Confirmed);
    QCOMPARE(change->after.value, change->before.value);
    r = *ReviewRules::withField(r, a, change->after);
    QVERIFY(!ReviewRules::confirm(r, a)); // already confirmed: nothing to do
    const imr::AuditEntry e = ReviewRules::fieldEntry(a, change->before, change->after, change->action);
    QCOMPARE(e, (imr::AuditEntry{-1, u"case_number"_s, change->before.value, change->after.value, u"confirm"_s}));
}

void TestReviewRules::correction_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("action"); // empty: no change
    QTest::addColumn<QString>("value");
    QTest::newRow("same value is a confirmation") << u"52"_s << true << u"confirm"_s << u"52"_s;
    QTest::newRow("new value is a correction") << u"61"_s << true << u"correct"_s << u"61"_s;
    QTest::newRow("not a number") << u"sixty"_s << false << QString() << QString();
}

void TestReviewRules::correction()
{
    QFETCH(QString, input);
    QFETCH(bool, accepted);
    QFETCH(QString, action);
    QFETCH(QString, value);
    const auto change = ReviewRules::correct(fixture(), {-1, FieldId::PatientAge}, input);
    QCOMPARE(change.ok(), accepted);
    if (!accepted) {
        QVERIFY(!change.error().isEmpty());
        return;
    }
    QVERIFY(change.value());
    QCOMPARE(change.value()->action, action);
    QCOMPARE(change.value()->after.value, value);
    QCOMPARE(change.value()->after.state,
             action == u"correct"_s ? imr::ReviewState::Corrected : imr::ReviewState::Confirmed);
}

void TestReviewRules::confirmAllConfirmsTheRest()
{
    imr::DeterminationRecord r = fixture();
    const FieldAddress a{-1, FieldId::CaseNumber};
    r = *ReviewRules::withField(r, a, ReviewRules::confirm(r, a)->after);
    const QList<imr::FieldChange> all = ReviewRules::confirmAll(r);
    QVERIFY(!all.isEmpty());
    QVERIFY(std::none_of(all.begin(), all.end(), [&](const imr::FieldChange &c) { return c.address == a; }));
    for (const imr::FieldChange &c : all)
        r = *ReviewRules::withField(r, c.address, c.after);
    QCOMPARE(imr::ReviewStatus::of(r), imr::LetterStatus::Reviewed);
    QVERIFY(ReviewRules::confirmAll(r).isEmpty());
}

void TestReviewRules::itemsAreAddedAndRemoved()
{
    const imr::DeterminationRecord r = fixture();
    const qsizetype items = r.items.size();
    const imr::DeterminationRecord added = ReviewRules::withItemInserted(r, int(items), {});
    QCOMPARE(added.items.size(), items + 1);
    const auto removed = ReviewRules::withItemRemoved(added, int(items));
    QVERIFY(removed);
    QCOMPARE(*removed, r);
    QVERIFY(!ReviewRules::withItemRemoved(r, int(items) + 5));
    const imr::AuditEntry e = ReviewRules::itemRemovedEntry(0, r.items.at(0), u"remove-item"_s);
    QCOMPARE(e.field, u"item"_s);
    QCOMPARE(e.oldValue, r.items.at(0).field(FieldId::ItemRequest).value);
}

void TestReviewRules::summaryRoundTrips()
{
    imr::LetterSummary s;
    s.setRecord(fixture());
    QVERIFY(!s.items.isEmpty());
    imr::LetterSummary back;
    QVERIFY(back.decodeFacts(s.encodeFacts()));
    QCOMPARE(back.caseNumber, s.caseNumber);
    QCOMPARE(back.items, s.items);
    QCOMPARE(back.status, s.status);
    QVERIFY(!back.decodeFacts("garbage"));
    QCOMPARE(back.caseNumber, s.caseNumber); // left as it was
}

QTEST_GUILESS_MAIN(TestReviewRules)
#include "tst_reviewrules.moc"
