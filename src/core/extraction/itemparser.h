#pragma once

#include "extraction/determinationrecord.h"

namespace imr {

class LetterText;
class TreatmentTaxonomy;

// The disputed items of the decisions section. In the 2014-2017 layouts every
// item has a "Claims Administrator guideline:" paragraph; the request and its
// decision are the line(s) just before it, "<request>: Upheld|Overturned",
// where long requests wrap and push the decision onto the next line, or a
// question or sentence on necessity (ItemStatement). Older layouts number
// their items and give the guidelines as sentences.
class ItemParser final
{
public:
    ItemParser(const LetterText &text, const TreatmentTaxonomy &taxonomy);
    QList<DisputedItem> parse(qsizetype start, qsizetype end) const;

private:
    struct Anchors
    {
        qsizetype claims = -1;    // "Claims Administrator guideline:" end
        qsizetype claimsStart = -1;
        qsizetype maximus = -1;   // "MAXIMUS guideline:" start / end
        qsizetype maximusEnd = -1;
        qsizetype rationale = -1; // "Decision rationale:" start / end
        qsizetype rationaleEnd = -1;
        qsizetype headingStart = -1;
    };
    QList<Anchors> findAnchors(qsizetype start, qsizetype end) const;
    DisputedItem parseHeading(qsizetype from, Anchors &anchors) const;
    // sharedLine: the heading starts mid-line, after other text.
    void addStatement(DisputedItem &item, qsizetype start, qsizetype end, bool sharedLine = false) const;
    // Layouts without "Claims Administrator guideline:" labels: items are the
    // numbered statements or "Regarding the request for X:" blocks.
    QList<DisputedItem> parseNumbered(qsizetype start, qsizetype end) const;
    QList<qsizetype> itemMarkers(qsizetype start, qsizetype end) const;
    qsizetype statementEnd(qsizetype marker, qsizetype blockEnd) const;
    Anchors findParts(qsizetype from, qsizetype to) const;
    qsizetype headingStart(qsizetype from, qsizetype headingEnd) const;
    bool startsMidLine(qsizetype position) const;
    void addRequest(DisputedItem &item, qsizetype start, qsizetype end, bool sharedLine = false) const;
    void addParagraphs(DisputedItem &item, const Anchors &a, qsizetype itemEnd) const;

    const LetterText &m_text;
    const TreatmentTaxonomy &m_taxonomy;
};

} // namespace imr
