#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

class QPalette;

namespace imr::gui {

// The application's one KSyntaxHighlighting repository (GUI thread only).
// The letter definition comes from Qt resources; nothing is ever downloaded.
class SyntaxRepository final
{
public:
    static KSyntaxHighlighting::Repository &instance();
    static KSyntaxHighlighting::Definition letterDefinition();
    // A theme whose background matches the palette (light or dark).
    static KSyntaxHighlighting::Theme themeFor(const QPalette &palette);
};

} // namespace imr::gui
