#include "extraction/fieldschema.h"
#include "review/reviewnavigator.h"
#include "review/reviewstatus.h"

#include <QTest>

using namespace Qt::StringLiterals;
using imr::FieldAddress;
using imr::FieldId;
using imr::ReviewNavigator;

namespace {

imr::DeterminationRecord twoItems()
{
    imr::DeterminationRecord r;
    for (FieldId id : imr::FieldSchema::letterFields())
        r.fields[id] = {u"x"_s, {}, 0.95, {}, {}, imr::ReviewState::Extracted};
    for (int i = 0; i < 2; ++i) {
        imr::DisputedItem item;
        for (FieldId id : imr::FieldSchema::itemFields())
            item.fields[id] = {u"y"_s, {}, 0.95, {}, {}, imr::ReviewState::Extracted};
        r.items << item;
    }
    return r;
}

void acknowledgeAll(imr::DeterminationRecord &r)
{
    for (const FieldAddress &a : ReviewNavigator::order(r))
        r.fieldPtr(a.item, a.field)->state = imr::ReviewState::Confirmed;
}

} // namespace

class TestReviewNavigator : public QObject
{
    Q_OBJECT
private slots:
    void orderCoversEveryField();
    void attentionFirstThenUnreviewed();
    void wrapsAround();
    void statusFollowsFieldStates_data();
    void statusFollowsFieldStates();
    void correctedFieldsAreListed();
};

void TestReviewNavigator::orderCoversEveryField()
{
    const QList<FieldAddress> order = ReviewNavigator::order(twoItems());
    QCOMPARE(order.size(), imr::FieldSchema::letterFields().size() + 2 * imr::FieldSchema::itemFields().size());
    QCOMPARE(order.first(), (FieldAddress{-1, FieldId::CaseNumber}));
    QCOMPARE(order.last(), (FieldAddress{1, FieldId::Rationale}));
}

void TestReviewNavigator::attentionFirstThenUnreviewed()
{
    imr::DeterminationRecord r = twoItems();
    r.items[1].fields[FieldId::Decision].confidence = 0.3; // low: needs attention
    r.items[0].fields[FieldId::MedicallyNecessary].flags << u"disagrees"_s;
    const FieldAddress start{-1, FieldId::CaseNumber};
    QCOMPARE(ReviewNavigator::nextToReview(r, start), (FieldAddress{0, FieldId::MedicallyNecessary}));
    QCOMPARE(ReviewNavigator::nextToReview(r, {0, FieldId::MedicallyNecessary}), (FieldAddress{1, FieldId::Decision}));
    r.items[1].fields[FieldId::Decision].state = imr::ReviewState::Corrected;
    r.items[0].fields[FieldId::MedicallyNecessary].state = imr::ReviewState::Confirmed;
    // Nothing needs attention any more: the next unreviewed field.
    QCOMPARE(ReviewNavigator::nextToReview(r, start), (FieldAddress{-1, FieldId::DateAssigned}));
}

void TestReviewNavigator::wrapsAround()
{
    imr::DeterminationRecord r = twoItems();
    acknowledgeAll(r);
    QVERIFY(!ReviewNavigator::nextToReview(r, {0, FieldId::Decision}));
    r.fields[FieldId::CaseNumber].state = imr::ReviewState::Extracted;
    QCOMPARE(ReviewNavigator::nextToReview(r, {1, FieldId::Decision}), (FieldAddress{-1, FieldId::CaseNumber}));
    QCOMPARE(ReviewNavigator::firstToReview(r), (FieldAddress{-1, FieldId::CaseNumber}));
}

void TestReviewNavigator::statusFollowsFieldStates_data()
{
    QTest::addColumn<int>("acknowledged"); // -1: all
    QTest::addColumn<int>("status");
    QTest::newRow("none") << 0 << int(imr::LetterStatus::Unreviewed);
    QTest::newRow("some") << 3 << int(imr::LetterStatus::InProgress);
    QTest::newRow("all") << -1 << int(imr::LetterStatus::Reviewed);
}

void TestReviewNavigator::statusFollowsFieldStates()
{
    QFETCH(int, acknowledged);
    QFETCH(int, status);
    imr::DeterminationRecord r = twoItems();
    const QList<FieldAddress> order = ReviewNavigator::order(r);
    const qsizetype n = acknowledged < 0 ? order.size() : acknowledged;
    for (qsizetype k = 0; k < n; ++k)
        r.fieldPtr(order[k].item, order[k].field)->state = imr::ReviewState::Confirmed;
    QCOMPARE(int(imr::ReviewStatus::of(r)), status);
    imr::Letter broken;
    broken.error = u"unreadable"_s;
    QCOMPARE(imr::ReviewStatus::of(broken), imr::LetterStatus::Error);
}

void TestReviewNavigator::correctedFieldsAreListed()
{
    imr::DeterminationRecord r = twoItems();
    r.fields[FieldId::PatientAge].state = imr::ReviewState::Corrected;
    r.fields[FieldId::CaseNumber].state = imr::ReviewState::Confirmed;
    r.items[1].fields[FieldId::Decision].state = imr::ReviewState::Corrected;
    QCOMPARE(imr::ReviewStatus::correctedLetterFields(r), QStringList{u"patient_age"_s});
    QCOMPARE(imr::ReviewStatus::correctedItemFields(r.items[1]), QStringList{u"decision"_s});
    QVERIFY(imr::ReviewStatus::correctedItemFields(r.items[0]).isEmpty());
}

QTEST_GUILESS_MAIN(TestReviewNavigator)
#include "tst_reviewnavigator.moc"
