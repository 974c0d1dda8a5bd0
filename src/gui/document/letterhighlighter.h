#pragma once

#include "extraction/fieldid.h"
#include "extraction/textspan.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QColor>
#include <QList>
#include <QPalette>

class QPalette;

namespace imr::gui {

// Colours a letter with the project's "IMR Letter" syntax definition, and
// lays the extracted fields over it: each field's span gets its field's
// background on top of the syntax format. Done in the same pass as the
// syntax colouring, so a new letter is laid out once.
class LetterHighlighter final : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT
public:
    struct FieldMark
    {
        TextSpan span;
        QColor background;
        QColor underline; // invalid: none (only the current field has one)
    };

    explicit LetterHighlighter(QTextDocument *document);
    void followPalette(const QPalette &palette);
    // Sorted by start. Takes effect on the next highlighting pass; call
    // rehighlightSpans() to refresh text already shown.
    void setFieldMarks(QList<FieldMark> marks);
    void rehighlightSpans(const QList<TextSpan> &spans);

protected:
    void highlightBlock(const QString &text) override;

private:
    QList<FieldMark> m_marks;
    qsizetype m_longest = 0;
    QPalette m_palette; // the text and base colours the marks are read against
};

} // namespace imr::gui
