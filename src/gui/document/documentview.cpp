#include "documentview.h"

#include "extraction/paragraphreflow.h"
#include "fieldmarks.h"
#include "letterhighlighter.h"
#include "review/fieldcolors.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QTextBlock>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace imr::gui {

DocumentView::DocumentView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new LetterHighlighter(document()))
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setFont(QFontDatabase::systemFont(QFontDatabase::GeneralFont));
    setMouseTracking(true);
    applyPalette();
}

void DocumentView::showLetter(const QString &text, const DeterminationRecord &record)
{
    m_current.reset();
    collectMarks(record);
    updateHighlighterMarks(); // before the text: one highlighting pass
    m_text = text;
    showText();
}

void DocumentView::setTextLayout(TextLayout layout)
{
    if (layout == m_layout)
        return;
    m_layout = layout;
    setLineWrapMode(layout == TextLayout::NoWrap ? QPlainTextEdit::NoWrap : QPlainTextEdit::WidgetWidth);
    // Offsets are the same in every layout: the cursor, the selection and the
    // current field stay where they were.
    const QTextCursor keep = textCursor();
    const int anchor = keep.anchor();
    const int position = keep.position();
    const bool toCurrent = !keep.hasSelection() && m_current.has_value();
    showText();
    if (toCurrent) {
        setCurrentField(m_current);
        return;
    }
    QTextCursor cursor(document());
    cursor.setPosition(anchor);
    cursor.setPosition(position, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
}

void DocumentView::showText()
{
    setPlainText(m_layout == TextLayout::Reading ? ParagraphReflow::reflow(m_text) : m_text);
}

void DocumentView::setFields(const DeterminationRecord &record)
{
    const TextSpans before = currentSpans();
    QList<TextSpan> old;
    for (const Mark &m : std::as_const(m_marks))
        old << m.span;
    collectMarks(record);
    updateHighlighterMarks();
    for (const Mark &m : std::as_const(m_marks))
        old << m.span;
    m_highlighter->rehighlightSpans(old + before);
}

void DocumentView::collectMarks(const DeterminationRecord &record)
{
    m_record = record;
    m_marks.clear();
    for (const FieldAddress &a : ReviewNavigator::order(record)) {
        for (const TextSpan &s : record.field(a.item, a.field).spans)
            m_marks << Mark{a, s};
    }
    std::sort(m_marks.begin(), m_marks.end(), [](const Mark &a, const Mark &b) { return a.span.start < b.span.start; });
}

TextSpans DocumentView::currentSpans() const
{
    return m_current ? m_record.field(m_current->item, m_current->field).spans : TextSpans{};
}

void DocumentView::setCurrentField(const std::optional<FieldAddress> &address)
{
    const TextSpans before = currentSpans();
    m_current = address;
    updateHighlighterMarks();
    const TextSpans spans = currentSpans();
    m_highlighter->rehighlightSpans(before + spans);
    if (spans.isEmpty())
        return;
    // Scroll the span into view without disturbing a selection in progress.
    const QTextCursor keep = textCursor();
    QTextCursor cursor(document());
    cursor.setPosition(int(std::min<qsizetype>(spans.first().end(), document()->characterCount() - 1)));
    setTextCursor(cursor);
    cursor.setPosition(int(std::min<qsizetype>(spans.first().start, document()->characterCount() - 1)));
    setTextCursor(cursor);
    ensureCursorVisible();
    if (keep.hasSelection())
        setTextCursor(keep);
}

void DocumentView::updateHighlighterMarks()
{
    QList<LetterHighlighter::FieldMark> marks;
    for (const Mark &m : std::as_const(m_marks)) {
        const bool current = m_current && *m_current == m.address;
        // Whole paragraphs (rationale, guidelines) would drown the letter in
        // colour: they are drawn only while their field is the current one.
        if (m.span.length > FieldMarks::kLongSpan && !current)
            continue;
        marks << LetterHighlighter::FieldMark{m.span, FieldColors::highlight(m.address.field, palette(), current),
                                              current ? FieldColors::colorFor(m.address.field, palette()) : QColor()};
    }
    m_highlighter->setFieldMarks(std::move(marks));
}

std::optional<std::pair<QString, TextSpan>> DocumentView::selection() const
{
    const QTextCursor c = textCursor();
    if (!c.hasSelection())
        return std::nullopt;
    QString text = c.selectedText();
    text.replace(QChar::ParagraphSeparator, u' ');
    text.remove(QChar(0x200B)); // a reflowed hyphenation
    return std::pair{text.simplified(), TextSpan{c.selectionStart(), c.selectionEnd() - c.selectionStart()}};
}

std::optional<FieldAddress> DocumentView::fieldAt(qsizetype position) const
{
    // The shortest span wins: a date inside a paragraph beats the paragraph.
    const Mark *best = nullptr;
    for (const Mark &m : m_marks) {
        if (m.span.contains(position) && (!best || m.span.length < best->span.length))
            best = &m;
    }
    return best ? std::optional(best->address) : std::nullopt;
}

bool DocumentView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto address = fieldAt(cursorForPosition(help->pos()).position());
        if (!address) {
            QToolTip::hideText();
            return true;
        }
        QToolTip::showText(help->globalPos(), FieldMarks::tooltip(m_record, *address), viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void DocumentView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    if (const auto address = fieldAt(cursorForPosition(event->position().toPoint()).position()))
        emit fieldClicked(*address);
}

void DocumentView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updateHighlighterMarks(); // colours follow the palette
        applyPalette();           // rehighlights everything
    }
}

void DocumentView::applyPalette()
{
    m_highlighter->followPalette(palette());
}

} // namespace imr::gui
