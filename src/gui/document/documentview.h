#pragma once

#include "extraction/determinationrecord.h"
#include "review/reviewnavigator.h"

#include <QPlainTextEdit>

namespace imr::gui {

class LetterHighlighter;

// The document pane's text view: the letter read-only, coloured by
// KSyntaxHighlighting, with every extracted value's span laid over it in its
// field's colour (extra selections sit above the syntax formats). The
// current field is emphasised and scrolled into view; hovering a span tells
// what it is, clicking it selects the field.
class DocumentView final : public QPlainTextEdit
{
    Q_OBJECT
public:
    // How the letter's lines are laid out. Every mode shows the same
    // characters at the same offsets (see ParagraphReflow), so spans,
    // selections and clicks mean the same in all three.
    enum class TextLayout {
        Reading,     // paragraphs reflowed to the pane's width
        AsExtracted, // pdftotext's line breaks, long lines wrapped
        NoWrap,      // pdftotext's line breaks, never wrapped
    };
    Q_ENUM(TextLayout)

    explicit DocumentView(QWidget *parent = nullptr);

    void setTextLayout(TextLayout layout);
    TextLayout textLayout() const { return m_layout; }

    // The letter and its fields in one go: the text is coloured once.
    void showLetter(const QString &text, const DeterminationRecord &record = {});
    void setFields(const DeterminationRecord &record);
    void setCurrentField(const std::optional<FieldAddress> &address);
    // The selected text and its span, for "take from the letter".
    std::optional<std::pair<QString, TextSpan>> selection() const;
    std::optional<FieldAddress> fieldAt(qsizetype position) const;
    LetterHighlighter *highlighter() const { return m_highlighter; }

signals:
    void fieldClicked(const imr::FieldAddress &address);

protected:
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    struct Mark
    {
        FieldAddress address;
        TextSpan span;
    };
    void applyPalette();
    void collectMarks(const DeterminationRecord &record);
    void updateHighlighterMarks();
    TextSpans currentSpans() const;

    void showText();

    LetterHighlighter *m_highlighter = nullptr;
    QString m_text; // as extracted; what is shown depends on m_layout
    TextLayout m_layout = TextLayout::Reading;
    DeterminationRecord m_record;
    QList<Mark> m_marks;
    std::optional<FieldAddress> m_current;
};

} // namespace imr::gui
