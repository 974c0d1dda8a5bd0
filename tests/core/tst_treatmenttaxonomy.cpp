#include "extraction/treatmenttaxonomy.h"

#include <QTemporaryDir>
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
    void genericWordsMarkAConflict_data();
    void genericWordsMarkAConflict();
    void userFileRulesComeFirst();
    void invalidUserFileKeepsTheBuiltInTaxonomy_data();
    void invalidUserFileKeepsTheBuiltInTaxonomy();
    void missingUserFileIsNoError();
    void fingerprintFollowsTheRules();
    void requiredWordsNeverSkipAMatch_data();
    void requiredWordsNeverSkipAMatch();
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
    // Vocabulary beyond the corpus, by class, from general knowledge.
    QTest::newRow("grip strength test") << u"Grip strength testing with a Jamar dynamometer"_s << u"Diagnostic Testing"_s
                                        << u"Other Diagnostic Tests"_s;
    QTest::newRow("range of motion test") << u"Range of motion testing of the cervical spine"_s << u"Diagnostic Testing"_s
                                          << u"Other Diagnostic Tests"_s;
    QTest::newRow("muscle strength test") << u"Computerized muscle strength testing, bilateral upper extremities"_s
                                          << u"Diagnostic Testing"_s << u"Other Diagnostic Tests"_s;
    QTest::newRow("sleep study") << u"Overnight polysomnography"_s << u"Diagnostic Testing"_s << u"Other Diagnostic Tests"_s;
    QTest::newRow("drug screen") << u"Urine drug screen, quarterly"_s << u"Diagnostic Testing"_s << u"Lab & Pathology"_s;
    QTest::newRow("hearing aids") << u"Bilateral hearing aids"_s << u"DMEPOS"_s << u"DME"_s;
    QTest::newRow("mobility aid") << u"Four-wheeled rollator walker"_s << u"DMEPOS"_s << u"DME"_s;
    QTest::newRow("cold therapy") << u"Cold therapy unit, 7-day rental"_s << u"DMEPOS"_s << u"DME"_s;
    QTest::newRow("knee brace") << u"Hinged knee brace"_s << u"DMEPOS"_s << u"Prosthetics/Orthotics"_s;
    QTest::newRow("assistant PA") << u"Assistant PA for the left shoulder surgery"_s << u"Surgery"_s
                                  << u"Adjunct Surgical Services"_s;
    QTest::newRow("assistant surgeon") << u"Assistant surgeon"_s << u"Surgery"_s << u"Adjunct Surgical Services"_s;
    QTest::newRow("pre-op clearance") << u"Pre-operative medical clearance with internist"_s << u"Surgery"_s
                                      << u"Adjunct Surgical Services"_s;
    QTest::newRow("post-op care") << u"Post-operative follow-up visits x 3"_s << u"Surgery"_s << u"Adjunct Surgical Services"_s;
    QTest::newRow("wound care nurse") << u"Wound care nurse visits, 3 times a week for 2 weeks"_s << u"Home Health"_s << QString();
    QTest::newRow("home aide") << u"Home health aide 4 hours a day"_s << u"Home Health"_s << QString();
    QTest::newRow("NSAID") << u"Meloxicam 15mg #30"_s << u"Pharmaceuticals"_s << u"NSAIDs"_s;
    QTest::newRow("anticonvulsant") << u"Pregabalin 75mg twice daily"_s << u"Pharmaceuticals"_s << u"Anti-epilepsy drugs"_s;
    QTest::newRow("antidepressant") << u"Duloxetine 60mg #30"_s << u"Pharmaceuticals"_s << u"Antidepressant"_s;
    QTest::newRow("PPI") << u"Pantoprazole 20mg #60"_s << u"Pharmaceuticals"_s << u"Proton Pump Inhibitors"_s;
    QTest::newRow("sleep aid") << u"Eszopiclone 2mg #30"_s << u"Pharmaceuticals"_s << u"Sleep Aids"_s;
    QTest::newRow("benzodiazepine") << u"Clonazepam 0.5mg #30"_s << u"Pharmaceuticals"_s << u"Benzodiazepine"_s;
    QTest::newRow("compound") << u"Compounded cream: ketoprofen 10%, lidocaine 5%"_s << u"Pharmaceuticals"_s
                              << u"Topical Compounds"_s;
    QTest::newRow("psych") << u"Cognitive behavioral therapy, 6 sessions"_s << u"Psych Services"_s << u"Therapies"_s;
    QTest::newRow("program") << u"Functional restoration program, 80 hours"_s << u"Programs"_s << u"Programs"_s;
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

void TestTreatmentTaxonomy::genericWordsMarkAConflict_data()
{
    QTest::addColumn<QString>("request");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("alternative");
    // A generic word decides, and a later rule of another category fits too.
    QTest::newRow("injection of a drug") << u"Toradol injection 60 mg"_s << u"Injection"_s << u"Pharmaceuticals"_s;
    QTest::newRow("visit about drugs") << u"Follow-up visit for medication management"_s
                                       << u"Evaluation & Management"_s << u"Pharmaceuticals"_s;
    // Specific words decide alone.
    QTest::newRow("specific") << u"Norco 10/325mg #90"_s << u"Pharmaceuticals"_s << QString();
    QTest::newRow("generic alone") << u"Office visit with pain management"_s << u"Evaluation & Management"_s << QString();
}

void TestTreatmentTaxonomy::genericWordsMarkAConflict()
{
    QFETCH(QString, request);
    QFETCH(QString, category);
    QFETCH(QString, alternative);
    const imr::TreatmentClass cls = TreatmentTaxonomy::instance().classify(request);
    QCOMPARE(cls.category, category);
    QCOMPARE(cls.alternative, alternative);
}

namespace {

QString writeFile(const QTemporaryDir &dir, const QByteArray &content)
{
    const QString path = dir.filePath(u"taxonomy.json"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return {};
    return path;
}

} // namespace

void TestTreatmentTaxonomy::userFileRulesComeFirst()
{
    QTemporaryDir dir;
    // Without the user's rule, "aquatic therapy" is physical therapy.
    QCOMPARE(TreatmentTaxonomy::builtIn().classify(u"Aquatic therapy x 8"_s).subcategory,
             u"Physical Therapy/Occupational Therapy (PT/OT)"_s);
    const QString path = writeFile(dir, "{\"rules\":[{\"category\":\"Rehabilitation\",\"subcategory\":\"Other Therapies\","
                                        "\"patterns\":[\"\\\\baquatic therapy\\\\b\"]}]}");
    QVERIFY(!path.isEmpty());
    QString error;
    const TreatmentTaxonomy t = TreatmentTaxonomy::withUserFile(path, &error);
    QCOMPARE(error, QString());
    QCOMPARE(t.userFile(), path);
    const imr::TreatmentClass aquatic = t.classify(u"Aquatic therapy x 8"_s);
    QCOMPARE(aquatic.subcategory, u"Other Therapies"_s);
    QVERIFY(aquatic.userRule);
    // The built-in rules still follow.
    const imr::TreatmentClass mri = t.classify(u"MRI of the knee"_s);
    QCOMPARE(mri.subcategory, u"Imaging/Radiology"_s);
    QVERIFY(!mri.userRule);
}

void TestTreatmentTaxonomy::invalidUserFileKeepsTheBuiltInTaxonomy_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason"); // words the message must hold
    QTest::newRow("not JSON") << QByteArray("{\"rules\": [") << u"not valid JSON"_s;
    QTest::newRow("no rules") << QByteArray("{\"categories\": []}") << u"rules"_s;
    QTest::newRow("bad pattern") << QByteArray("{\"rules\":[{\"category\":\"Injection\",\"patterns\":[\"(unclosed\"]}]}")
                                 << u"invalid pattern"_s;
    QTest::newRow("unknown category") << QByteArray("{\"rules\":[{\"category\":\"Injections\",\"patterns\":[\"x\"]}]}")
                                      << u"unknown category"_s;
    QTest::newRow("rule without patterns") << QByteArray("{\"rules\":[{\"category\":\"Injection\"}]}") << u"patterns"_s;
}

void TestTreatmentTaxonomy::invalidUserFileKeepsTheBuiltInTaxonomy()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = writeFile(dir, content);
    QVERIFY(!path.isEmpty());
    QString error;
    const TreatmentTaxonomy t = TreatmentTaxonomy::withUserFile(path, &error);
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY2(error.contains(path), "the message names the file");
    QVERIFY(error.contains(u"built-in"_s));
    QVERIFY(t.userFile().isEmpty());
    QCOMPARE(t.fingerprint(), TreatmentTaxonomy::builtIn().fingerprint());
    QCOMPARE(t.classify(u"MRI of the knee"_s).subcategory, u"Imaging/Radiology"_s);
}

void TestTreatmentTaxonomy::missingUserFileIsNoError()
{
    QTemporaryDir dir;
    QString error;
    const TreatmentTaxonomy t = TreatmentTaxonomy::withUserFile(dir.filePath(u"none.json"_s), &error);
    QCOMPARE(error, QString());
    QCOMPARE(t.fingerprint(), TreatmentTaxonomy::builtIn().fingerprint());
}

void TestTreatmentTaxonomy::fingerprintFollowsTheRules()
{
    QTemporaryDir dir;
    const QByteArray builtIn = TreatmentTaxonomy::builtIn().fingerprint();
    QVERIFY(!builtIn.isEmpty());
    QCOMPARE(TreatmentTaxonomy::builtIn().fingerprint(), builtIn); // stable
    QString error;
    const QString path = writeFile(dir, "{\"rules\":[{\"category\":\"Injection\",\"patterns\":[\"\\\\bprolo\"]}]}");
    const QByteArray one = TreatmentTaxonomy::withUserFile(path, &error).fingerprint();
    QVERIFY(one != builtIn);
    writeFile(dir, "{\"rules\":[{\"category\":\"Injection\",\"patterns\":[\"\\\\bprolotherapy\"]}]}");
    const QByteArray two = TreatmentTaxonomy::withUserFile(path, &error).fingerprint();
    QCOMPARE(error, QString());
    QVERIFY(two != one);
}

void TestTreatmentTaxonomy::requiredWordsNeverSkipAMatch_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QString>("matching"); // a request the pattern matches
    QTest::newRow("word") << u"\\bacupunct"_s << QStringList{u"acupunct"_s} << u"Acupuncture x 6"_s;
    QTest::newRow("group of words") << u"\\b(fusion|laminectomy)\\b"_s << QStringList{u"fusion"_s, u"laminectomy"_s}
                                    << u"L4-5 Laminectomy"_s;
    QTest::newRow("top-level alternatives") << u"\\blinament|\\bliniment"_s
                                            << QStringList{u"linament"_s, u"liniment"_s} << u"Tiger liniment"_s;
    QTest::newRow("optional last letter") << u"\\bcompounds?\\b"_s << QStringList{u"compound"_s} << u"Compound cream"_s;
    QTest::newRow("optional group") << u"\\b(pre-?)?op clearance"_s << QStringList() << u"op clearance"_s;
    QTest::newRow("class first") << u"[a-z]+ectomy"_s << QStringList() << u"meniscectomy"_s;
    QTest::newRow("lookahead") << u"^(?=.*\\bconsult)"_s << QStringList() << u"Ortho consult"_s;
    QTest::newRow("digit class") << u"\\d+\\s*mg"_s << QStringList() << u"10 mg"_s;
    QTest::newRow("group with quantifier inside") << u"\\b(pa|surgeon'?s?) assist"_s << QStringList()
                                                  << u"surgeons assist"_s;
    QTest::newRow("non-ASCII word") << u"\u00b5g"_s << QStringList() << u"\u00b5G"_s;
    QTest::newRow("quoted") << u"\\Qa|b\\E"_s << QStringList() << u"a|b"_s;
    QTest::newRow("class with a bracket") << u"[]x]|y"_s << QStringList() << u"]"_s;
    QTest::newRow("words then class") << u"\\bpost[- ]?op\\b"_s << QStringList{u"post"_s} << u"Post-op visit"_s;
}

void TestTreatmentTaxonomy::requiredWordsNeverSkipAMatch()
{
    QFETCH(QString, pattern);
    QFETCH(QStringList, words);
    QFETCH(QString, matching);
    QCOMPARE(TreatmentTaxonomy::requiredWords(pattern), words);
    QVERIFY(QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption).match(matching).hasMatch());
    if (!words.isEmpty()) {
        const QString lower = matching.toLower();
        QVERIFY(std::any_of(words.begin(), words.end(), [&](const QString &w) { return lower.contains(w); }));
    }
}

QTEST_GUILESS_MAIN(TestTreatmentTaxonomy)
#include "tst_treatmenttaxonomy.moc"
