// De-identification (HIPAA Safe Harbor): planted identifiers never reach
// the output, and the letters' ordinary medical wording survives.
#include "export/deidentifier.h"
#include "export/reviewedcsvwriter.h"
#include "extraction/fieldschema.h"
#include "../fuzz/strictcsvreader.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using imr::Deidentifier;
using imr::FieldId;

class TestDeidentifier : public QObject
{
    Q_OBJECT
private slots:
    void scrubsIdentifiers_data();
    void scrubsIdentifiers();
    void keepsMedicalWording_data();
    void keepsMedicalWording();
    void withholdsWhatItCannotTrust_data();
    void withholdsWhatItCannotTrust();
    void wordsTheLetterWritesAreNotNames();
    void datesBecomeYears_data();
    void datesBecomeYears();
    void ages_data();
    void ages();
    void pseudonymsAreStableAndKeyed();
    void letterInTheCsv();
};

void TestDeidentifier::scrubsIdentifiers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("planted"); // none may remain
    QTest::newRow("titled name") << u"Per Dr. Helen Okafor's note the pain persists."_s << QStringList{u"Helen"_s, u"Okafor"_s};
    QTest::newRow("initial") << u"Seen by Dr. J. Whitcombe for follow-up."_s << QStringList{u"Whitcombe"_s};
    QTest::newRow("credentials") << u"A report by Samuel Reyes, M.D. was reviewed."_s << QStringList{u"Samuel"_s, u"Reyes"_s};
    QTest::newRow("credentials without dots") << u"Notes of Priya Natarajan MD document it."_s
                                              << QStringList{u"Priya"_s, u"Natarajan"_s};
    QTest::newRow("the worker named") << u"The claimant, Maria Gonzalez, reports relief."_s
                                      << QStringList{u"Maria"_s, u"Gonzalez"_s};
    QTest::newRow("a relative") << u"Her sister Agnieszka Wolanski drives her to therapy."_s
                                << QStringList{u"Agnieszka"_s, u"Wolanski"_s};
    QTest::newRow("a surname opening a sentence") << u"Patient Garcia reports relief. Claimant Nguyen agrees."_s
                                                  << QStringList{u"Garcia"_s, u"Nguyen"_s};
    QTest::newRow("phone") << u"Call 559-555-0142 to schedule."_s << QStringList{u"559-555-0142"_s, u"0142"_s};
    QTest::newRow("fax") << u"Records were faxed to (559) 555-0199 on request."_s << QStringList{u"555-0199"_s};
    QTest::newRow("e-mail") << u"Questions to hokafor@clinic-example.org please."_s
                            << QStringList{u"hokafor"_s, u"clinic-example"_s};
    QTest::newRow("web address") << u"See https://clinic.example.org/patients/88 for details."_s
                                 << QStringList{u"clinic.example"_s};
    QTest::newRow("street address") << u"The clinic at 1200 Harbor Boulevard, Suite 4B treats her."_s
                                    << QStringList{u"1200"_s, u"Harbor"_s, u"4B"_s};
    QTest::newRow("city") << u"She moved to Fresno, CA in the spring."_s << QStringList{u"Fresno"_s};
    QTest::newRow("county") << u"She works for San Joaquin County as a clerk."_s << QStringList{u"Joaquin"_s};
    QTest::newRow("zip code") << u"Her address ends in 93721."_s << QStringList{u"93721"_s};
    QTest::newRow("social security number") << u"SSN 123-45-6789 on file."_s << QStringList{u"123-45-6789"_s};
    QTest::newRow("claim number") << u"Claim ADJ9876543 was accepted."_s << QStringList{u"ADJ9876543"_s};
    QTest::newRow("case number") << u"Case CM16-0900201 is related."_s << QStringList{u"0900201"_s};
    QTest::newRow("numeric date") << u"Seen on 10-11-2016 and 3/10/16."_s << QStringList{u"10-11"_s, u"3/10"_s};
    QTest::newRow("written date") << u"On March 3, 2016 and on 4th of May 2016 she improved."_s
                                  << QStringList{u"March"_s, u"May"_s, u" 3,"_s};
    QTest::newRow("date without a year") << u"Therapy began on 3/15 and ended June 2nd."_s
                                         << QStringList{u"3/15"_s, u"June"_s};
}

void TestDeidentifier::scrubsIdentifiers()
{
    QFETCH(QString, text);
    QFETCH(QStringList, planted);
    const Deidentifier d;
    const QString out = d.scrub(text);
    for (const QString &p : planted)
        QVERIFY2(!out.contains(p), qPrintable(out));
}

// Wording of the letters (the project's own fixture letters and the
// guideline titles): scrubbed, but not withheld.
void TestDeidentifier::keepsMedicalWording_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("MTUS citation") << u"Decision based on MTUS Neck and Upper Back Complaints 2004, Section(s): Special Studies."_s;
    QTest::newRow("ODG citation")
        << u"Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Neck and Upper Back, "
           "Magnetic resonance imaging (MRI)."_s;
    QTest::newRow("chronic pain") << u"Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Opioids, "
                                     "criteria for use, pages 76-80."_s;
    QTest::newRow("rationale")
        << u"The guidelines reserve imaging of the neck for red flag conditions. CA MTUS/ACOEM Guidelines state "
           "that Hawkins impingement testing is not enough. Therefore, the request for MRI of the cervical spine "
           "without contrast is not medically necessary."_s;
    QTest::newRow("request") << u"Norco 10/325mg #60"_s;
    QTest::newRow("pain score") << u"Pain was rated 6/10 with medication."_s;
}

void TestDeidentifier::keepsMedicalWording()
{
    QFETCH(QString, text);
    const Deidentifier d;
    bool dropped = true;
    const QString out = d.scrub(text, &dropped);
    QVERIFY2(!dropped, qPrintable(out));
    // Nothing in these is an identifier: they come through unchanged.
    QCOMPARE(out, text);
}

void TestDeidentifier::withholdsWhatItCannotTrust_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::newRow("a bare name") << u"The worker met with Tobias Fairweather about the plan."_s << u"Fairweather"_s;
    QTest::newRow("a neighbour") << u"Her neighbour Agnieszka Wolanski drives her to therapy."_s << u"Wolanski"_s;
}

void TestDeidentifier::withholdsWhatItCannotTrust()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    const Deidentifier d;
    bool dropped = false;
    const QString out = d.scrub(text, &dropped);
    QVERIFY(dropped);
    QCOMPARE(out, Deidentifier::withheld());
    QVERIFY(!out.contains(name));
    QCOMPARE(d.droppedCount(), 1);
}

// "Dose Escalation" in a citation is no name when the letter speaks of
// dose escalation; a name the letter never writes in lower case still is.
void TestDeidentifier::wordsTheLetterWritesAreNotNames()
{
    const QSet<QString> common = Deidentifier::lowerCaseWords(u"She reported dose escalation and a cascade of events."_s);
    QVERIFY(common.contains(u"escalation"_s));
    QVERIFY(!common.contains(u"She"_s.toLower())); // written capitalised only
    // Addresses say nothing of words: "tobias.fairweather@…" keeps the name a name.
    const QSet<QString> mailed = Deidentifier::lowerCaseWords(u"Write to tobias.fairweather@example.org today."_s);
    QVERIFY(!mailed.contains(u"fairweather"_s));
    QVERIFY(mailed.contains(u"today"_s));
    const Deidentifier d;
    bool dropped = true;
    const QString cited = u"Decision based on the Opioids Dose Escalation Cascade section."_s;
    QCOMPARE(d.scrub(cited, &dropped, common), cited);
    QVERIFY(!dropped);
    d.scrub(cited, &dropped); // without the letter's words
    QVERIFY(dropped);
    d.scrub(u"The worker met with Tobias Fairweather about dose escalation."_s, &dropped, common);
    QVERIFY(dropped);
}

void TestDeidentifier::datesBecomeYears_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("year");
    QTest::newRow("ISO") << u"2016-12-07"_s << u"2016"_s;
    QTest::newRow("timestamp") << u"2017-01-05T10:22:01Z"_s << u"2017"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("not a date") << u"soon"_s << QString();
}

void TestDeidentifier::datesBecomeYears()
{
    QFETCH(QString, date);
    QFETCH(QString, year);
    QCOMPARE(Deidentifier::yearOnly(date), year);
}

void TestDeidentifier::ages_data()
{
    QTest::addColumn<QString>("age");
    QTest::addColumn<QString>("shown");
    QTest::newRow("48") << u"48"_s << u"48"_s;
    QTest::newRow("89") << u"89"_s << u"89"_s;
    QTest::newRow("90") << u"90"_s << u"90+"_s;
    QTest::newRow("104") << u"104"_s << u"90+"_s;
    QTest::newRow("92 years") << u"92 years"_s << u"90+"_s;
    QTest::newRow("92.5") << u"92.5"_s << u"90+"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestDeidentifier::ages()
{
    QFETCH(QString, age);
    QFETCH(QString, shown);
    QCOMPARE(Deidentifier::age(age), shown);
}

void TestDeidentifier::pseudonymsAreStableAndKeyed()
{
    const Deidentifier one(QByteArray(32, 'a'));
    const Deidentifier other(QByteArray(32, 'b'));
    const QString p = one.pseudonym(u"C"_s, u"CM16-0900201"_s);
    QVERIFY(p.startsWith(u"C-"_s));
    QVERIFY(!p.contains(u"0900201"_s));
    QCOMPARE(one.pseudonym(u"C"_s, u" cm16-0900201"_s), p); // one case, one pseudonym
    QVERIFY(one.pseudonym(u"C"_s, u"CM16-0900202"_s) != p);
    QVERIFY(other.pseudonym(u"C"_s, u"CM16-0900201"_s) != p); // another export, another key
    QVERIFY(Deidentifier().pseudonym(u"C"_s, u"CM16-0900201"_s) != Deidentifier().pseudonym(u"C"_s, u"CM16-0900201"_s));
}

// A whole letter with identifiers planted in every kind of field, through
// the reviewed CSV writer.
void TestDeidentifier::letterInTheCsv()
{
    imr::Letter l;
    l.relativePath = u"2016/CM16-0900201 Okafor.txt"_s;
    l.reviewedBy = u"Ana Whitfield"_s;
    l.reviewedAt = u"2017-01-05T10:22:01Z"_s;
    auto &f = l.record.fields;
    f[FieldId::CaseNumber].value = u"CM16-0900201"_s;
    f[FieldId::DateAssigned].value = u"2016-11-09"_s;
    f[FieldId::DecisionDate].value = u"2016-12-07"_s;
    f[FieldId::DateOfInjury].value = u"2014-06-21"_s;
    f[FieldId::UrDenialDate].value = u"2016-10-25"_s;
    f[FieldId::ApplicationReceived].value = u"2016-11-02"_s;
    f[FieldId::PatientAge].value = u"93"_s;
    f[FieldId::PatientAge].state = imr::ReviewState::Corrected;
    f[FieldId::Diagnoses].value = u"neck strain; injury at 1200 Harbor Boulevard"_s;
    imr::DisputedItem item;
    item.fields[FieldId::ItemRequest].value = u"Follow-up with Dr. Helen Okafor on 3/15"_s;
    item.fields[FieldId::Decision].value = u"Upheld"_s;
    item.fields[FieldId::Rationale].value = u"Dr. Okafor (559-555-0142, hokafor@clinic-example.org) saw her on "
                                            "10-11-2016. Therefore the request is not medically necessary."_s;
    l.record.items << item;
    // A fixed key: the pseudonyms' hex digits are then known not to spell
    // a planted number by chance.
    const Deidentifier d(QByteArray(32, 'k'));
    const QString csv = QString::fromUtf8(imr::ReviewedCsvWriter::rowBytes(d.apply(l)));
    for (const QString &planted : {u"0900201"_s, u"Okafor"_s, u"Helen"_s, u"Whitfield"_s, u"Harbor"_s, u"559-555"_s,
                                   u"hokafor"_s, u"11-09"_s, u"12-07"_s, u"06-21"_s, u"10-25"_s, u"11-02"_s, u"01-05"_s,
                                   u"3/15"_s, u"10-11"_s, u"93"_s})
        QVERIFY2(!csv.contains(planted), qPrintable(planted + u": "_s + csv));
    const auto rows = imr::fuzz::readStrictCsv(csv);
    QVERIFY(rows && rows->size() == 1);
    const QStringList cells = rows->first();
    const QStringList header = imr::ReviewedCsvWriter::header();
    QCOMPARE(cells.value(int(header.indexOf(u"decision_date"_s))), u"2016"_s);
    QCOMPARE(cells.value(int(header.indexOf(u"patient_age"_s))), u"90+"_s);
    QCOMPARE(cells.value(int(header.indexOf(u"reviewed_at"_s))), u"2017"_s);
    QVERIFY(cells.value(int(header.indexOf(u"file"_s))).endsWith(u".txt"_s));
    // The review columns still say what was corrected by hand.
    QCOMPARE(cells.value(int(header.indexOf(u"corrected_fields"_s))), u"patient_age"_s);
    QVERIFY(csv.contains(u"Therefore the request is not medically necessary."_s));
}

QTEST_GUILESS_MAIN(TestDeidentifier)
#include "tst_deidentifier.moc"
