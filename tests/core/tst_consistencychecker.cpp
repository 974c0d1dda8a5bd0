#include "extraction/consistencychecker.h"

#include <QTest>

using namespace Qt::StringLiterals;
using imr::FieldId;

class TestConsistencyChecker : public QObject
{
    Q_OBJECT
private slots:
    void datesInOrder_data();
    void datesInOrder();
    void itemRules_data();
    void itemRules();
    void recheckClearsOldFlags();
};

void TestConsistencyChecker::datesInOrder_data()
{
    QTest::addColumn<QString>("injury");
    QTest::addColumn<QString>("denial");
    QTest::addColumn<QString>("assigned");
    QTest::addColumn<QString>("decided");
    QTest::addColumn<int>("flaggedField"); // -1: none
    QTest::newRow("in order") << u"2015-01-02"_s << u"2016-10-01"_s << u"2016-11-09"_s << u"2016-12-09"_s << -1;
    QTest::newRow("denial before injury") << u"2016-01-02"_s << u"2015-10-01"_s << u"2016-11-09"_s << u"2016-12-09"_s
                                          << int(FieldId::UrDenialDate);
    QTest::newRow("decided before assigned") << u"2015-01-02"_s << u"2016-10-01"_s << u"2016-11-09"_s << u"2016-11-01"_s
                                             << int(FieldId::DecisionDate);
    QTest::newRow("missing dates are skipped") << u"2015-01-02"_s << QString() << QString() << u"2016-11-01"_s << -1;
}

void TestConsistencyChecker::datesInOrder()
{
    QFETCH(QString, injury);
    QFETCH(QString, denial);
    QFETCH(QString, assigned);
    QFETCH(QString, decided);
    QFETCH(int, flaggedField);
    imr::DeterminationRecord r;
    r.fields[FieldId::DateOfInjury].value = injury;
    r.fields[FieldId::UrDenialDate].value = denial;
    r.fields[FieldId::DateAssigned].value = assigned;
    r.fields[FieldId::DecisionDate].value = decided;
    imr::ConsistencyChecker::check(r);
    for (FieldId id : {FieldId::DateOfInjury, FieldId::UrDenialDate, FieldId::DateAssigned, FieldId::DecisionDate})
        QCOMPARE(r.field(id).flags.isEmpty(), int(id) != flaggedField);
}

void TestConsistencyChecker::itemRules_data()
{
    QTest::addColumn<QString>("decision");
    QTest::addColumn<QString>("necessary");
    QTest::addColumn<QString>("category");
    QTest::addColumn<int>("flaggedField");
    QTest::newRow("consistent") << u"Upheld"_s << u"no"_s << u"Injection"_s << -1;
    QTest::newRow("upheld but necessary") << u"Upheld"_s << u"yes"_s << u"Injection"_s << int(FieldId::MedicallyNecessary);
    QTest::newRow("overturned but not necessary") << u"Overturned"_s << u"no"_s << u"Injection"_s
                                                  << int(FieldId::MedicallyNecessary);
    QTest::newRow("no decision") << QString() << u"no"_s << u"Injection"_s << int(FieldId::Decision);
    QTest::newRow("unknown category") << u"Upheld"_s << u"no"_s << u"Astrology"_s << int(FieldId::TreatmentCategory);
}

void TestConsistencyChecker::itemRules()
{
    QFETCH(QString, decision);
    QFETCH(QString, necessary);
    QFETCH(QString, category);
    QFETCH(int, flaggedField);
    imr::DeterminationRecord r;
    imr::DisputedItem item;
    item.fields[FieldId::Decision].value = decision;
    item.fields[FieldId::MedicallyNecessary].value = necessary;
    item.fields[FieldId::TreatmentCategory].value = category;
    r.items << item;
    imr::ConsistencyChecker::check(r);
    for (FieldId id : {FieldId::Decision, FieldId::MedicallyNecessary, FieldId::TreatmentCategory})
        QCOMPARE(r.items[0].field(id).flags.isEmpty(), int(id) != flaggedField);
}

void TestConsistencyChecker::recheckClearsOldFlags()
{
    imr::DeterminationRecord r;
    imr::DisputedItem item;
    item.fields[FieldId::Decision].value = u"Upheld"_s;
    item.fields[FieldId::MedicallyNecessary].value = u"yes"_s;
    item.fields[FieldId::TreatmentCategory].value = u"Injection"_s;
    r.items << item;
    imr::ConsistencyChecker::check(r);
    QCOMPARE(r.items[0].field(FieldId::MedicallyNecessary).flags.size(), 1);
    r.items[0].fields[FieldId::MedicallyNecessary].value = u"no"_s; // the reviewer's correction
    imr::ConsistencyChecker::check(r);
    QVERIFY(r.items[0].field(FieldId::MedicallyNecessary).flags.isEmpty());
}

QTEST_GUILESS_MAIN(TestConsistencyChecker)
#include "tst_consistencychecker.moc"
