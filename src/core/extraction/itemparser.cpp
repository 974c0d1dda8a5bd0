#include "extraction/itemparser.h"

#include "extraction/extractionhelpers.h"
#include "extraction/guidelinesources.h"
#include "extraction/lettertext.h"
#include "extraction/necessityclassifier.h"
#include "extraction/treatmenttaxonomy.h"

using namespace Qt::StringLiterals;

namespace imr {
namespace {

const QRegularExpression &claimsLabel()
{
    static const QRegularExpression re(extraction::regex(u"Claims\\s+Administrator\\s+guidelines?\\s*:"_s));
    return re;
}

const QRegularExpression &maximusLabel()
{
    static const QRegularExpression re(extraction::regex(u"MAXIMUS\\s+guidelines?\\s*:"_s));
    return re;
}

const QRegularExpression &rationaleLabel()
{
    static const QRegularExpression re(extraction::regex(u"Decision\\s+rationale\\s*:"_s));
    return re;
}

// Requests are rarely longer than this; a heading that would be longer has
// run into the previous rationale.
constexpr int kMaxHeadingLines = 4;

bool endsSentence(QStringView line)
{
    return line.endsWith(u'.') || line.endsWith(u':');
}

} // namespace

ItemParser::ItemParser(const LetterText &text, const TreatmentTaxonomy &taxonomy)
    : m_text(text)
    , m_taxonomy(taxonomy)
{
}

QList<DisputedItem> ItemParser::parse(qsizetype start, qsizetype end) const
{
    QList<Anchors> anchors = findAnchors(start, end);
    QList<DisputedItem> items;
    for (qsizetype i = 0; i < anchors.size(); ++i) {
        const qsizetype from = i == 0 ? start : anchors[i - 1].rationaleEnd;
        items << parseHeading(from, anchors[i]);
    }
    for (qsizetype i = 0; i < anchors.size(); ++i) {
        const qsizetype itemEnd = i + 1 < anchors.size() ? anchors[i + 1].headingStart : end;
        addParagraphs(items[i], anchors[i], itemEnd);
        items[i].span = {anchors[i].headingStart, itemEnd - anchors[i].headingStart};
    }
    return items;
}

QList<ItemParser::Anchors> ItemParser::findAnchors(qsizetype start, qsizetype end) const
{
    QList<Anchors> all;
    const QString &t = m_text.text();
    auto it = claimsLabel().globalMatchView(QStringView(t).first(end), start, QRegularExpression::NormalMatch,
                                            extraction::kNoCheck);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        Anchors a;
        a.claimsStart = m.capturedStart();
        a.claims = m.capturedEnd();
        all << a;
    }
    for (qsizetype i = 0; i < all.size(); ++i) {
        Anchors &a = all[i];
        const qsizetype limit = i + 1 < all.size() ? all[i + 1].claimsStart : end;
        const auto mx = extraction::findIn(t, maximusLabel(), a.claims, limit);
        a.maximus = mx.hasMatch() ? mx.capturedStart() : -1;
        a.maximusEnd = mx.hasMatch() ? mx.capturedEnd() : a.claims;
        const auto ra = extraction::findIn(t, rationaleLabel(), a.maximusEnd, limit);
        a.rationale = ra.hasMatch() ? ra.capturedStart() : -1;
        a.rationaleEnd = ra.hasMatch() ? ra.capturedEnd() : a.maximusEnd;
    }
    return all;
}

DisputedItem ItemParser::parseHeading(qsizetype from, Anchors &a) const
{
    static const QRegularExpression decision(
        extraction::regex(u"\\b(?<d>Upheld|Overturned)\\b[\\s.]*$"_s));
    const QString &t = m_text.text();
    DisputedItem item;
    const QRegularExpressionMatch d = decision.matchView(QStringView(t).first(a.claimsStart), from,
                                                                QRegularExpression::NormalMatch, extraction::kNoCheck);
    qsizetype headingEnd = a.claimsStart;
    if (d.hasMatch()) {
        QString word = d.captured(u"d"_s).toLower();
        word[0] = word[0].toUpper();
        item.fields[FieldId::Decision] = extraction::value(word, extraction::spanOf(d, 1), 0.98);
        headingEnd = d.capturedStart();
        while (headingEnd > from && t[headingEnd - 1].isSpace())
            --headingEnd;
        if (headingEnd > from && t[headingEnd - 1] == u':')
            --headingEnd;
    } else {
        FieldValue missing = extraction::value({}, TextSpan{}, 0.0, extraction::tr("No decision found before the guideline."));
        item.fields[FieldId::Decision] = missing;
    }
    a.headingStart = headingStart(from, headingEnd);
    addRequest(item, a.headingStart, headingEnd);
    return item;
}

qsizetype ItemParser::headingStart(qsizetype from, qsizetype headingEnd) const
{
    qsizetype first = m_text.lineAt(std::max(from, headingEnd - 1));
    for (int n = 1; n < kMaxHeadingLines; ++n) {
        const qsizetype prev = m_text.previousContent(first - 1);
        if (prev < 0 || m_text.lineSpan(prev).start < from || endsSentence(m_text.line(prev)))
            break;
        first = prev;
    }
    return std::max(from, m_text.lineSpan(first).start);
}

void ItemParser::addRequest(DisputedItem &item, qsizetype start, qsizetype end) const
{
    // A partial authorization names the remaining portion after "original request,".
    static const QRegularExpression portion(
        extraction::regex(u"(?s)original\\s+request\\s*,\\s*(?<item>(?:(?!original\\s+request\\s*,).)+?)(?:\\s+(?:is|are))?\\s*$"_s));
    const QString &t = m_text.text();
    TextSpan span = m_text.trimmed({start, end - start});
    double confidence = 0.95;
    QString note;
    const QRegularExpressionMatch last = portion.matchView(QStringView(t).first(end), start, QRegularExpression::NormalMatch,
                                                                  extraction::kNoCheck);
    if (last.hasMatch()) {
        span = extraction::spanOf(last, 1);
        note = extraction::tr("Partial authorization: the remaining portion of the request.");
        confidence = 0.85;
    }
    const QString request = m_text.folded(span.start, span.end());
    if (request.size() > 250) {
        confidence = 0.3;
        note = extraction::tr("Unusually long request: the item heading may include other text.");
    }
    item.fields[FieldId::ItemRequest] = extraction::value(request, span, confidence, note);
    const TreatmentClass cls = m_taxonomy.classify(request);
    const bool known = cls.category != u"Other"_s;
    const QString why = known ? QString() : extraction::tr("No taxonomy rule matched the request.");
    item.fields[FieldId::TreatmentCategory] = extraction::value(cls.category, span, known ? 0.9 : 0.3, why);
    item.fields[FieldId::TreatmentSubcategory] = extraction::value(cls.subcategory, span, known ? 0.85 : 0.3, why);
}

void ItemParser::addParagraphs(DisputedItem &item, const Anchors &a, qsizetype itemEnd) const
{
    const auto paragraph = [&](qsizetype s, qsizetype e) {
        const TextSpan span = m_text.trimmed({s, std::max<qsizetype>(0, e - s)});
        return std::pair{m_text.folded(span.start, span.end()), span};
    };
    const qsizetype claimsEnd = a.maximus >= 0 ? a.maximus : (a.rationale >= 0 ? a.rationale : itemEnd);
    const auto [claims, claimsSpan] = paragraph(a.claims, claimsEnd);
    item.fields[FieldId::ClaimsAdministratorGuideline] = extraction::value(claims, claimsSpan, 0.95);
    item.fields[FieldId::ClaimsAdministratorGuidelineSources] =
        extraction::value(FieldValue::join(GuidelineSources::classify(claims)), claimsSpan, 0.9);
    if (a.maximus >= 0) {
        const auto [maximus, maximusSpan] = paragraph(a.maximusEnd, a.rationale >= 0 ? a.rationale : itemEnd);
        item.fields[FieldId::MaximusGuideline] = extraction::value(maximus, maximusSpan, 0.95);
        item.fields[FieldId::MaximusGuidelineSources] =
            extraction::value(FieldValue::join(GuidelineSources::classify(maximus)), maximusSpan, 0.9);
    }
    if (a.rationale < 0)
        return;
    const auto [rationale, rationaleSpan] = paragraph(a.rationaleEnd, itemEnd);
    item.fields[FieldId::Rationale] = extraction::value(rationale, rationaleSpan, 0.95);
    const Necessity n = NecessityClassifier::classify(rationale, item.field(FieldId::Decision).value);
    // The phrase's span is in folded text; point at the rationale instead.
    item.fields[FieldId::MedicallyNecessary] = extraction::value(n.value, rationaleSpan, n.confidence, n.note);
}

} // namespace imr
