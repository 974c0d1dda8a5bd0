#pragma once

#include "extraction/textspan.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace imr {

// A letter's text cut into lines, with offsets into the original text so a
// parser can work line by line and still report exact spans. Form feeds
// (page breaks) and surrounding blanks are not part of a line's content.
class LetterText final
{
public:
    explicit LetterText(const QString &text);

    const QString &text() const { return m_text; }
    qsizetype lineCount() const { return m_lines.size(); }
    // The line's content without form feeds or surrounding whitespace.
    QStringView line(qsizetype i) const;
    TextSpan lineSpan(qsizetype i) const { return m_lines.at(i); }
    bool isBlank(qsizetype i) const { return m_lines.at(i).isEmpty(); }
    qsizetype lineAt(qsizetype offset) const;
    // Next/previous non-blank line from i (inclusive); -1 when none.
    qsizetype nextContent(qsizetype i) const;
    qsizetype previousContent(qsizetype i) const;
    // Where the paragraph holding offset ends: the first blank line after
    // it, or the end of the text.
    qsizetype paragraphEnd(qsizetype offset) const;
    // The text between two offsets with line breaks and page breaks folded
    // into single spaces, as a reviewer would read it.
    QString folded(qsizetype start, qsizetype end) const;
    // The span with surrounding whitespace removed.
    TextSpan trimmed(TextSpan span) const;

private:
    const QString &m_text;
    QList<TextSpan> m_lines; // trimmed content of each line
};

} // namespace imr
