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
};

} // namespace imr::gui
