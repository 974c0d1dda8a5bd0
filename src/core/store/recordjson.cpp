#include "store/recordjson.h"

#include "extraction/fieldschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace imr {
namespace {

QJsonObject toJson(const QMap<FieldId, FieldValue> &fields)
{
    QJsonObject out;
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

QMap<FieldId, FieldValue> fromJson(const QJsonObject &object)
{
    QMap<FieldId, FieldValue> fields;
    for (auto it = object.begin(); it != object.end(); ++it) {
        FieldId id;
        if (!FieldSchema::fromColumnName(it.key(), &id))
            continue; // a field a later version added: ignore, keep the rest
        const QJsonObject f = it.value().toObject();
        FieldValue v;
        v.value = f[u"v"_s].toString();
        v.confidence = f[u"c"_s].toDouble();
        for (const QJsonValue &s : f[u"s"_s].toArray())
            v.spans.append({s[0].toInteger(), s[1].toInteger()});
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
        items.append(QJsonObject{{u"fields"_s, toJson(item.fields)},
                                 {u"span"_s, QJsonArray{qint64(item.span.start), qint64(item.span.length)}}});
    const QJsonObject root{{u"fields"_s, toJson(record.fields)}, {u"items"_s, items}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<DeterminationRecord> RecordJson::read(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    DeterminationRecord record;
    record.fields = fromJson(doc[u"fields"_s].toObject());
    for (const QJsonValue &i : doc[u"items"_s].toArray()) {
        DisputedItem item;
        item.fields = fromJson(i[u"fields"_s].toObject());
        const QJsonArray span = i[u"span"_s].toArray();
        item.span = {span[0].toInteger(), span[1].toInteger()};
        record.items << item;
    }
    return record;
}

} // namespace imr
