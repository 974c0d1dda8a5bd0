#include "store/recordjson.h"

#include "extraction/fieldschema.h"
#include "folder/letterformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace imr {
namespace {

// [start, length] within what a letter can hold, or nothing.
std::optional<TextSpan> spanOf(const QJsonValue &value)
{
    const QJsonArray a = value.toArray();
    if (a.size() != 2 || !a[0].isDouble() || !a[1].isDouble())
        return std::nullopt;
    const double start = a[0].toDouble();
    const double length = a[1].toDouble();
    constexpr double limit = double(LetterFormat::kMaxFileSize);
    if (!(start >= 0 && start <= limit && length >= 0 && length <= limit))
        return std::nullopt;
    return TextSpan{qsizetype(start), qsizetype(length)};
}

QJsonObject toJson(const QMap<FieldId, FieldValue> &fields, const QJsonObject &others)
{
    QJsonObject out = others; // the known fields win over a stale copy
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const FieldValue &v = it.value();
        QJsonObject f{{u"v"_s, v.value}, {u"c"_s, v.confidence}};
        QJsonArray spans;
        for (const TextSpan &s : v.spans)
            spans.append(QJsonArray{qint64(s.start), qint64(s.length)});
        if (!spans.isEmpty())
            f[u"s"_s] = spans;
        if (!v.note.isEmpty())
            f[u"n"_s] = v.note;
        if (!v.flags.isEmpty())
            f[u"f"_s] = QJsonArray::fromStringList(v.flags);
        if (v.state != ReviewState::Extracted)
            f[u"r"_s] = int(v.state);
        out[FieldSchema::columnName(it.key())] = f;
    }
    return out;
}

QMap<FieldId, FieldValue> fromJson(const QJsonObject &object, QJsonObject *others)
{
    QMap<FieldId, FieldValue> fields;
    for (auto it = object.begin(); it != object.end(); ++it) {
        FieldId id;
        if (!FieldSchema::fromColumnName(it.key(), &id)) {
            others->insert(it.key(), it.value()); // kept and written back as it was
            continue;
        }
        const QJsonObject f = it.value().toObject();
        FieldValue v;
        v.value = f[u"v"_s].toString();
        // A store's record may have been damaged or written by hand: a
        // confidence outside 0..1 or a span no letter can hold would reach
        // arithmetic that trusts them.
        v.confidence = std::clamp(f[u"c"_s].toDouble(), 0.0, 1.0);
        for (const QJsonValue &s : f[u"s"_s].toArray()) {
            if (const std::optional<TextSpan> span = spanOf(s))
                v.spans.append(*span);
        }
        v.note = f[u"n"_s].toString();
        for (const QJsonValue &flag : f[u"f"_s].toArray())
            v.flags << flag.toString();
        v.state = ReviewState(std::clamp(f[u"r"_s].toInt(), 0, int(ReviewState::Corrected)));
        fields.insert(id, v);
    }
    return fields;
}

} // namespace

QByteArray RecordJson::write(const DeterminationRecord &record)
{
    QJsonArray items;
    for (const DisputedItem &item : record.items)
        items.append(QJsonObject{{u"fields"_s, toJson(item.fields, item.otherFields)},
                                 {u"span"_s, QJsonArray{qint64(item.span.start), qint64(item.span.length)}}});
    const QJsonObject root{{u"fields"_s, toJson(record.fields, record.otherFields)}, {u"items"_s, items}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<DeterminationRecord> RecordJson::read(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    DeterminationRecord record;
    record.fields = fromJson(doc[u"fields"_s].toObject(), &record.otherFields);
    for (const QJsonValue &i : doc[u"items"_s].toArray()) {
        DisputedItem item;
        item.fields = fromJson(i[u"fields"_s].toObject(), &item.otherFields);
        item.span = spanOf(i[u"span"_s]).value_or(TextSpan{});
        record.items << item;
    }
    return record;
}

} // namespace imr
