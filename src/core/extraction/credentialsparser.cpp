#include "extraction/credentialsparser.h"

#include "extraction/extractionhelpers.h"
#include "extraction/lettertext.h"

using namespace Qt::StringLiterals;

namespace imr {
namespace {

// Board names that contain "and": prose letters spell them with "and", the
// labelled letters (and the export) with "&".
const QStringList kCompoundSpecialties{
    u"Physical Medicine & Rehabilitation"_s, u"Hospice & Palliative Medicine"_s,
    u"Public Health & General Preventive Medicine"_s, u"Obstetrics & Gynecology"_s,
    u"Allergy & Immunology"_s, u"Nuclear Medicine & Molecular Imaging"_s,
    u"Pain Medicine & Rehabilitation"_s, u"Sleep Medicine & Neurology"_s,
    u"Psychiatry & Neurology"_s, u"Head & Neck Surgery"_s, u"Hand & Upper Extremity Surgery"_s,
    u"Foot & Ankle Surgery"_s, u"Spine & Orthopedic Surgery"_s,
};

QStringList splitList(QString text, bool splitAnd)
{
    text = text.simplified();
    for (const QString &compound : splitAnd ? kCompoundSpecialties : QStringList()) {
        QString spelledOut = compound;
        spelledOut.replace(u" & "_s, u" and "_s);
        text.replace(spelledOut, compound, Qt::CaseInsensitive);
    }
    static const QRegularExpression separators(u"\\s*,\\s*|\\s*;\\s*"_s);
    static const QRegularExpression andSeparators(u"\\s*,\\s*(?:and\\s+)?|\\s*;\\s*|\\s+and\\s+"_s);
    QStringList parts = text.split(splitAnd ? andSeparators : separators, Qt::SkipEmptyParts);
    for (QString &p : parts) {
        p = p.trimmed();
        while (p.endsWith(u'.') || p.endsWith(u'&'))
            p.chop(1);
        p = p.trimmed();
    }
    parts.removeAll(QString());
    return parts;
}

bool isHeading(QStringView line)
{
    return line.size() > 3 && line.toString().toUpper() == line.toString();
}

} // namespace

void CredentialsParser::parse(const LetterText &text, qsizetype end, DeterminationRecord &record)
{
    if (!parseLabelled(text, end, record))
        parseProse(text, end, record);
}

bool CredentialsParser::parseLabelled(const LetterText &text, qsizetype end, DeterminationRecord &record)
{
    static const QRegularExpression label(
        extraction::regex(u"(?<states>State\\(s\\)\\s+of\\s+Licensure)\\s*:|(?<specialty>Certification\\(s\\)\\s*/\\s*Specialty)\\s*:"_s));
    bool found = false;
    auto it = label.globalMatchView(QStringView(text.text()).first(end), 0, QRegularExpression::NormalMatch,
                                    extraction::kNoCheck);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const bool states = m.hasCaptured(u"states"_s);
        const qsizetype line = text.lineAt(m.capturedEnd()); // a label can wrap
        TextSpan span = text.trimmed({m.capturedEnd(), text.lineSpan(line).end() - m.capturedEnd()});
        // A long specialty list wraps onto the next line.
        const qsizetype next = text.nextContent(line + 1);
        if (next >= 0 && !isHeading(text.line(next)) && !text.line(next).contains(u':')
            && text.line(next).size() < 60 && text.lineSpan(next).start < end)
            span = {span.start, text.lineSpan(next).end() - span.start};
        // -layout output can put the next label on the same line.
        if (const auto other = extraction::findIn(text.text(), label, span.start, span.end()); other.hasMatch())
            span = text.trimmed({span.start, other.capturedStart() - span.start});
        const QStringList values = splitList(text.folded(span.start, span.end()), false);
        const FieldId id = states ? FieldId::ReviewerLicensure : FieldId::ReviewerSpecialty;
        record.fields[id] = extraction::value(FieldValue::join(values), span, 0.95);
        found = true;
    }
    return found;
}

void CredentialsParser::parseProse(const LetterText &text, qsizetype end, DeterminationRecord &record)
{
    static const QRegularExpression certified(extraction::regex(
        u"board[-\\s]+certified\\s+in\\s+(?<s>[^.]+?)(?=\\s+(?:and\\s+)?(?:is|has|with|who)\\s|\\.|,\\s*(?:is|has))"_s));
    static const QRegularExpression subspecialty(
        extraction::regex(u"sub-?specialty\\s+(?:certification\\s+)?in\\s+(?<s>[^.]+?)(?=\\s+(?:and\\s+)?(?:is|has|with|who)\\s|\\.|,)"_s));
    static const QRegularExpression licensed(
        extraction::regex(u"licensed\\s+to\\s+practice\\s+(?:medicine\\s+)?in\\s+(?<s>[^.]+?)(?=\\.|\\s+(?:and\\s+)?(?:is|has|with|who)\\s)"_s));
    QStringList specialties;
    TextSpans spans;
    for (const QRegularExpression *re : {&certified, &subspecialty}) {
        const QRegularExpressionMatch m = extraction::findIn(text.text(), *re, 0, end);
        if (m.hasMatch()) {
            specialties << splitList(text.folded(m.capturedStart(u"s"_s), m.capturedEnd(u"s"_s)), true);
            spans << extraction::spanOf(m, 1);
        }
    }
    if (!specialties.isEmpty())
        record.fields[FieldId::ReviewerSpecialty] = extraction::value(FieldValue::join(specialties), spans, 0.85);
    const QRegularExpressionMatch m = extraction::findIn(text.text(), licensed, 0, end);
    if (m.hasMatch()) {
        const QStringList states = splitList(text.folded(m.capturedStart(u"s"_s), m.capturedEnd(u"s"_s)), true);
        record.fields[FieldId::ReviewerLicensure] =
            extraction::value(FieldValue::join(states), extraction::spanOf(m, 1), 0.9);
    }
}

} // namespace imr
