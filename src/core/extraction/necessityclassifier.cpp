#include "extraction/necessityclassifier.h"

#include "extraction/extractionhelpers.h"

using namespace Qt::StringLiterals;

namespace imr {

Necessity NecessityClassifier::classify(const QString &rationale, const QString &decision)
{
    static const QRegularExpression conclusion(extraction::regex(
        u"medically\\s+(?:necessary|indicated|appropriate|reasonable)|medical(?:ly)?\\s+necessity|\\b(?:is|are|was|were|be)\\s+(?:not\\s+)?necessary\\b|(?<!not\\s)\\b(?:is|are)\\s+(?:not\\s+)?(?:recommended|supported|warranted|indicated|appropriate)"_s));
    static const QRegularExpression negation(extraction::regex(
        u"\\b(?:not|no|non|never|neither|nor|cannot|unnecessary|lacks?)\\b|n't\\b|\\bun(?:supported|warranted)"
        // pdftotext squeezes "not medically" into "notmedically".
        "|\\bnot(?=medical)"_s));
    // The conclusion is the last sentence that speaks of necessity. It is
    // nearly always the rationale's last sentence or the one before: the
    // last few hundred characters are searched first, then more, the whole
    // rationale only when they hold none (the search was most of a letter's
    // classifying when it began a page back).
    const auto lastFrom = [&](qsizetype from) {
        QRegularExpressionMatch last;
        auto it = conclusion.globalMatch(rationale, from, QRegularExpression::NormalMatch, extraction::kNoCheck);
        while (it.hasNext())
            last = it.next();
        return last;
    };
    QRegularExpressionMatch last;
    for (const qsizetype window : {qsizetype(400), qsizetype(1200), rationale.size()}) {
        qsizetype tail = std::max<qsizetype>(0, rationale.size() - window);
        if (tail > 0 && rationale.at(tail).isLowSurrogate())
            --tail; // never start inside a character: the match skips the UTF-16 check
        last = lastFrom(tail);
        if (last.hasMatch() || tail == 0)
            break;
    }
    if (!last.hasMatch()) {
        if (decision.isEmpty())
            return {};
        return {decision == u"Overturned"_s ? u"yes"_s : u"no"_s, {}, 0.6,
                extraction::Notes::tr("The rationale has no conclusion on necessity; taken from the decision.")};
    }
    // A sentence ends at a full stop before any blank (a space, or the line
    // break of text that was not folded); "7.5mg" does not end one.
    qsizetype sentenceStart = last.capturedStart();
    while (sentenceStart > 0
           && !(rationale.at(sentenceStart - 1).isSpace() && sentenceStart >= 2 && rationale.at(sentenceStart - 2) == u'.'))
        --sentenceStart;
    qsizetype sentenceEnd = rationale.indexOf(u'.', last.capturedEnd());
    if (sentenceEnd < 0)
        sentenceEnd = rationale.size();
    const QString sentence = rationale.sliced(sentenceStart, sentenceEnd - sentenceStart);
    const bool negated = negation.match(sentence).hasMatch();
    const QString value = negated ? u"no"_s : u"yes"_s;
    if (decision.isEmpty())
        return {value, {sentenceStart, sentenceEnd - sentenceStart}, 0.8, {}};
    // An upheld denial means the request is not medically necessary: when
    // the sentence reads otherwise, the parse of the prose is the weaker
    // evidence, so the decision decides and the reviewer is told.
    const QString fromDecision = decision == u"Overturned"_s ? u"yes"_s : u"no"_s;
    if (value == fromDecision)
        return {value, {sentenceStart, sentenceEnd - sentenceStart}, 0.95, {}};
    return {fromDecision, {sentenceStart, sentenceEnd - sentenceStart}, 0.5,
            extraction::Notes::tr("The rationale's last sentence on necessity reads as \"%1\"; the decision says otherwise.")
                .arg(value)};
}

} // namespace imr
