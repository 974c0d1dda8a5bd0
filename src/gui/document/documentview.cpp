#include "documentview.h"

#include "letterhighlighter.h"

#include <QEvent>
#include <QFontDatabase>

namespace imr::gui {

DocumentView::DocumentView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new LetterHighlighter(document()))
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setFont(QFontDatabase::systemFont(QFontDatabase::GeneralFont));
    applyPalette();
}

void DocumentView::showLetter(const QString &text)
{
    setPlainText(text);
}

void DocumentView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void DocumentView::applyPalette()
{
    m_highlighter->followPalette(palette());
}

} // namespace imr::gui
