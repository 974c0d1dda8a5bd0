#include "extraction/casesummaryparser.h"

#include "extraction/datetext.h"
#include "extraction/extractionhelpers.h"
#include "extraction/lettertext.h"

using namespace Qt::StringLiterals;

namespace imr {
namespace {

QString sexOf(QStringView word)
{
    static const QStringList female{u"female"_s, u"woman"_s, u"lady"_s, u"girl"_s};
    return female.contains(word.toString().toLower()) ? u"female"_s : u"male"_s;
}

} // namespace

void CaseSummaryParser::parse(const LetterText &text, qsizetype start, qsizetype end, DeterminationRecord &record)
{
    parsePatient(text, start, end, record);
    parseInjuryDate(text, start, end, record);
    parseDiagnoses(text, start, end, record);
}

void CaseSummaryParser::parsePatient(const LetterText &text, qsizetype start, qsizetype end,
                                     DeterminationRecord &record)
{
    static const QRegularExpression age(extraction::regex(
        u"\\b(?<age>\\d{1,3})[\\s-]*(?:years?|yrs?|y)[\\s-]*(?:of\\s+age|old|/o|o\\b)"_s));
    static const QRegularExpression sex(
        extraction::regex(u"\\b(?<sex>male|female|man|woman|gentleman|lady|boy|girl)\\b"_s));
    const QRegularExpressionMatch a = extraction::findIn(text.text(), age, start, end);
    if (!a.hasMatch()) {
        // "The injured worker is a female who...": the sex without an age.
        const QRegularExpressionMatch s = extraction::findIn(text.text(), sex, start, std::min(end, start + 800));
        if (s.hasMatch())
            record.fields[FieldId::PatientSex] = extraction::value(sexOf(s.capturedView(1)), extraction::spanOf(s, 1), 0.8);
        return;
    }
    const int years = a.captured(u"age"_s).toInt();
    const bool plausible = years >= 14 && years <= 100;
    record.fields[FieldId::PatientAge] =
        extraction::value(QString::number(years), extraction::spanOf(a, 1), plausible ? 0.95 : 0.4,
                          plausible ? QString() : extraction::Notes::tr("Unusual age for a worker."));
    // The sex follows the age in the same phrase ("48 year old male").
    const QRegularExpressionMatch s = extraction::findIn(text.text(), sex, a.capturedEnd(),
                                                         std::min(end, a.capturedEnd() + 40));
    if (s.hasMatch())
        record.fields[FieldId::PatientSex] = extraction::value(sexOf(s.capturedView(1)), extraction::spanOf(s, 1), 0.95);
}

void CaseSummaryParser::parseInjuryDate(const LetterText &text, qsizetype start, qsizetype end,
                                        DeterminationRecord &record)
{
    if (!record.field(FieldId::DateOfInjury).isEmpty())
        return;
    static const QRegularExpression injury(extraction::regex(
        u"\\b(?:inju\\w*|DOI)\\b[^.;]{0,60}?(?<date>"_s + DateText::pattern() + u")"_s));
    const QRegularExpressionMatch m = extraction::findIn(text.text(), injury, start, end);
    if (!m.hasMatch())
        return;
    const QString iso = DateText::toIso(m.capturedView(u"date"_s).toString().simplified());
    record.fields[FieldId::DateOfInjury] = extraction::value(
        iso, extraction::spanOf(m, 1), 0.85, extraction::Notes::tr("Taken from the case summary (no header)."));
}

void CaseSummaryParser::parseDiagnoses(const LetterText &text, qsizetype start, qsizetype end,
                                       DeterminationRecord &record)
{
    // Summaries name diagnoses in several ways: "diagnoses include ...",
    // "gave the applicant a diagnosis of ...", "was diagnosed with ...",
    // "Diagnoses: ...". The list runs to the end of its sentence.
    static const QRegularExpression diagnoses(extraction::regex(
        u"\\b(?:(?:diagnos(?:es|is)|diagnostic\\s+impressions?)\\s+(?:included?|includes|of|were|was|are|is|listed\\s+as)"
        "|(?:diagnos(?:es|is)|diagnostic\\s+impressions?)\\s*:"
        "|diagnosed\\s+(?:with|as\\s+having))\\s*:?\\s+"
        "(?:the\\s+diagnos[ie]s\\s+of\\s+|the\\s+following\\s*:?\\s+)?(?<list>[^.]{3,400}?)\\.(?:\\s|$)"_s));
    const QRegularExpressionMatch m = extraction::findIn(text.text(), diagnoses, start, end);
    if (m.hasMatch()) {
        const QString list = text.folded(m.capturedStart(u"list"_s), m.capturedEnd(u"list"_s));
        static const QRegularExpression separators(u"\\s*[,;]\\s*(?:and\\s+)?|\\s+and\\s+"_s);
        const QStringList parts = list.split(separators, Qt::SkipEmptyParts);
        // A plain statement of the diagnoses is trusted; a hedged or negated
        // one ("rule out", "no diagnosis of", "possible") or a long list,
        // whose split into diagnoses is a guess, is marked.
        static const QRegularExpression hedge(extraction::regex(
            u"\\b(?:not|no|rule\\s+out|ruled\\s+out|r/o|possible|possibly|probable|suspected|questionable|differential)\\b[^.]{0,25}$"_s));
        static const QRegularExpression hedgedList(
            extraction::regex(u"^\\s*(?:possible|possibly|probable|suspected|questionable|rule\\s+out|r/o)\\b"_s));
        const qsizetype before = std::max(start, m.capturedStart() - 40);
        const bool hedged =
            hedge.matchView(QStringView(text.text()).sliced(before, m.capturedStart(u"list"_s) - before), 0,
                            QRegularExpression::NormalMatch, extraction::kNoCheck).hasMatch()
            || hedgedList.matchView(m.capturedView(u"list"_s), 0, QRegularExpression::NormalMatch, extraction::kNoCheck).hasMatch();
        double confidence = 0.85;
        QString note;
        if (hedged) {
            confidence = 0.4;
            note = extraction::Notes::tr("The diagnosis is hedged or negated in the summary.");
        } else if (parts.size() > 6 || list.size() > 200) {
            confidence = 0.6;
            note = extraction::Notes::tr("A long list of diagnoses: check how it was split.");
        }
        record.fields[FieldId::Diagnoses] = extraction::value(FieldValue::join(parts), extraction::spanOf(m, 1), confidence, note);
        return;
    }
    // Many summaries name no diagnosis, only what the claim is for: "has
    // filed a claim for chronic low back pain reportedly associated with an
    // industrial injury of ...". The complaint stands in for the diagnosis,
    // marked, and is kept whole: "neck and shoulder pain" is one complaint.
    static const QRegularExpression claim(extraction::regex(
        u"\\bfiled\\s+(?:a\\s+)?(?:workers'?\\s+compensation\\s+)?claims?\\s+for\\s+(?<list>[^.;]{3,300}?)"
        "(?=\\s+(?:reportedly|allegedly|associated|attributed|related|secondary|stemming|sustained|resulting|caused"
        "|due|as\\s+a\\s+result|following|after|from|which|that|on|of\\s+(?:an?\\s+)?(?:industrial|work|\\w+\\s+\\d))\\b|\\s*[.;])"_s));
    const QRegularExpressionMatch c = extraction::findIn(text.text(), claim, start, end);
    if (!c.hasMatch())
        return;
    record.fields[FieldId::Diagnoses] =
        extraction::value(text.folded(c.capturedStart(u"list"_s), c.capturedEnd(u"list"_s)), extraction::spanOf(c, 1), 0.5,
                          extraction::Notes::tr("No diagnosis is named: this is what the claim was filed for."));
}

} // namespace imr
