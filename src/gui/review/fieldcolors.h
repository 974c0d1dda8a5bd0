#pragma once

#include "extraction/fieldid.h"

#include <QColor>

class QPalette;

namespace imr::gui {

// The colour of each field, shared by the side panel and the document pane.
// Hues are fixed per field; lightness follows the palette so highlights stay
// readable on light and dark backgrounds.
class FieldColors final
{
public:
    static QColor colorFor(FieldId id, const QPalette &palette);
    // A translucent version for painting behind text.
    static QColor highlight(FieldId id, const QPalette &palette, bool current);
    static QColor attention(const QPalette &palette);
    static bool isDark(const QPalette &palette);
    // Black on white, whatever the application's palette: a PDF page is
    // paper, so its boxes take the light colours in dark mode too.
    static QPalette paper();

    // WCAG 2 contrast ratio of two opaque colours (1 to 21).
    static double contrast(const QColor &a, const QColor &b);
    // A translucent colour painted over an opaque one.
    static QColor over(const QColor &top, const QColor &below);
    // The palette's text colour where it reads on this background (at least
    // 4.5:1), else black or white, whichever reads better.
    static QColor textOn(const QColor &background, const QPalette &palette);
    static constexpr double kMinimumContrast = 4.5;
};

} // namespace imr::gui
