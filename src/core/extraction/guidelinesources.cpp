#include "extraction/guidelinesources.h"

#include "extraction/boundedcache.h"
#include "extraction/extractionhelpers.h"

using namespace Qt::StringLiterals;

namespace imr {

QStringList GuidelineSources::classify(const QString &paragraph)
{
    // Citations are boilerplate that repeats across a folder ("MTUS Chronic
    // Pain Medical Treatment Guidelines, page 78"): results are remembered,
    // in a cache cleared when full.
    static BoundedCache<QString, QStringList> cache(20000);
    return cache.value(paragraph, &GuidelineSources::classifyUncached);
}

QStringList GuidelineSources::classifyUncached(const QString &paragraph)
{
    static const QRegularExpression none(extraction::regex(
        u"did\\s+not\\s+(?:cite|provide|reference)\\s+any|no\\s+(?:medical\\s+evidence|guidelines?)\\s+(?:was|were)\\s+cited"_s));
    // "did not base their decision on the MTUS" and "based their decision on
    // recommendation(s) outside of the MTUS" name the MTUS only to set it aside.
    static const QRegularExpression setAside(extraction::regex(
        u"(?:^|(?<=\\.))[^.]*(?:\\b(?:not|no)\\s+(?:base[ds]?|rel(?:y|ied))\\b[^.]*|\\boutside\\s+(?:of\\s+)?(?:the\\s+)?)\\bMTUS\\b[^.]*\\.?"_s));
    static const QRegularExpression mtus(extraction::regex(
        u"(?<!non-)(?<!non\\s)\\b(?:CA\\s+)?MTUS\\b|Medical\\s+Treatment\\s+Utilization\\s+Schedule|Chronic\\s+Pain\\s+Medical\\s+Treatment\\s+Guidelines"_s));
    static const QRegularExpression acoem(extraction::regex(u"\\bACOEM\\b|American\\s+College\\s+of\\s+Occupational"_s));
    static const QRegularExpression odg(extraction::regex(u"\\bODG\\b|Official\\s+Disability\\s+Guidelines?"_s));
    static const QRegularExpression other(
        extraction::regex(u"\\bOther\\s+Medical\\s+Treatment\\s+Guidelines?|https?://|\\bwww\\."_s));
    // A non-MTUS citation that is neither ODG nor ACOEM is another source.
    static const QRegularExpression nonMtus(extraction::regex(u"Non-?\\s*MTUS\\s+(?:Citation\\s*:?\\s*)?(?<rest>[^.]*)"_s));

    // "ODG, which is not part of the MTUS" names the MTUS only to contrast.
    static const QRegularExpression notPartOf(extraction::regex(
        u",?\\s*(?:which\\s+(?:is|are)\\s+)?not\\s+(?:a\\s+)?part\\s+of\\s+(?:the\\s+)?(?:CA\\s+)?MTUS\\b"_s));

    QString text = paragraph; // already folded to one line by the parser
    if (none.match(text).hasMatch())
        return {u"None"_s};
    text.remove(notPartOf);
    text.remove(setAside);
    QStringList sources;
    if (mtus.match(text).hasMatch())
        sources << u"MTUS"_s;
    if (acoem.match(text).hasMatch())
        sources << u"ACOEM"_s;
    if (odg.match(text).hasMatch())
        sources << u"ODG"_s;
    if (other.match(text).hasMatch())
        sources << u"Other"_s;
    auto it = nonMtus.globalMatch(text);
    while (it.hasNext()) {
        const QString rest = it.next().captured(u"rest"_s);
        if (!acoem.match(rest).hasMatch() && !odg.match(rest).hasMatch() && !sources.contains(u"Other"_s))
            sources << u"Other"_s;
    }
    return sources;
}

} // namespace imr
