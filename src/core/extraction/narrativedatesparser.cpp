#include "extraction/narrativedatesparser.h"

#include "extraction/datetext.h"
#include "extraction/extractionhelpers.h"
#include "extraction/lettertext.h"

using namespace Qt::StringLiterals;

namespace imr {

void NarrativeDatesParser::parse(const LetterText &text, DeterminationRecord &record)
{
    struct Phrase
    {
        FieldId field;
        QRegularExpression pattern;
    };
    // Each phrase and its date stay inside one sentence ([^.]), so a date
    // is never taken from the next sentence.
    static const QString date = u"(?<date>"_s + DateText::pattern() + u')';
    static const QList<Phrase> phrases{
        {FieldId::DateAssigned,
         extraction::regex(u"\\bNotice\\s+of\\s+Assignment\\b[^.]{0,160}?\\b(?:on|dated)\\s+"_s + date)},
        {FieldId::ApplicationReceived,
         extraction::regex(u"\\breceived\\s+(?:the|an|your)\\s+application\\b[^.]{0,120}?\\bon\\s+"_s + date)},
        {FieldId::ApplicationReceived,
         extraction::regex(u"\\bapplication\\s+for\\s+(?:Independent\\s+Medical\\s+Review|IMR)\\s+(?:was\\s+)?"
                           "received\\s+(?:on\\s+)?"_s + date)},
        {FieldId::UrDenialDate,
         extraction::regex(u"\\b(?:utilization\\s+review|UR)\\s+(?:denial|decision|determination)\\b[^.]{0,80}?"
                           "\\b(?:dated|of|on|issued)\\s+"_s + date)},
    };
    for (const Phrase &p : phrases) {
        if (!record.field(p.field).value.isEmpty())
            continue;
        const QRegularExpressionMatch m = extraction::findIn(text.text(), p.pattern, 0);
        if (!m.hasMatch())
            continue;
        const QString iso = DateText::toIso(m.captured(u"date"_s));
        if (!iso.isEmpty())
            record.fields[p.field] = extraction::value(iso, TextSpan{m.capturedStart(u"date"_s), m.capturedLength(u"date"_s)}, 0.8);
    }
}

} // namespace imr
