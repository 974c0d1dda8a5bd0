#pragma once

#include <KSyntaxHighlighting/SyntaxHighlighter>

class QPalette;

namespace imr::gui {

// Colours a letter with the project's "IMR Letter" syntax definition.
class LetterHighlighter final : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT
public:
    explicit LetterHighlighter(QTextDocument *document);
    void followPalette(const QPalette &palette);
};

} // namespace imr::gui
