#include "extraction/treatmenttaxonomy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using imr::TreatmentTaxonomy;

class TestTreatmentTaxonomy : public QObject
{
    Q_OBJECT
private slots:
    void classifies_data();
    void classifies();
    void everyRuleNamesAKnownCategory();
    void analystRulesExtendTheTaxonomy();
    void badJsonIsReported();
};

void TestTreatmentTaxonomy::classifies_data()
{
    QTest::addColumn<QString>("request");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("subcategory");
    QTest::newRow("MRI") << u"MRI of the lumbar spine without contrast"_s << u"Diagnostic Testing"_s << u"Imaging/Radiology"_s;
    QTest::newRow("EMG") << u"EMG/NCV of the bilateral upper extremities"_s << u"Diagnostic Testing"_s << u"EMG/NCV/NCS"_s;
    QTest::newRow("opioid brand") << u"Norco 10/325mg #90"_s << u"Pharmaceuticals"_s << u"Opioids"_s;
    QTest::newRow("opioid generic") << u"Oxycodone 5 mg, quantity 60"_s << u"Pharmaceuticals"_s << u"Opioids"_s;
    QTest::newRow("muscle relaxant") << u"Cyclobenzaprine 7.5mg #60"_s << u"Pharmaceuticals"_s << u"Muscle Relaxants"_s;
    QTest::newRow("topical compound") << u"Flurbiprofen 20% cream 180 grams"_s << u"Pharmaceuticals"_s << u"Topical Compounds"_s;
    QTest::newRow("epidural") << u"Lumbar epidural steroid injection at L4-L5"_s << u"Injection"_s << u"Epidural"_s;
    QTest::newRow("physical therapy") << u"Physical therapy 2 times a week for 4 weeks"_s << u"Rehabilitation"_s
                                      << u"Physical Therapy/Occupational Therapy (PT/OT)"_s;
    QTest::newRow("acupuncture") << u"Acupuncture x 6 sessions"_s << u"Rehabilitation"_s << u"Acupuncture"_s;
    QTest::newRow("TENS") << u"TENS unit rental for 30 days"_s << u"DMEPOS"_s << u"Electrical Stimulation"_s;
    QTest::newRow("arthroscopy") << u"Right knee arthroscopy with partial meniscectomy"_s << u"Surgery"_s
                                 << u"Arthroscopic Surgery"_s;
    QTest::newRow("unknown") << u"Quantum crystal alignment"_s << u"Other"_s << QString();
}

void TestTreatmentTaxonomy::classifies()
{
    QFETCH(QString, request);
    QFETCH(QString, category);
    QFETCH(QString, subcategory);
    const imr::TreatmentClass cls = TreatmentTaxonomy::instance().classify(request);
    QCOMPARE(cls.category, category);
    QCOMPARE(cls.subcategory, subcategory);
}

void TestTreatmentTaxonomy::everyRuleNamesAKnownCategory()
{
    const TreatmentTaxonomy &t = TreatmentTaxonomy::instance();
    QVERIFY(t.categories().contains(u"Diagnostic Testing"_s));
    QVERIFY(t.categories().contains(u"Transportation"_s));
    QVERIFY(t.isKnown(u"Injection"_s, u"Facet Injection"_s));
    QVERIFY(!t.isKnown(u"Injection"_s, u"Acupuncture"_s));
    QVERIFY(!t.isKnown(u"Astrology"_s, QString()));
}

void TestTreatmentTaxonomy::analystRulesExtendTheTaxonomy()
{
    TreatmentTaxonomy t;
    const QByteArray json = "{\"categories\":[{\"name\":\"Therapies\",\"subcategories\":[\"Hydrotherapy\"]}],"
                            "\"rules\":[{\"category\":\"Therapies\",\"subcategory\":\"Hydrotherapy\","
                            "\"patterns\":[\"\\\\baqua(tic)? therapy\\\\b\"]}]}";
    const QString error = t.loadJson(json);
    QCOMPARE(error, QString());
    QCOMPARE(t.classify(u"Aquatic therapy x 8"_s).subcategory, u"Hydrotherapy"_s);
    QCOMPARE(t.classify(u"Aquatic therapy x 8"_s).match.start, 0);
}

void TestTreatmentTaxonomy::badJsonIsReported()
{
    TreatmentTaxonomy t;
    QVERIFY(!t.loadJson("{not json").isEmpty());
    const QByteArray badPattern = "{\"categories\":[{\"name\":\"A\"}],"
                                  "\"rules\":[{\"category\":\"A\",\"patterns\":[\"[unclosed\"]}]}";
    QVERIFY(!t.loadJson(badPattern).isEmpty());
    QVERIFY(!t.loadFile(u"/nonexistent/taxonomy.json"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestTreatmentTaxonomy)
#include "tst_treatmenttaxonomy.moc"
