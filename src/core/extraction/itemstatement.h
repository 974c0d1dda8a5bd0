#pragma once

#include "extraction/textspan.h"

#include <QString>

namespace imr {

class LetterText;

// A sentence that names a disputed item, in the forms the layouts use:
//   "X: Upheld"                                     (2014-2017 headings)
//   "1. Is the request for X medically necessary and appropriate?"
//   "1. X is not medically necessary and appropriate."
//   "1) MAXIMUS ... has determined the request for X is notmedically necessary"
//   "1) Regarding the request for X:"
// It yields the item's words and, when the sentence states one, the decision.
struct ItemStatement
{
    enum class Decision { Unstated, Upheld, Overturned };

    TextSpan request;      // the item's words, in the letter's offsets
    Decision decision = Decision::Unstated;
    TextSpan decisionSpan; // the words that state the decision
    bool recognised = false;

    // The statement in text[start, end), which holds one heading or sentence.
    static ItemStatement parse(const LetterText &text, qsizetype start, qsizetype end);
    static QString decisionName(Decision d);
};

} // namespace imr
