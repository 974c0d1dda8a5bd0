// The extractor's rules one at a time, on short passages written for each
// phrasing: diagnoses, item statements of the older layouts, the 2014 final
// determination, header dates without labels, and the folding of a passage
// into one line.

#include "extraction/casesummaryparser.h"
#include "extraction/finaldetermination.h"
#include "extraction/headerparser.h"
#include "extraction/itemstatement.h"
#include "extraction/lettertext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using imr::FieldId;

class TestExtractionRules : public QObject
{
    Q_OBJECT
private slots:
    void diagnoses_data();
    void diagnoses();
    void itemStatements_data();
    void itemStatements();
    void finalDetermination_data();
    void finalDetermination();
    void headerDatesWithoutLabelsAreMarked();
    void foldedReadsLikeSimplified_data();
    void foldedReadsLikeSimplified();
};

void TestExtractionRules::diagnoses_data()
{
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("diagnoses");
    QTest::addColumn<bool>("attention");
    QTest::newRow("diagnoses include")
        << u"The patient is a 45 year old male. Diagnoses include lumbar strain and lumbar radiculopathy. He takes Norco."_s
        << u"lumbar strain; lumbar radiculopathy"_s << false;
    QTest::newRow("gave a diagnosis of")
        << u"The treating physician gave the applicant a diagnosis of right\nshoulder impingement syndrome. Treatment included therapy."_s
        << u"right shoulder impingement syndrome"_s << false;
    QTest::newRow("diagnosed with")
        << u"She was diagnosed with carpal tunnel syndrome, bilateral. An EMG was normal."_s
        << u"carpal tunnel syndrome; bilateral"_s << false;
    QTest::newRow("label")
        << u"Diagnoses: cervical sprain; thoracic sprain. Plan: therapy."_s << u"cervical sprain; thoracic sprain"_s << false;
    QTest::newRow("filed a claim for")
        << u"The applicant is a 52-year-old who has filed a claim for chronic low back pain reportedly associated with an "
           "industrial injury of October 10, 2015."_s
        << u"chronic low back pain"_s << true;
    QTest::newRow("filed a claim for several parts")
        << u"The applicant has filed a claim for neck, shoulder, and arm pain reportedly associated with an industrial "
           "injury of November 2, 2016."_s
        << u"neck, shoulder, and arm pain"_s << true;
    QTest::newRow("hedged") << u"The physician noted a possible diagnosis of complex regional pain syndrome. Tests followed."_s
                            << u"complex regional pain syndrome"_s << true;
    QTest::newRow("rule out") << u"Diagnoses include rule out lumbar radiculopathy. Plan: EMG."_s
                              << u"rule out lumbar radiculopathy"_s << true;
    QTest::newRow("none") << u"The patient reports pain at 6/10 and asks for medication."_s << QString() << false;
}

void TestExtractionRules::diagnoses()
{
    QFETCH(QString, summary);
    QFETCH(QString, diagnoses);
    QFETCH(bool, attention);
    const imr::LetterText text(summary);
    imr::DeterminationRecord record;
    imr::CaseSummaryParser::parse(text, 0, summary.size(), record);
    const imr::FieldValue v = record.field(FieldId::Diagnoses);
    QCOMPARE(v.value, diagnoses);
    QCOMPARE(v.needsAttention(), attention);
    if (!diagnoses.isEmpty()) {
        QVERIFY(!v.spans.isEmpty());
        QVERIFY(v.spans.first().end() <= summary.size());
    }
    if (attention)
        QVERIFY(!v.note.isEmpty());
}

void TestExtractionRules::itemStatements_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("request");
    QTest::addColumn<QString>("decision");
    QTest::newRow("2013 decision, squeezed")
        << u"1) MAXIMUS Federal Services, Inc. has determined the request for Tramadol ER 150mg #30 is notmedically "
           "necessary and appropriate."_s
        << u"Tramadol ER 150mg #30"_s << u"Upheld"_s;
    QTest::newRow("2013 decision, necessary")
        << u"2) MAXIMUS Federal Services, Inc. has determined the request for physical therapy, 8 sessions is medically\n"
           "necessary and appropriate."_s
        << u"physical therapy, 8 sessions"_s << u"Overturned"_s;
    QTest::newRow("2013 regarding") << u"Regarding the request for a lumbar MRI:"_s << u"lumbar MRI"_s << QString();
    QTest::newRow("2014 question")
        << u"1. Is the request for Cyclobenzaprine 7.5mg #60 medically necessary and appropriate?"_s
        << u"Cyclobenzaprine 7.5mg #60"_s << QString();
    QTest::newRow("2014 statement, not")
        << u"2. Home health aide, 4 hours a day is not medically necessary and appropriate."_s
        << u"Home health aide, 4 hours a day"_s << u"Upheld"_s;
    QTest::newRow("2014 statement")
        << u"3. Right knee MRI without contrast is medically necessary and appropriate."_s
        << u"Right knee MRI without contrast"_s << u"Overturned"_s;
}

void TestExtractionRules::itemStatements()
{
    QFETCH(QString, statement);
    QFETCH(QString, request);
    QFETCH(QString, decision);
    const imr::LetterText text(statement);
    const imr::ItemStatement s = imr::ItemStatement::parse(text, 0, statement.size());
    QVERIFY(s.recognised);
    QCOMPARE(text.folded(s.request.start, s.request.end()), request);
    QCOMPARE(s.decision == imr::ItemStatement::Decision::Unstated ? QString() : imr::ItemStatement::decisionName(s.decision),
             decision);
}

void TestExtractionRules::finalDetermination_data()
{
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QStringList>("decisions"); // of the items, "" for none found
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<QList<bool>>("attention");
    QTest::newRow("uphold fills a missing decision")
        << u"Final Determination: UPHOLD"_s << QStringList{u""_s, u"Upheld"_s} << QStringList{u"Upheld"_s, u"Upheld"_s}
        << QList<bool>{false, false};
    QTest::newRow("overturn disagrees")
        << u"Final Determination: OVERTURN"_s << QStringList{u"Overturned"_s, u"Upheld"_s}
        << QStringList{u"Overturned"_s, u"Upheld"_s} << QList<bool>{false, true};
    QTest::newRow("partial overturn, same decisions")
        << u"Final Determination: PARTIAL OVERTURN"_s << QStringList{u"Upheld"_s, u"Upheld"_s}
        << QStringList{u"Upheld"_s, u"Upheld"_s} << QList<bool>{true, true};
    QTest::newRow("partial overturn, mixed")
        << u"Final Determination: PARTIAL OVERTURN"_s << QStringList{u"Upheld"_s, u"Overturned"_s}
        << QStringList{u"Upheld"_s, u"Overturned"_s} << QList<bool>{false, false};
    QTest::newRow("prose is not the summary")
        << u"The Final Determination was based on decisions for the disputed items"_s << QStringList{u""_s}
        << QStringList{u""_s} << QList<bool>{false};
}

void TestExtractionRules::finalDetermination()
{
    QFETCH(QString, summary);
    QFETCH(QStringList, decisions);
    QFETCH(QStringList, after);
    QFETCH(QList<bool>, attention);
    const imr::LetterText text(summary);
    imr::DeterminationRecord record;
    for (const QString &d : decisions) {
        imr::DisputedItem item;
        if (!d.isEmpty()) {
            item.fields[FieldId::Decision].value = d;
            item.fields[FieldId::Decision].confidence = 0.95;
        }
        record.items << item;
    }
    imr::FinalDetermination::apply(text, record);
    for (qsizetype i = 0; i < after.size(); ++i) {
        const imr::FieldValue v = record.items[i].field(FieldId::Decision);
        QCOMPARE(v.value, after[i]);
        QCOMPARE(v.needsAttention(), attention[i]);
    }
}

void TestExtractionRules::headerDatesWithoutLabelsAreMarked()
{
    // A rendering that lost the header's labels: the dates are read, but no
    // date can be trusted to be the field its position suggests.
    const QString header = u"MAXIMUS FEDERAL SERVICES\nCM16-0900300\n11/09/2016\n12/07/2016\nStandard\n06/21/2014\n10/25/2016\n"
                           "11/02/2016\n\nDear Applicant,\n"_s;
    const imr::LetterText text(header);
    imr::DeterminationRecord record;
    imr::HeaderParser::parse(text, header.size(), record);
    QCOMPARE(record.field(FieldId::CaseNumber).value, u"CM16-0900300"_s);
    for (FieldId id : {FieldId::DateAssigned, FieldId::DecisionDate, FieldId::DateOfInjury, FieldId::UrDenialDate,
                       FieldId::ApplicationReceived}) {
        const imr::FieldValue v = record.field(id);
        QVERIFY2(v.needsAttention(), qPrintable(u"field %1 unmarked: '%2'"_s.arg(int(id)).arg(v.value)));
        QVERIFY(!v.note.isEmpty());
    }
    QVERIFY(record.field(FieldId::Priority).needsAttention());
}

// Folding passes over plain text eight characters at a time: whatever
// breaks the plain run, wherever it falls in or around a block of eight,
// is folded as QString::simplified() would fold it.
void TestExtractionRules::foldedReadsLikeSimplified_data()
{
    QTest::addColumn<QString>("text");
    const QString words = u"Requested:lumbar-MRI;per_ODG(2015)and\"MTUS\"guidance.#42"_s;
    const QList<std::pair<const char *, QString>> breaks{
        {"space", u" "_s},         {"two spaces", u"  "_s},     {"line break", u"\n"_s},
        {"space, line", u" \n"_s}, {"tab", u"\t"_s},            {"page break", u"\f"_s},
        {"no-break", u"\u00a0"_s}, {"accent", u"\u00e9 "_s}, {"control", u"\u0001"_s},
        {"spaces run", u" \r\n \n  "_s},
    };
    for (const auto &[name, gap] : breaks) {
        for (int at : {0, 1, 7, 8, 9, 15, 16, 17, 23, 24, 31, 32, 40, 51, 52}) {
            QString text = words;
            text.insert(at, gap);
            QTest::addRow("%s at %d", name, at) << text;
        }
    }
    QTest::newRow("single spaces") << u"one two three four five six seven eight nine ten eleven"_s;
    QTest::newRow("lines") << u"  one two\nthree four five six seven\n\neight nine ten eleven \n"_s;
    QTest::newRow("short") << u" a  b "_s;
    QTest::newRow("empty") << QString();
}

void TestExtractionRules::foldedReadsLikeSimplified()
{
    QFETCH(QString, text);
    const imr::LetterText letter(text);
    QCOMPARE(letter.folded(0, text.size()), text.simplified());
    for (qsizetype from : {1, 3, 8}) {
        for (qsizetype back : {0, 1, 9}) {
            const qsizetype to = std::max(from, text.size() - back);
            QCOMPARE(letter.folded(from, to), text.mid(from, to - from).simplified());
        }
    }
}

QTEST_GUILESS_MAIN(TestExtractionRules)
#include "tst_extractionrules.moc"
