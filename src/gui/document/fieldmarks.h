#pragma once

#include "extraction/determinationrecord.h"
#include "review/reviewnavigator.h"

#include <QCoreApplication>
#include <QString>

namespace imr::gui {

// What the text view and the page view share about drawing fields over a
// letter: which spans are paragraphs, and what hovering one says.
class FieldMarks final
{
    Q_DECLARE_TR_FUNCTIONS(imr::gui::FieldMarks)
public:
    // Longer spans (rationale, guidelines) are drawn only while their field
    // is the current one: they would drown the letter in colour.
    static constexpr qsizetype kLongSpan = 300;

    static bool hasLongSpan(const TextSpans &spans);
    // "Item 2 · Decision", the value and the confidence.
    static QString tooltip(const DeterminationRecord &record, const FieldAddress &address);
};

} // namespace imr::gui
