#include "extraction/letterextractor.h"

#include "extraction/customfieldextractor.h"

#include "extraction/casesummaryparser.h"
#include "extraction/credentialsparser.h"
#include "extraction/extractionhelpers.h"
#include "extraction/finaldetermination.h"
#include "extraction/headerparser.h"
#include "extraction/itemparser.h"
#include "extraction/lettertext.h"
#include "extraction/narrativedatesparser.h"
#include "extraction/treatmenttaxonomy.h"
#include "extractorsourcehash.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <limits>

using namespace Qt::StringLiterals;

namespace imr {
namespace {

// Section headings split the letter; a missing one leaves its neighbours' limits.
struct Sections
{
    qsizetype howMade = -1;
    qsizetype summary = -1;
    qsizetype issues = -1;
};

qsizetype find(const QString &text, const QRegularExpression &re, qsizetype from = 0)
{
    const QRegularExpressionMatch m = re.match(text, from, QRegularExpression::NormalMatch, extraction::kNoCheck);
    return m.hasMatch() ? m.capturedStart() : -1;
}

Sections findSections(const QString &text)
{
    static const QRegularExpression howMade(extraction::regex(u"HOW\\s+THE\\s+IMR\\s+FINAL\\s+DETERMINATION"_s));
    // The summary's heading, two ways: searched apart, each pattern is
    // tried only where it can start (a "C", a line's start); as one
    // alternation it was tried at every character, the most costly search
    // of a letter. The earlier match is the alternation's.
    static const QRegularExpression clinicalSummary(extraction::regex(u"CLINICAL\\s+CASE\\s+SUMMARY"_s));
    static const QRegularExpression summaryLine(
        extraction::regex(u"(?m)^[ \\t\\f]*(?:Expert\\s+Reviewer(?:'s)?\\s+)?Case\\s+Summary\\s*:"_s));
    // The decisions section: "IMR ISSUES, DECISIONS AND RATIONALES" (2014-2017),
    // "IMR DECISION(S) AND RATIONALE(S)" (2014), "INDEPENDENT MEDICAL REVIEW
    // DECISION AND RATIONALE" (2013).
    static const QRegularExpression issues(extraction::regex(
        u"IMR\\s+ISSUES\\s*,?\\s+DECISIONS|IMR\\s+DECISION\\s*(?:\\(S\\)|S)?\\s+AND\\s+RATIONALE"
        "|INDEPENDENT\\s+MEDICAL\\s+REVIEW\\s+DECISION\\s+AND\\s+RATIONALE"_s));
    Sections s;
    s.howMade = find(text, howMade);
    const qsizetype clinical = find(text, clinicalSummary);
    // Only a line before "CLINICAL CASE SUMMARY" comes first (a match cannot
    // reach into those words).
    const QRegularExpressionMatch line =
        summaryLine.matchView(clinical < 0 ? QStringView(text) : QStringView(text).first(clinical), 0,
                              QRegularExpression::NormalMatch, extraction::kNoCheck);
    s.summary = line.hasMatch() ? line.capturedStart() : clinical;
    s.issues = find(text, issues, std::max<qsizetype>(0, s.summary));
    if (s.issues < 0)
        s.issues = find(text, issues);
    return s;
}

qsizetype firstOf(std::initializer_list<qsizetype> candidates, qsizetype fallback)
{
    for (qsizetype c : candidates) {
        if (c >= 0)
            return c;
    }
    return fallback;
}

} // namespace

LetterExtractor::LetterExtractor()
    : LetterExtractor(TreatmentTaxonomy::current(), CustomFields::current())
{
}

LetterExtractor::LetterExtractor(std::shared_ptr<const TreatmentTaxonomy> taxonomy,
                                 std::shared_ptr<const CustomFields> customFields)
    : m_taxonomy(std::move(taxonomy))
    , m_custom(std::make_shared<const CustomFieldExtractor>(std::move(customFields)))
    , m_cacheKey(cacheKey(*m_taxonomy, m_custom->fields().fingerprint()))
{
}

qint64 LetterExtractor::cacheKey(const TreatmentTaxonomy &taxonomy, const QByteArray &customFields)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(kVersion));
    hash.addData(QByteArrayView(IMR_EXTRACTOR_SOURCE_HASH));
    hash.addData(taxonomy.fingerprint());
    // The analyst's fields are part of each record: other rules, other records.
    hash.addData(customFields);
    qint64 key = qFromBigEndian<qint64>(hash.result().constData());
    return key & std::numeric_limits<qint64>::max();
}

DeterminationRecord LetterExtractor::extract(const QString &text) const
{
    const LetterText letter(text);
    const Sections s = findSections(text);
    DeterminationRecord record;
    const qsizetype size = text.size();
    HeaderParser::parse(letter, firstOf({s.howMade, s.summary, s.issues}, std::min<qsizetype>(size, 3000)), record);
    CredentialsParser::parse(letter, firstOf({s.summary, s.issues}, size), record);
    const qsizetype summaryStart = std::max<qsizetype>(0, s.summary);
    CaseSummaryParser::parse(letter, summaryStart, s.issues > summaryStart ? s.issues : size, record);
    record.items = ItemParser(letter, *m_taxonomy).parse(std::max<qsizetype>(0, s.issues), size);
    NarrativeDatesParser::parse(letter, record);
    FinalDetermination::apply(letter, record);
    if (!m_custom->fields().isEmpty())
        m_custom->apply(text, {firstOf({s.howMade, s.summary, s.issues}, std::min<qsizetype>(size, 3000)), s.summary, s.issues},
                        record);
    return record;
}

LetterSections LetterExtractor::sectionsOf(const QString &text)
{
    const Sections s = findSections(text);
    return {firstOf({s.howMade, s.summary, s.issues}, std::min<qsizetype>(text.size(), 3000)), s.summary, s.issues};
}

} // namespace imr
