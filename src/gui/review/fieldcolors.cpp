#include "fieldcolors.h"

#include <QPalette>

namespace imr::gui {

bool FieldColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor FieldColors::colorFor(FieldId id, const QPalette &palette)
{
    // Spread the fields around the colour wheel; neighbours differ most.
    const int hue = (int(id) * 137) % 360;
    return QColor::fromHsl(hue, 170, isDark(palette) ? 150 : 110);
}

QColor FieldColors::highlight(FieldId id, const QPalette &palette, bool current)
{
    QColor c = colorFor(id, palette);
    c.setAlpha(current ? 150 : (isDark(palette) ? 70 : 55));
    return c;
}

QColor FieldColors::attention(const QPalette &palette)
{
    return isDark(palette) ? QColor(255, 190, 80) : QColor(170, 90, 0);
}

} // namespace imr::gui
