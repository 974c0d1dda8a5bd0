// libFuzzer target: a letter of random values, written by the reviewed CSV
// writer and read back with a strict RFC 4180 reader, and written by the
// provenance JSON writer and read back with Qt's JSON parser, must give back
// exactly what was written (the CSV folds whitespace and guards formulas, as
// documented; nothing else may change).

#include "export/provenancejsonwriter.h"
#include "export/reviewedcsvwriter.h"
#include "extraction/fieldschema.h"
#include "folder/letter.h"
#include "fuzzcheck.h"
#include "fuzzinput.h"
#include "strictcsvreader.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstdlib>

using namespace Qt::StringLiterals;
using imr::fuzz::fail;
using imr::FieldId;
using imr::FieldSchema;
using imr::FieldValue;

namespace {

FieldValue randomValue(imr::fuzz::FuzzInput &in, qsizetype textSize)
{
    FieldValue v;
    v.value = in.string();
    v.confidence = in.byte() / 255.0;
    v.state = static_cast<imr::ReviewState>(in.byte() % 3);
    if (in.byte() % 4 == 0)
        v.note = in.string(16);
    if (in.byte() % 2 == 0) {
        // Spans may point anywhere, as a stored record's could.
        const qsizetype start = qsizetype(in.byte()) - 8;
        const qsizetype length = qsizetype(in.byte()) % (textSize + 16);
        v.spans.append({start, length});
    }
    return v;
}

bool isNumber(const QString &cell)
{
    static const QRegularExpression number(u"^-?[0-9]*\\.?[0-9]*$"_s);
    static const QRegularExpression digit(u"[0-9]"_s);
    return cell.contains(digit) && number.match(cell).hasMatch();
}

// What the CSV must hold for a value: whitespace folded where documented,
// and a quote mark before anything a spreadsheet would run as a formula
// (a numeric column is exempt only for a number).
QString expectedCell(const QString &value, bool folded, bool numeric)
{
    QString cell = folded ? value.simplified() : value;
    if (!(numeric && isNumber(cell)) && !cell.isEmpty()
        && (cell[0] == u'=' || cell[0] == u'+' || cell[0] == u'-' || cell[0] == u'@' || cell[0] == u'\t' || cell[0] == u'\r'))
        cell.prepend(u'\'');
    return cell;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    imr::fuzz::FuzzInput in(data, size);
    imr::Letter letter;
    letter.relativePath = in.string();
    letter.text = in.string(200);
    for (FieldId id : FieldSchema::letterFields())
        letter.record.fields.insert(id, randomValue(in, letter.text.size()));
    const int items = in.byte() % 4;
    for (int i = 0; i < items; ++i) {
        imr::DisputedItem item;
        for (FieldId id : FieldSchema::itemFields())
            item.fields.insert(id, randomValue(in, letter.text.size()));
        letter.record.items.append(item);
    }
    letter.reviewedBy = in.string(16);
    letter.reviewedAt = in.string(16);
    if (in.byte() % 8 == 0)
        letter.error = in.string();

    // CSV
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!imr::ReviewedCsvWriter::writeHeader(buffer) || buffer.write(imr::ReviewedCsvWriter::rowBytes(letter)) < 0)
        fail("csv write");
    if (!buffer.data().startsWith("\xEF\xBB\xBF"))
        fail("csv byte order mark");
    const QString csv = QString::fromUtf8(buffer.data().sliced(3));
    const auto records = imr::fuzz::readStrictCsv(csv);
    if (!records)
        fail("csv is not RFC 4180");
    const QStringList header = imr::ReviewedCsvWriter::header();
    if (records->size() != 1 + std::max<qsizetype>(1, items) || records->first() != header)
        fail("csv record count or header");
    const auto column = [&](const QString &name) { return header.indexOf(name); };
    for (qsizetype r = 1; r < records->size(); ++r) {
        const QStringList &row = records->at(r);
        if (row.size() != header.size())
            fail("csv row width");
        if (row[column(u"file"_s)] != expectedCell(letter.relativePath, false, false))
            fail("csv file");
        for (FieldId id : FieldSchema::letterFields()) {
            if (row[column(FieldSchema::columnName(id))] != expectedCell(letter.record.field(id).value, true, id == FieldId::PatientAge))
                fail("csv letter field");
        }
        if (items > 0) {
            if (row[column(u"item_number"_s)] != QString::number(r))
                fail("csv item number");
            for (FieldId id : FieldSchema::itemFields()) {
                if (row[column(FieldSchema::columnName(id))] != expectedCell(letter.record.items[r - 1].field(id).value, true, false))
                    fail("csv item field");
            }
        }
        if (row[column(u"reviewed_by"_s)] != expectedCell(letter.reviewedBy, false, false)
            || row[column(u"reviewed_at"_s)] != expectedCell(letter.reviewedAt, false, false)
            || row[column(u"load_error"_s)] != expectedCell(letter.error, true, false))
            fail("csv review columns");
    }

    // JSON Lines
    const QByteArray line = imr::ProvenanceJsonWriter::lineBytes(letter);
    if (!line.endsWith('\n') || line.count('\n') != 1)
        fail("json is not one line");
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        fail("json does not parse");
    if (doc.object() != imr::ProvenanceJsonWriter::letterObject(letter))
        fail("json differs from what was written");
    if (doc[u"file"_s].toString() != letter.relativePath)
        fail("json file");
    for (FieldId id : FieldSchema::letterFields()) {
        if (doc[u"fields"_s][FieldSchema::columnName(id)][u"value"_s].toString() != letter.record.field(id).value)
            fail("json letter field");
    }
    return 0;
}
