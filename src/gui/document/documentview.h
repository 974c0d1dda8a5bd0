#pragma once

#include <QPlainTextEdit>

namespace imr::gui {

class LetterHighlighter;

// The document pane's text view: the letter read-only, syntax-coloured.
class DocumentView final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit DocumentView(QWidget *parent = nullptr);

    void showLetter(const QString &text);
    LetterHighlighter *highlighter() const { return m_highlighter; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    LetterHighlighter *m_highlighter = nullptr;
};

} // namespace imr::gui
