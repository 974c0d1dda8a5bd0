#include "extraction/itemstatement.h"

#include "extraction/extractionhelpers.h"
#include "extraction/lettertext.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace imr {
namespace {

// An optional item number, "1." or "1)", before the sentence.
constexpr auto kNumber = u"\\s*(?:\\(?\\d{1,2}\\s*[.)]\\s*)?";
// pdftotext often squeezes "not medically" into "notmedically".
constexpr auto kNecessity = u"(?<not>not\\s*)?(?<nec>medically\\s*necessary)(?:\\s+and\\s+appropriate)?";

const QRegularExpression &regarding()
{
    static const QRegularExpression re(extraction::regex(
        QString::fromUtf16(kNumber) + u"(?s)Regarding\\s+the\\s+requests?\\s+(?:for\\s+)?(?<item>.+?)\\s*:?\\s*$"_s));
    return re;
}

const QRegularExpression &question()
{
    static const QRegularExpression re(extraction::regex(
        QString::fromUtf16(kNumber) + u"(?s)(?:Is|Are|Was|Were)\\s+the\\s+requests?\\s+(?:for\\s+)?(?<item>.+?)\\s+"_s
        + QString::fromUtf16(kNecessity) + u"\\s*\\??\\s*$"_s));
    return re;
}

const QRegularExpression &statement()
{
    static const QRegularExpression re(extraction::regex(
        QString::fromUtf16(kNumber)
        + u"(?s)(?:MAXIMUS\\s+Federal\\s+Services,?\\s+Inc\\.?,?\\s+has\\s+determined\\s+(?:that\\s+)?)?"
          "(?:the\\s+requests?\\s+(?:for\\s+)?)?(?<item>.+?)\\s+(?:is|are|was|were)\\s+"_s
        + QString::fromUtf16(kNecessity) + u"\\s*[.:]?\\s*$"_s));
    return re;
}

QRegularExpressionMatch matchWhole(const QRegularExpression &re, const QString &t, qsizetype start, qsizetype end)
{
    return re.matchView(QStringView(t).first(end), start, QRegularExpression::NormalMatch,
                        QRegularExpression::AnchorAtOffsetMatchOption | extraction::kNoCheck);
}

// "a urine drug screen" is the item "urine drug screen".
TextSpan withoutArticle(const QString &t, TextSpan span)
{
    static const QRegularExpression article(extraction::regex(u"(?:an?|the)\\s+"_s));
    const QRegularExpressionMatch m = matchWhole(article, t, span.start, span.end());
    if (m.hasMatch() && m.capturedEnd() < span.end())
        return {m.capturedEnd(), span.end() - m.capturedEnd()};
    return span;
}

} // namespace

ItemStatement ItemStatement::parse(const LetterText &text, qsizetype start, qsizetype end)
{
    const QString &t = text.text();
    ItemStatement s;
    if (start >= end)
        return s;
    if (const auto m = matchWhole(regarding(), t, start, end); m.hasMatch()) {
        s.request = withoutArticle(t, {m.capturedStart(u"item"_s), m.capturedLength(u"item"_s)});
        s.recognised = true;
        return s;
    }
    for (const QRegularExpression *re : {&question(), &statement()}) {
        const QRegularExpressionMatch m = matchWhole(*re, t, start, end);
        if (!m.hasMatch())
            continue;
        s.request = withoutArticle(t, {m.capturedStart(u"item"_s), m.capturedLength(u"item"_s)});
        s.recognised = true;
        if (re == &statement()) {
            s.decision = m.capturedLength(u"not"_s) > 0 ? Decision::Upheld : Decision::Overturned;
            const qsizetype from = m.capturedLength(u"not"_s) > 0 ? m.capturedStart(u"not"_s) : m.capturedStart(u"nec"_s);
            s.decisionSpan = {from, m.capturedEnd(u"nec"_s) - from};
        }
        return s;
    }
    return s;
}

QString ItemStatement::decisionName(Decision d)
{
    switch (d) {
    case Decision::Upheld:
        return u"Upheld"_s;
    case Decision::Overturned:
        return u"Overturned"_s;
    case Decision::Unstated:
        break;
    }
    return {};
}

} // namespace imr
