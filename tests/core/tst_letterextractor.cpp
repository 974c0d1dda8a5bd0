// Every fixture letter in tests/data/letters has NAME.expected.json: the
// value of each field and the exact text its span must cover.

#include "extraction/fieldschema.h"
#include "extraction/letterextractor.h"
#include "extraction/lettertext.h"
#include "extraction/textdecoder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using imr::FieldId;

namespace {

const QString kLetters = QStringLiteral(IMR_TEST_DATA "/letters");

struct Extracted
{
    QString text;
    imr::DeterminationRecord record;
};

const Extracted &extracted(const QString &name)
{
    static QHash<QString, Extracted> cache;
    auto it = cache.find(name);
    if (it == cache.end()) {
        QFile f(kLetters + u'/' + name);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot open fixture %s", qPrintable(name));
        Extracted e;
        e.text = imr::TextDecoder::decode(f.readAll()).text;
        e.record = imr::LetterExtractor().extract(e.text);
        it = cache.insert(name, e);
    }
    return *it;
}

QJsonObject expectations(const QString &name)
{
    QFile f(kLetters + u'/' + QFileInfo(name).completeBaseName() + u".expected.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open expectations for %s", qPrintable(name));
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestLetterExtractor : public QObject
{
    Q_OBJECT
private slots:
    void fields_data();
    void fields();
    void itemCount_data();
    void itemCount();
    void spansLieInsideTheText();
    void emptyAndUnrelatedTextGiveEmptyRecords_data();
    void emptyAndUnrelatedTextGiveEmptyRecords();
    void lowConfidenceHasAReason();
};

void TestLetterExtractor::fields_data()
{
    QTest::addColumn<QString>("letter");
    QTest::addColumn<int>("item");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("source");
    const QStringList letters = QDir(kLetters).entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    QVERIFY(letters.size() >= 9);
    for (const QString &letter : letters) {
        const QJsonObject expected = expectations(letter);
        const auto addRows = [&](const QJsonObject &fields, int item) {
            for (auto it = fields.begin(); it != fields.end(); ++it) {
                const QJsonObject f = it.value().toObject();
                const QString where = item < 0 ? QString() : u"item "_s + QString::number(item + 1) + u':';
                const QString tag = letter + u':' + where + it.key();
                QTest::newRow(qPrintable(tag)) << letter << item << it.key() << f[u"value"_s].toString()
                                               << f[u"source"_s].toString();
            }
        };
        addRows(expected[u"fields"_s].toObject(), -1);
        const QJsonArray items = expected[u"items"_s].toArray();
        for (int i = 0; i < items.size(); ++i)
            addRows(items[i].toObject(), i);
    }
}

void TestLetterExtractor::fields()
{
    QFETCH(QString, letter);
    QFETCH(int, item);
    QFETCH(QString, column);
    QFETCH(QString, value);
    QFETCH(QString, source);
    FieldId id;
    QVERIFY2(imr::FieldSchema::fromColumnName(column, &id), qPrintable(column));
    const Extracted &e = extracted(letter);
    QVERIFY2(item < e.record.items.size(), "item missing");
    const imr::FieldValue v = e.record.field(item, id);
    QCOMPARE(v.value, value);
    QVERIFY(v.confidence > 0.0 && v.confidence <= 1.0);
    if (source.isEmpty())
        return;
    QVERIFY2(!v.spans.isEmpty(), "no source span");
    const imr::LetterText text(e.text);
    QCOMPARE(text.folded(v.spans.first().start, v.spans.first().end()), source);
}

void TestLetterExtractor::itemCount_data()
{
    QTest::addColumn<QString>("letter");
    QTest::addColumn<int>("count");
    for (const QString &letter : QDir(kLetters).entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(letter)) << letter << int(expectations(letter)[u"items"_s].toArray().size());
}

void TestLetterExtractor::itemCount()
{
    QFETCH(QString, letter);
    QFETCH(int, count);
    QCOMPARE(extracted(letter).record.items.size(), count);
}

void TestLetterExtractor::spansLieInsideTheText()
{
    for (const QString &letter : QDir(kLetters).entryList({u"*.txt"_s}, QDir::Files)) {
        const Extracted &e = extracted(letter);
        const auto check = [&](const imr::FieldValue &v) {
            for (const imr::TextSpan &s : v.spans)
                QVERIFY2(s.start >= 0 && s.length > 0 && s.end() <= e.text.size(), qPrintable(letter));
        };
        for (const imr::FieldValue &v : e.record.fields)
            check(v);
        for (const imr::DisputedItem &item : e.record.items) {
            QVERIFY(item.span.start >= 0 && item.span.end() <= e.text.size());
            for (const imr::FieldValue &v : item.fields)
                check(v);
        }
    }
}

void TestLetterExtractor::emptyAndUnrelatedTextGiveEmptyRecords_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("prose") << u"Dear Sir,\nThank you for your letter of 3/4/2016.\n"_s;
    QTest::newRow("labels without values") << u"Case Number:\nDate Assigned:\nPriority:\n"_s;
    QTest::newRow("dangling guideline") << u"Claims Administrator guideline:"_s;
}

void TestLetterExtractor::emptyAndUnrelatedTextGiveEmptyRecords()
{
    QFETCH(QString, text);
    const imr::DeterminationRecord r = imr::LetterExtractor().extract(text);
    QVERIFY(r.field(FieldId::CaseNumber).isEmpty());
    QVERIFY(r.field(FieldId::Priority).isEmpty());
    for (const imr::DisputedItem &item : r.items)
        QVERIFY(item.field(FieldId::Decision).isEmpty());
}

void TestLetterExtractor::lowConfidenceHasAReason()
{
    for (const QString &letter : QDir(kLetters).entryList({u"*.txt"_s}, QDir::Files)) {
        const Extracted &e = extracted(letter);
        for (const imr::DisputedItem &item : e.record.items) {
            for (const imr::FieldValue &v : item.fields) {
                if (!v.isEmpty() && v.confidence < 0.7)
                    QVERIFY2(!v.note.isEmpty(), qPrintable(letter + u": "_s + v.value));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestLetterExtractor)
#include "tst_letterextractor.moc"
