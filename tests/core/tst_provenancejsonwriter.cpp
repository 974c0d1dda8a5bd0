// The provenance export: one JSON object per letter whose fields carry
// value, confidence, attention, reason, review state and spans into the text.

#include "export/provenancejsonwriter.h"
#include "extraction/fieldschema.h"
#include "extraction/letterextractor.h"
#include "extraction/textdecoder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using imr::FieldId;

namespace {

imr::Letter fixtureLetter(const QString &name)
{
    imr::Letter letter;
    QFile f(QStringLiteral(IMR_TEST_DATA "/letters/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return letter;
    letter.relativePath = name;
    letter.text = imr::TextDecoder::decode(f.readAll()).text;
    letter.record = imr::LetterExtractor().extract(letter.text);
    return letter;
}

QJsonObject parseLine(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
}

} // namespace

class TestProvenanceJsonWriter : public QObject
{
    Q_OBJECT
private slots:
    void oneLinePerLetter();
    void everyColumnHasTheFieldShape();
    void spansQuoteTheLetter_data();
    void spansQuoteTheLetter();
    void reviewStatesAreNamed_data();
    void reviewStatesAreNamed();
    void attentionCarriesItsReason();
    void unreadableLetterHasALoadError();
};

void TestProvenanceJsonWriter::oneLinePerLetter()
{
    const imr::Letter letter = fixtureLetter(u"default-layout.txt"_s);
    QVERIFY(!letter.text.isEmpty());
    const QByteArray line = imr::ProvenanceJsonWriter::lineBytes(letter);
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(line.count('\n'), 1);
    const QJsonObject o = parseLine(line);
    QCOMPARE(o[u"file"_s].toString(), u"default-layout.txt"_s);
    QVERIFY(o[u"load_error"_s].isNull());
    QCOMPARE(o[u"review_status"_s].toString(), u"unreviewed"_s);
    QCOMPARE(o[u"items"_s].toArray().size(), letter.record.items.size());
    QCOMPARE(o[u"items"_s].toArray().first()[u"item_number"_s].toInt(), 1);
}

void TestProvenanceJsonWriter::everyColumnHasTheFieldShape()
{
    const imr::Letter letter = fixtureLetter(u"default-layout.txt"_s);
    const QJsonObject o = imr::ProvenanceJsonWriter::letterObject(letter);
    const auto checkShape = [](const QJsonObject &fields, const QList<FieldId> &ids) {
        QCOMPARE(fields.size(), ids.size());
        for (FieldId id : ids) {
            const QJsonObject f = fields[imr::FieldSchema::columnName(id)].toObject();
            QVERIFY2(!f.isEmpty(), qPrintable(imr::FieldSchema::columnName(id)));
            QVERIFY(f[u"value"_s].isString());
            QVERIFY(f[u"confidence"_s].isDouble());
            QVERIFY(f[u"attention"_s].isBool());
            QVERIFY(f[u"reason"_s].isString());
            QVERIFY(f[u"state"_s].isString());
            QVERIFY(f[u"spans"_s].isArray());
            QVERIFY(f[u"quote"_s].isString());
        }
    };
    checkShape(o[u"fields"_s].toObject(), imr::FieldSchema::letterFields());
    for (const QJsonValue &item : o[u"items"_s].toArray())
        checkShape(item[u"fields"_s].toObject(), imr::FieldSchema::itemFields());
    QCOMPARE(o[u"fields"_s][u"case_number"_s][u"value"_s].toString(), u"CM16-0900201"_s);
}

void TestProvenanceJsonWriter::spansQuoteTheLetter_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("quoted"); // words the quote must hold
    QTest::newRow("case number") << u"case_number"_s << u"CM16-0900201"_s;
    QTest::newRow("decision date") << u"decision_date"_s << u"12/07/2016"_s;
}

void TestProvenanceJsonWriter::spansQuoteTheLetter()
{
    QFETCH(QString, column);
    QFETCH(QString, quoted);
    const imr::Letter letter = fixtureLetter(u"default-layout.txt"_s);
    const QJsonObject f = imr::ProvenanceJsonWriter::letterObject(letter)[u"fields"_s][column].toObject();
    const QJsonArray spans = f[u"spans"_s].toArray();
    QVERIFY(!spans.isEmpty());
    // Offsets index the letter's text: the span's text is the quote.
    const QJsonArray first = spans.first().toArray();
    QCOMPARE(first.size(), 2);
    const QString at = letter.text.mid(first[0].toInt(), first[1].toInt());
    QCOMPARE(at.simplified(), f[u"quote"_s].toString());
    QVERIFY2(f[u"quote"_s].toString().contains(quoted), qPrintable(f[u"quote"_s].toString()));
}

void TestProvenanceJsonWriter::reviewStatesAreNamed_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("name");
    QTest::newRow("extracted") << int(imr::ReviewState::Extracted) << u"extracted"_s;
    QTest::newRow("confirmed") << int(imr::ReviewState::Confirmed) << u"confirmed"_s;
    QTest::newRow("corrected") << int(imr::ReviewState::Corrected) << u"corrected"_s;
}

void TestProvenanceJsonWriter::reviewStatesAreNamed()
{
    QFETCH(int, state);
    QFETCH(QString, name);
    imr::Letter letter = fixtureLetter(u"default-layout.txt"_s);
    letter.record.fields[FieldId::Priority].state = imr::ReviewState(state);
    letter.record.items[0].fields[FieldId::Decision].state = imr::ReviewState(state);
    const QJsonObject o = imr::ProvenanceJsonWriter::letterObject(letter);
    QCOMPARE(o[u"fields"_s][u"priority"_s][u"state"_s].toString(), name);
    QCOMPARE(o[u"items"_s][0][u"fields"_s][u"decision"_s][u"state"_s].toString(), name);
    QCOMPARE(o[u"fields"_s][u"case_number"_s][u"state"_s].toString(), u"extracted"_s);
}

void TestProvenanceJsonWriter::attentionCarriesItsReason()
{
    imr::Letter letter = fixtureLetter(u"default-layout.txt"_s);
    imr::FieldValue &v = letter.record.fields[FieldId::Priority];
    v.confidence = 0.4;
    v.note = u"The word stands in the header without a label."_s;
    const QJsonObject f = imr::ProvenanceJsonWriter::letterObject(letter)[u"fields"_s][u"priority"_s].toObject();
    QVERIFY(f[u"attention"_s].toBool());
    QCOMPARE(f[u"confidence"_s].toDouble(), 0.4);
    QCOMPARE(f[u"reason"_s].toString(), v.note);
    const QJsonObject sure = imr::ProvenanceJsonWriter::letterObject(letter)[u"fields"_s][u"case_number"_s].toObject();
    QVERIFY(!sure[u"attention"_s].toBool());
    QCOMPARE(sure[u"reason"_s].toString(), QString());
}

void TestProvenanceJsonWriter::unreadableLetterHasALoadError()
{
    imr::Letter letter;
    letter.relativePath = u"broken.pdf"_s;
    letter.error = u"The PDF is damaged."_s;
    const QJsonObject o = parseLine(imr::ProvenanceJsonWriter::lineBytes(letter));
    QCOMPARE(o[u"file"_s].toString(), u"broken.pdf"_s);
    QCOMPARE(o[u"load_error"_s].toString(), u"The PDF is damaged."_s);
    QVERIFY(o[u"items"_s].toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestProvenanceJsonWriter)
#include "tst_provenancejsonwriter.moc"
