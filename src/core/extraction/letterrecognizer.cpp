#include "extraction/letterrecognizer.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace imr {

bool LetterRecognizer::looksLikeDetermination(const QString &text, const DeterminationRecord &record)
{
    if (!record.field(FieldId::CaseNumber).isEmpty())
        return true; // an IMR case number (CM13-…) is the letter's own
    for (const DisputedItem &item : record.items) {
        if (!item.field(FieldId::Decision).isEmpty() || !item.field(FieldId::MedicallyNecessary).isEmpty())
            return true;
    }
    // The words of the headings of every layout seen (2013 to 2017); any one
    // of them is enough, so an unseen layout is not taken for a stray file.
    static const QRegularExpression markers(
        u"independent\\s+medical\\s+review|final\\s+determination|\\bIMR\\b|medically\\s+necessary|\\bMAXIMUS\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    return markers.match(text).hasMatch();
}

QString LetterRecognizer::notALetterWarning()
{
    return tr("This does not look like an IMR determination letter: it has no case number, no decision and "
              "none of the letters' headings.");
}

} // namespace imr
