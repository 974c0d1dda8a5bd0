#include "letterhighlighter.h"

#include "syntaxrepository.h"

namespace imr::gui {

LetterHighlighter::LetterHighlighter(QTextDocument *document)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
{
    setDefinition(SyntaxRepository::letterDefinition());
}

void LetterHighlighter::followPalette(const QPalette &palette)
{
    setTheme(SyntaxRepository::themeFor(palette));
    rehighlight();
}

} // namespace imr::gui
