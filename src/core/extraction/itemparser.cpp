#include "extraction/itemparser.h"

#include "extraction/extractionhelpers.h"
#include "extraction/guidelinesources.h"
#include "extraction/itemstatement.h"
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
    static const QRegularExpression re(extraction::regex(
        u"Decision\\s+rationale\\s*:|Rationale\\s+for\\s+the\\s+Decision\\s*:|(?<![\\w\\s])\\s*\\bRationale\\s*:"_s));
    return re;
}

// Layouts without the labels (2013, 2014) introduce the two guideline
// paragraphs with a heading or with their first sentence.
const QRegularExpression &claimsParagraph()
{
    static const QRegularExpression re(extraction::regex(
        u"(?<label>Claims\\s+Administrator\\s+guidelines?\\s*:|Medical\\s+Treatment\\s+Guidelines?\\s*(?:\\(s\\))?\\s+"
        "Used\\s+by\\s+the\\s+Claims\\s+Administrator\\s*:?)|\\bThe\\s+Claims\\s+Administrator\\s+"
        "(?:based|did\\s+not|relied|cited|used|referenced)\\b"_s));
    return re;
}

const QRegularExpression &maximusParagraph()
{
    static const QRegularExpression re(extraction::regex(
        u"(?<label>MAXIMUS\\s+guidelines?\\s*:|Medical\\s+Treatment\\s+Guidelines?\\s*(?:\\(s\\))?\\s+Used\\s+by\\s+the\\s+"
        "(?:Expert|Physician|Independent\\s+Medical)\\s+Reviewer\\s*:?)|\\bThe\\s+(?:Expert|Physician|Independent\\s+Medical)\\s+"
        "Reviewer\\s+(?:based|found|did\\s+not|relied|cited|used|referenced|agreed)\\b"_s));
    return re;
}

// An item number at the start of a line: "1." or "1)".
const QRegularExpression &itemNumber()
{
    static const QRegularExpression re(u"^[ \\t\\f]*\\(?(?<n>\\d{1,2})\\s*[.)][ \\t]+(?=\\S)"_s,
                                       QRegularExpression::MultilineOption);
    return re;
}

const QRegularExpression &regardingLine()
{
    static const QRegularExpression re(
        u"^[ \\t\\f]*(?:\\(?\\d{1,2}\\s*[.)][ \\t]*)?Regarding\\s+the\\s+requests?\\b"_s,
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    return re;
}

// The claims paragraph of the guideline found "relevant and appropriate".
const QRegularExpression &adoptsClaimsGuideline()
{
    static const QRegularExpression re(extraction::regex(
        u"guidelines?\\s*(?:\\(s\\))?\\s+(?:cited|used|relied\\s+upon)\\s+by\\s+the\\s+Claims\\s+Administrator"_s));
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
    if (anchors.isEmpty())
        return parseNumbered(start, end);
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
        a.headingStart = headingStart(from, headingEnd);
        addRequest(item, a.headingStart, headingEnd, startsMidLine(a.headingStart));
        return item;
    }
    while (headingEnd > from && t[headingEnd - 1].isSpace())
        --headingEnd;
    a.headingStart = headingStart(from, headingEnd);
    addStatement(item, a.headingStart, headingEnd, startsMidLine(a.headingStart));
    return item;
}

void ItemParser::addStatement(DisputedItem &item, qsizetype start, qsizetype end, bool sharedLine) const
{
    // Older headings state the item as a question or as a sentence on
    // necessity; a question leaves the decision to the rationale.
    const ItemStatement s = ItemStatement::parse(m_text, start, end);
    if (!s.recognised) {
        addRequest(item, start, end, sharedLine);
        return;
    }
    addRequest(item, s.request.start, s.request.end(), sharedLine);
    if (s.decision != ItemStatement::Decision::Unstated)
        item.fields[FieldId::Decision] = extraction::value(ItemStatement::decisionName(s.decision), s.decisionSpan, 0.9);
}

QList<DisputedItem> ItemParser::parseNumbered(qsizetype start, qsizetype end) const
{
    const QList<qsizetype> markers = itemMarkers(start, end);
    QList<DisputedItem> items;
    for (qsizetype i = 0; i < markers.size(); ++i) {
        const qsizetype blockEnd = i + 1 < markers.size() ? markers[i + 1] : end;
        const qsizetype headingEnd = statementEnd(markers[i], blockEnd);
        DisputedItem item;
        addStatement(item, markers[i], headingEnd);
        Anchors a = findParts(headingEnd, blockEnd);
        a.headingStart = markers[i];
        addParagraphs(item, a, blockEnd);
        item.span = {markers[i], blockEnd - markers[i]};
        items << item;
    }
    return items;
}

QList<qsizetype> ItemParser::itemMarkers(qsizetype start, qsizetype end) const
{
    const QStringView view = QStringView(m_text.text()).first(end);
    // "Regarding the request for X:" opens the item that carries the
    // rationale; the numbered lists before it only repeat the decisions.
    QList<qsizetype> regarding;
    auto r = regardingLine().globalMatchView(view, start, QRegularExpression::NormalMatch, extraction::kNoCheck);
    while (r.hasNext())
        regarding << r.next().capturedStart();
    if (!regarding.isEmpty())
        return regarding;
    // Otherwise the last numbered run 1, 2, 3 ... of the section: a list that
    // starts again at 1 repeats the one before, with the rationales this time.
    QList<qsizetype> run;
    QList<qsizetype> last;
    auto it = itemNumber().globalMatchView(view, start, QRegularExpression::NormalMatch, extraction::kNoCheck);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const int n = m.capturedView(u"n"_s).toInt();
        if (n == 1) {
            if (!run.isEmpty())
                last = run;
            run = {m.capturedStart()};
        } else if (!run.isEmpty() && n == run.size() + 1) {
            run << m.capturedStart();
        }
    }
    return run.isEmpty() ? last : run;
}

qsizetype ItemParser::statementEnd(qsizetype marker, qsizetype blockEnd) const
{
    // The item's sentence ends at the first line that ends with ".", ":" or
    // "?"; decimals inside ("7.5mg") are not line ends.
    qsizetype line = m_text.lineAt(marker);
    for (int n = 0; n < kMaxHeadingLines + 2 && line >= 0; ++n) {
        const TextSpan span = m_text.lineSpan(line);
        if (span.start >= blockEnd)
            break;
        const QStringView content = m_text.line(line);
        if (content.endsWith(u'.') || content.endsWith(u':') || content.endsWith(u'?'))
            return std::min(span.end(), blockEnd);
        line = m_text.nextContent(line + 1);
    }
    return std::min(m_text.lineSpan(m_text.lineAt(marker)).end(), blockEnd);
}

ItemParser::Anchors ItemParser::findParts(qsizetype from, qsizetype to) const
{
    const QString &t = m_text.text();
    Anchors a;
    const auto claims = extraction::findIn(t, claimsParagraph(), from, to);
    a.claimsStart = claims.hasMatch() ? claims.capturedStart() : -1;
    a.claims = !claims.hasMatch() ? -1 : (claims.hasCaptured(u"label"_s) ? claims.capturedEnd() : claims.capturedStart());
    const qsizetype afterClaims = claims.hasMatch() ? claims.capturedEnd() : from;
    const auto mx = extraction::findIn(t, maximusParagraph(), afterClaims, to);
    a.maximus = mx.hasMatch() ? mx.capturedStart() : -1;
    a.maximusEnd = !mx.hasMatch() ? afterClaims : (mx.hasCaptured(u"label"_s) ? mx.capturedEnd() : mx.capturedStart());
    const auto ra = extraction::findIn(t, rationaleLabel(), mx.hasMatch() ? mx.capturedEnd() : afterClaims, to);
    if (ra.hasMatch()) {
        a.rationale = ra.capturedStart();
        a.rationaleEnd = ra.capturedEnd();
    } else if (mx.hasMatch() && !mx.hasCaptured(u"label"_s)) {
        // No heading: the reviewer's guideline is one paragraph, and the
        // rationale is what follows it.
        const qsizetype next = m_text.paragraphEnd(mx.capturedStart());
        a.rationale = std::min(next, to);
        a.rationaleEnd = a.rationale;
    }
    return a;
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
    // Reflowed text puts the end of the previous rationale on the heading's
    // line ("... is not medically necessary. Occupational therapy ..."): the
    // heading starts after the last sentence that ends inside it, and its
    // request is marked (startsMidLine()).
    static const QRegularExpression sentenceEnd(u"\\p{Ll}{3}[.]\\s+(?=\\p{Lu})"_s);
    qsizetype start = std::max(from, m_text.lineSpan(first).start);
    QRegularExpressionMatchIterator it = sentenceEnd.globalMatchView(QStringView(m_text.text()).first(headingEnd), start,
                                                                     QRegularExpression::NormalMatch, extraction::kNoCheck);
    while (it.hasNext())
        start = it.next().capturedEnd();
    return start;
}

bool ItemParser::startsMidLine(qsizetype position) const
{
    const TextSpan line = m_text.lineSpan(m_text.lineAt(position));
    for (qsizetype i = line.start; i < position; ++i) {
        if (!m_text.text()[i].isSpace())
            return true;
    }
    return false;
}

void ItemParser::addRequest(DisputedItem &item, qsizetype start, qsizetype end, bool sharedLine) const
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
        note = extraction::Notes::tr("Partial authorization: the remaining portion of the request.");
        confidence = 0.85;
    }
    const QString request = m_text.folded(span.start, span.end());
    if (request.size() > 250) {
        confidence = 0.3;
        note = extraction::Notes::tr("Unusually long request: the item heading may include other text.");
    } else if (sharedLine && !last.hasMatch()) {
        confidence = 0.6;
        note = extraction::Notes::tr("The item heading shares its line with other text: check where the request begins.");
    }
    item.fields[FieldId::ItemRequest] = extraction::value(request, span, confidence, note);
    const TreatmentClass cls = m_taxonomy.classify(request);
    double categoryConfidence = 0.9;
    QString why;
    if (cls.category == u"Other"_s) {
        categoryConfidence = 0.3;
        why = extraction::Notes::tr("No taxonomy rule matched the request.");
    } else if (!cls.alternative.isEmpty()) {
        categoryConfidence = 0.5;
        why = extraction::Notes::tr("Only generic words decided the category; the request also fits %1.").arg(cls.alternative);
    }
    item.fields[FieldId::TreatmentCategory] = extraction::value(cls.category, span, categoryConfidence, why);
    item.fields[FieldId::TreatmentSubcategory] =
        extraction::value(cls.subcategory, span, std::min(categoryConfidence, 0.85), why);
}

void ItemParser::addParagraphs(DisputedItem &item, const Anchors &a, qsizetype itemEnd) const
{
    const auto paragraph = [&](qsizetype s, qsizetype e) {
        const TextSpan span = m_text.trimmed({s, std::max<qsizetype>(0, e - s)});
        return std::pair{m_text.folded(span.start, span.end()), span};
    };
    QString claimsSources;
    if (a.claims >= 0) {
        const qsizetype claimsEnd = a.maximus >= 0 ? a.maximus : (a.rationale >= 0 ? a.rationale : itemEnd);
        const auto [claims, claimsSpan] = paragraph(a.claims, claimsEnd);
        claimsSources = FieldValue::join(GuidelineSources::classify(claims));
        item.fields[FieldId::ClaimsAdministratorGuideline] = extraction::value(claims, claimsSpan, 0.95);
        item.fields[FieldId::ClaimsAdministratorGuidelineSources] = extraction::value(claimsSources, claimsSpan, 0.9);
    }
    if (a.maximus >= 0) {
        const auto [maximus, maximusSpan] = paragraph(a.maximusEnd, a.rationale >= 0 ? a.rationale : itemEnd);
        item.fields[FieldId::MaximusGuideline] = extraction::value(maximus, maximusSpan, 0.95);
        QString sources = FieldValue::join(GuidelineSources::classify(maximus));
        // "found the guideline(s) cited by the Claims Administrator relevant
        // and appropriate": the reviewer's sources are the administrator's.
        if ((sources.isEmpty() || sources == u"None"_s) && !claimsSources.isEmpty()
            && adoptsClaimsGuideline().match(maximus).hasMatch())
            item.fields[FieldId::MaximusGuidelineSources] = extraction::value(
                claimsSources, maximusSpan, 0.8, extraction::Notes::tr("The reviewer adopted the Claims Administrator's guideline."));
        else
            item.fields[FieldId::MaximusGuidelineSources] = extraction::value(sources, maximusSpan, 0.9);
    }
    if (a.rationale < 0) {
        if (item.field(FieldId::Decision).value.isEmpty())
            item.fields[FieldId::Decision] =
                extraction::value({}, TextSpan{}, 0.0, extraction::Notes::tr("No decision found for the item."));
        return;
    }
    const auto [rationale, rationaleSpan] = paragraph(a.rationaleEnd, itemEnd);
    item.fields[FieldId::Rationale] = extraction::value(rationale, rationaleSpan, 0.95);
    if (item.field(FieldId::Decision).value.isEmpty()) {
        // A question heading leaves the decision to the rationale's
        // conclusion: "not medically necessary" upholds the denial. Read
        // unfolded, so the span points at the concluding sentence.
        const QString raw = m_text.text().sliced(rationaleSpan.start, rationaleSpan.length);
        const Necessity n = NecessityClassifier::classify(raw, {});
        if (n.value.isEmpty()) {
            item.fields[FieldId::Decision] =
                extraction::value({}, TextSpan{}, 0.0, extraction::Notes::tr("No decision found for the item."));
        } else {
            const TextSpan sentence = m_text.trimmed({rationaleSpan.start + n.span.start, n.span.length});
            item.fields[FieldId::Decision] =
                extraction::value(n.value == u"yes"_s ? u"Overturned"_s : u"Upheld"_s, sentence, 0.85);
        }
    }
    const Necessity n = NecessityClassifier::classify(rationale, item.field(FieldId::Decision).value);
    // The phrase's span is in folded text; point at the rationale instead.
    item.fields[FieldId::MedicallyNecessary] = extraction::value(n.value, rationaleSpan, n.confidence, n.note);
}

} // namespace imr
