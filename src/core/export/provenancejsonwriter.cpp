#include "export/provenancejsonwriter.h"

#include "extraction/fieldschema.h"
#include "review/reviewstatus.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace imr {
namespace {

QString stateName(ReviewState state)
{
    switch (state) {
    case ReviewState::Confirmed:
        return u"confirmed"_s;
    case ReviewState::Corrected:
        return u"corrected"_s;
    case ReviewState::Extracted:
        break;
    }
    return u"extracted"_s;
}

} // namespace

QJsonObject ProvenanceJsonWriter::fieldObject(const Letter &letter, const FieldValue &v)
{
    QJsonArray spans;
    QStringList quotes;
    for (const TextSpan &s : v.spans) {
        if (s.start < 0 || s.length <= 0 || s.end() > letter.text.size())
            continue;
        spans.append(QJsonArray{qint64(s.start), qint64(s.length)});
        // The words as they stand in the letter, line breaks folded.
        quotes << letter.text.sliced(s.start, s.length).simplified();
    }
    QStringList reasons = v.flags;
    if (!v.note.isEmpty())
        reasons.prepend(v.note);
    return QJsonObject{
        {u"value"_s, v.value},
        {u"confidence"_s, v.confidence},
        {u"attention"_s, v.needsAttention()},
        {u"reason"_s, reasons.join(u' ')},
        {u"state"_s, stateName(v.state)},
        {u"spans"_s, spans},
        {u"quote"_s, quotes.join(u" … "_s)},
    };
}

QJsonObject ProvenanceJsonWriter::letterObject(const Letter &letter)
{
    const LetterStatus status = ReviewStatus::of(letter);
    QJsonObject fields;
    for (FieldId id : FieldSchema::reviewLetterFields())
        fields.insert(FieldSchema::columnName(id), fieldObject(letter, letter.record.field(id)));
    QJsonArray items;
    for (qsizetype i = 0; i < letter.record.items.size(); ++i) {
        QJsonObject itemFields;
        for (FieldId id : FieldSchema::reviewItemFields())
            itemFields.insert(FieldSchema::columnName(id), fieldObject(letter, letter.record.items[i].field(id)));
        items.append(QJsonObject{{u"item_number"_s, qint64(i + 1)}, {u"fields"_s, itemFields}});
    }
    return QJsonObject{
        {u"file"_s, letter.relativePath},
        {u"load_error"_s, letter.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(letter.error)},
        {u"review_status"_s, ReviewStatus::name(status == LetterStatus::Error ? LetterStatus::Unreviewed : status)},
        {u"fields"_s, fields},
        {u"items"_s, items},
    };
}

QByteArray ProvenanceJsonWriter::lineBytes(const Letter &letter)
{
    return QJsonDocument(letterObject(letter)).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace imr
