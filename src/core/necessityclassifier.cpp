#include "necessityclassifier.h"

#include "extractionhelpers.h"

using namespace Qt::StringLiterals;

namespace imr {

Necessity NecessityClassifier::classify(const QString &rationale, const QString &decision)
{
    static const QRegularExpression conclusion(extraction::regex(
        u"medically\\s+(?:necessary|indicated|appropriate|reasonable)|medical(?:ly)?\\s+necessity|\\b(?:is|are|was|were|be)\\s+(?:not\\s+)?necessary\\b|(?<!not\\s)\\b(?:is|are)\\s+(?:not\\s+)?(?:recommended|supported|warranted|indicated|appropriate)"_s));
    static const QRegularExpression negation(extraction::regex(
        u"\\b(?:not|no|non|never|neither|nor|cannot|unnecessary|lacks?)\\b|n't\\b|\\bun(?:supported|warranted)"_s));
    // The conclusion is the last sentence that speaks of necessity.
    QRegularExpressionMatch last;
    auto it = conclusion.globalMatch(rationale);
    while (it.hasNext())
        last = it.next();
    if (!last.hasMatch()) {
        if (decision.isEmpty())
            return {};
        return {decision.compare(u"Overturned"_s, Qt::CaseInsensitive) == 0 ? u"yes"_s : u"no"_s, {}, 0.5};
    }
    qsizetype sentenceStart = rationale.lastIndexOf(u". "_s, last.capturedStart());
    sentenceStart = sentenceStart < 0 ? 0 : sentenceStart + 2;
    qsizetype sentenceEnd = rationale.indexOf(u'.', last.capturedEnd());
    if (sentenceEnd < 0)
        sentenceEnd = rationale.size();
    const QString sentence = rationale.sliced(sentenceStart, sentenceEnd - sentenceStart);
    const bool negated = negation.match(sentence).hasMatch();
    const QString value = negated ? u"no"_s : u"yes"_s;
    // Agreement with the decision makes the reading more certain.
    const bool agrees = decision.isEmpty() || (value == u"yes"_s) == (decision == u"Overturned"_s);
    return {value, {sentenceStart, sentenceEnd - sentenceStart}, agrees ? 0.95 : 0.55};
}

} // namespace imr
