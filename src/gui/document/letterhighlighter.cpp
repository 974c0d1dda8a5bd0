#include "letterhighlighter.h"

#include "review/fieldcolors.h"
#include "syntaxrepository.h"

#include <QTextBlock>
#include <QTextDocument>

namespace imr::gui {

LetterHighlighter::LetterHighlighter(QTextDocument *document)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
{
    setDefinition(SyntaxRepository::letterDefinition());
}

void LetterHighlighter::followPalette(const QPalette &palette)
{
    m_palette = palette;
    setTheme(SyntaxRepository::themeFor(palette));
    rehighlight();
}

void LetterHighlighter::setFieldMarks(QList<FieldMark> marks)
{
    m_marks = std::move(marks);
    m_longest = 0;
    for (const FieldMark &m : std::as_const(m_marks))
        m_longest = std::max(m_longest, m.span.length);
}

void LetterHighlighter::rehighlightSpans(const QList<TextSpan> &spans)
{
    for (const TextSpan &s : spans) {
        for (QTextBlock b = document()->findBlock(int(s.start)); b.isValid() && b.position() < s.end(); b = b.next())
            rehighlightBlock(b);
    }
}

void LetterHighlighter::highlightBlock(const QString &text)
{
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
    const qsizetype blockStart = currentBlock().position();
    const qsizetype blockEnd = blockStart + text.size();
    // Marks are sorted by start and none is longer than m_longest, so none
    // before this bound can reach the block.
    auto it = std::lower_bound(m_marks.cbegin(), m_marks.cend(), blockStart - m_longest,
                               [](const FieldMark &m, qsizetype bound) { return m.span.start < bound; });
    for (; it != m_marks.cend() && it->span.start < blockEnd; ++it) {
        if (it->span.end() <= blockStart)
            continue;
        const qsizetype from = std::max(it->span.start, blockStart) - blockStart;
        const qsizetype to = std::min(it->span.end(), blockEnd) - blockStart;
        // Keep each run's syntax colour and add the field's background; one
        // merged format per run of equal syntax formats, not per character.
        for (qsizetype runStart = from; runStart < to;) {
            QTextCharFormat f = format(int(runStart));
            qsizetype runEnd = runStart + 1;
            while (runEnd < to && format(int(runEnd)) == f)
                ++runEnd;
            f.setBackground(it->background);
            // The syntax colour (a date's orange) may not read on the field's
            // background: then the text takes a colour that does.
            const QColor shown = FieldColors::over(it->background, m_palette.color(QPalette::Base));
            const QColor ink = f.hasProperty(QTextFormat::ForegroundBrush) ? f.foreground().color()
                                                                           : m_palette.color(QPalette::Text);
            if (FieldColors::contrast(ink, shown) < FieldColors::kMinimumContrast)
                f.setForeground(FieldColors::textOn(shown, m_palette));
            if (it->underline.isValid()) {
                f.setUnderlineStyle(QTextCharFormat::SingleUnderline);
                f.setUnderlineColor(it->underline);
            }
            setFormat(int(runStart), int(runEnd - runStart), f);
            runStart = runEnd;
        }
    }
}

} // namespace imr::gui
