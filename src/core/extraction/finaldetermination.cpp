#include "extraction/finaldetermination.h"

#include "extraction/extractionhelpers.h"
#include "extraction/lettertext.h"

using namespace Qt::StringLiterals;

namespace imr {

void FinalDetermination::apply(const LetterText &text, DeterminationRecord &record)
{
    // Upper case only: the words also occur in prose ("The Final
    // Determination was based on decisions ..."), never in capitals there.
    static const QRegularExpression summary(
        u"Final\\s+Determination\\s*:?\\s*(?<d>PARTIAL\\s+OVERTURN|UPHOLD|OVERTURN)\\b"_s);
    const QRegularExpressionMatch m = summary.match(text.text(), 0, QRegularExpression::NormalMatch, extraction::kNoCheck);
    if (!m.hasMatch() || record.items.isEmpty())
        return;
    const QString word = m.captured(u"d"_s).simplified();
    const TextSpan span{m.capturedStart(u"d"_s), m.capturedLength(u"d"_s)};
    if (word == u"PARTIAL OVERTURN"_s) {
        bool upheld = false;
        bool overturned = false;
        for (const DisputedItem &item : record.items) {
            upheld |= item.field(FieldId::Decision).value == u"Upheld"_s;
            overturned |= item.field(FieldId::Decision).value == u"Overturned"_s;
        }
        if (upheld && overturned)
            return;
        for (DisputedItem &item : record.items) {
            FieldValue &v = item.fields[FieldId::Decision];
            if (!v.value.isEmpty() && record.items.size() > 1) {
                v.confidence = std::min(v.confidence, 0.5);
                v.note = extraction::Notes::tr("The letter's final determination is a partial overturn, but every item has "
                                        "the same decision.");
            }
        }
        return;
    }
    const QString expected = word == u"UPHOLD"_s ? u"Upheld"_s : u"Overturned"_s;
    for (DisputedItem &item : record.items) {
        FieldValue &v = item.fields[FieldId::Decision];
        if (v.value.isEmpty()) {
            v = extraction::value(expected, span, 0.8,
                                  extraction::Notes::tr("Taken from the letter's final determination."));
        } else if (v.value != expected) {
            v.confidence = std::min(v.confidence, 0.5);
            v.note = extraction::Notes::tr("The letter's final determination (%1) disagrees with this decision.").arg(word);
        }
    }
}

} // namespace imr
