#include "extraction/headerparser.h"

#include "extraction/boundedcache.h"
#include "extraction/datetext.h"
#include "extraction/extractionhelpers.h"
#include "extraction/lettertext.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace imr {
namespace {

struct Label
{
    FieldId field;
    const char16_t *pattern;
};

const Label kLabels[] = {
    {FieldId::CaseNumber, u"case\\s+number"},
    {FieldId::DateAssigned, u"date\\s+assigned"},
    {FieldId::DecisionDate, u"decision\\s+date"},
    {FieldId::Priority, u"priority"},
    {FieldId::DateOfInjury, u"date\\s+of\\s+injury"},
    {FieldId::UrDenialDate, u"ur\\s+denial\\s+date"},
    {FieldId::UrDenialDate, u"date\\s+of\\s+ur\\s+(?:decision|denial)"},
    {FieldId::DecisionDate, u"dated"},
    {FieldId::ApplicationReceived, u"application\\s+received"},
};

enum class ValueType { CaseNumber, Date, Priority };

ValueType typeOf(FieldId id)
{
    if (id == FieldId::CaseNumber)
        return ValueType::CaseNumber;
    return id == FieldId::Priority ? ValueType::Priority : ValueType::Date;
}

const QRegularExpression &tokenPattern()
{
    static const QRegularExpression re = [] {
        QStringList labels;
        for (const Label &l : kLabels)
            labels << QString::fromUtf16(l.pattern);
        // `pdftotext -layout` writes "Application  11/03/2016" and "Received:"
        // on the next line, so "Application" alone is a label too.
        return extraction::regex(u"(?<label>\\b(?:"_s + labels.join(u'|') + u")\\s*:|\\bApplication\\b(?!\\s+Received))"_s
                                 + u"|(?<case>\\bCM\\d{2}-\\d{5,8}\\b)"_s
                                 + u"|(?<date>\\b"_s + DateText::pattern() + u"\\b)"_s
                                 + u"|(?<priority>\\b(?:standard|expedited|urgent|regular)\\b)"_s);
    }();
    return re;
}

// The token's groups by number: a lookup by name, per token of every
// letter's header, was a measurable share of reading a folder.
struct TokenGroups
{
    int label;
    int caseNumber;
    int date;
    int priority;
};

const TokenGroups &tokenGroups()
{
    static const TokenGroups groups = [] {
        const QStringList names = tokenPattern().namedCaptureGroups();
        return TokenGroups{int(names.indexOf(u"label"_s)), int(names.indexOf(u"case"_s)), int(names.indexOf(u"date"_s)),
                           int(names.indexOf(u"priority"_s))};
    }();
    return groups;
}

FieldId fieldOfLabel(const QString &key)
{
    static const QList<QRegularExpression> whole = [] {
        QList<QRegularExpression> res;
        for (const Label &l : kLabels)
            res << extraction::regex(u"^(?:"_s + QString::fromUtf16(l.pattern) + u")$"_s);
        return res;
    }();
    if (key.compare(u"application"_s, Qt::CaseInsensitive) == 0)
        return FieldId::ApplicationReceived;
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (whole[i].match(key).hasMatch())
            return kLabels[i].field;
    }
    return FieldId::CaseNumber;
}

FieldId labelField(QStringView label)
{
    // A folder's letters spell their labels a few ways only: each way is
    // matched against the label patterns once, not once per letter.
    static BoundedCache<QString, FieldId> fields(1024);
    // "Application\nReceived:" wraps in the label column: compare folded.
    QString key = label.toString().simplified();
    if (key.endsWith(u':'))
        key.chop(1);
    return fields.value(key.trimmed(), fieldOfLabel);
}

QString normalised(ValueType type, const QString &raw)
{
    switch (type) {
    case ValueType::Date:
        return DateText::toIso(raw);
    case ValueType::Priority:
        return raw.left(1).toUpper() + raw.mid(1).toLower();
    case ValueType::CaseNumber:
        return raw.toUpper();
    }
    return raw;
}

} // namespace

void HeaderParser::parse(const LetterText &text, qsizetype end, DeterminationRecord &record)
{
    QList<FieldId> pending;
    QList<FieldId> pairedInColumns; // taken while several labels of the type waited
    bool labelWithoutValue = false;
    QList<QRegularExpressionMatch> unpaired; // values no label asked for
    const TokenGroups &group = tokenGroups();
    auto it = tokenPattern().globalMatchView(QStringView(text.text()).first(end), 0,
                                             QRegularExpression::NormalMatch, extraction::kNoCheck);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.hasCaptured(group.label)) {
            const FieldId id = labelField(m.capturedView(group.label));
            if (!record.fields.contains(id) && !pending.contains(id))
                pending << id;
            continue;
        }
        const ValueType type = m.hasCaptured(group.caseNumber) ? ValueType::CaseNumber
                             : m.hasCaptured(group.date)       ? ValueType::Date
                                                          : ValueType::Priority;
        const auto ofType = [type](FieldId id) { return typeOf(id) == type; };
        const auto slot = std::find_if(pending.begin(), pending.end(), ofType);
        if (slot == pending.end()) {
            unpaired << m;
            continue;
        }
        const QString v = normalised(type, m.captured(0));
        if (std::count_if(pending.begin(), pending.end(), ofType) > 1)
            pairedInColumns << *slot;
        record.fields[*slot] = extraction::value(v, extraction::spanOf(m), v.isEmpty() ? 0.0 : 0.97);
        pending.erase(slot);
    }
    for (FieldId id : std::as_const(pending))
        labelWithoutValue |= typeOf(id) == ValueType::Date;
    bool unlabelledDates = false;
    for (const QRegularExpressionMatch &m : std::as_const(unpaired)) {
        if (m.hasCaptured(group.caseNumber) && !record.fields.contains(FieldId::CaseNumber)) {
            // A MAXIMUS case number in the header is the letter's, label or not.
            record.fields[FieldId::CaseNumber] =
                extraction::value(normalised(ValueType::CaseNumber, m.captured(0)), extraction::spanOf(m), 0.9);
        } else if (m.hasCaptured(group.priority) && !record.fields.contains(FieldId::Priority)) {
            record.fields[FieldId::Priority] =
                extraction::value(normalised(ValueType::Priority, m.captured(0)), extraction::spanOf(m), 0.6,
                                  extraction::Notes::tr("The word stands in the header without a \"Priority\" label."));
        } else if (m.hasCaptured(group.date)) {
            unlabelledDates = true;
        }
    }
    // Redacted labels have no value: in a label column followed by a value
    // column, one missing value shifts every pairing after it. Dates with no
    // label mean a label was lost. Either way the dates are guesses.
    if (!unlabelledDates && !(labelWithoutValue && !pairedInColumns.isEmpty()))
        return;
    const QString why = unlabelledDates
                            ? extraction::Notes::tr("The header has dates without labels: this date may belong to another field.")
                            : extraction::Notes::tr("A label in the header has no value: labels and values may be paired wrongly.");
    for (FieldId id : {FieldId::DateAssigned, FieldId::DecisionDate, FieldId::DateOfInjury, FieldId::UrDenialDate,
                       FieldId::ApplicationReceived}) {
        if (record.field(id).value.isEmpty()) {
            if (unlabelledDates) // empty, but the letter may hold it
                record.fields[id] = extraction::value({}, TextSpan{}, 0.0, why);
            continue;
        }
        FieldValue &v = record.fields[id];
        if (unlabelledDates || pairedInColumns.contains(id)) {
            v.confidence = std::min(v.confidence, 0.6);
            v.note = why;
        }
    }
}

} // namespace imr
