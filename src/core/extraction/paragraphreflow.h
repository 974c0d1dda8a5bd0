#pragma once

#include <QString>

namespace imr {

// The letter for reading: pdftotext breaks every line where the PDF did, so
// a paragraph shown in a narrower pane wraps into ragged half-lines. This
// joins the lines of a paragraph and keeps every other break (blank lines,
// labels, headings, list items, the short last line of a paragraph).
//
// A joined break becomes one space (or a zero-width space after a word
// hyphenated across lines), so the result has exactly the original's length
// and every offset (field spans, provenance, selections) means the same
// character in both.
class ParagraphReflow
{
public:
    static QString reflow(const QString &text);
    // The width of a full line of the letter: the length most long lines
    // reach (90th percentile). Lines well short of it end a paragraph.
    static qsizetype fullLineLength(const QString &text);
};

} // namespace imr
