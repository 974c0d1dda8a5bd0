#include "fieldcolors.h"

#include <QPalette>

#include <cmath>

namespace imr::gui {

QPalette FieldColors::paper()
{
    QPalette palette;
    for (const auto role : {QPalette::Base, QPalette::Window, QPalette::Button})
        palette.setColor(role, Qt::white);
    for (const auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        palette.setColor(role, Qt::black);
    return palette;
}

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

namespace {

double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

double FieldColors::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor FieldColors::over(const QColor &top, const QColor &below)
{
    const double a = top.alphaF();
    return QColor::fromRgbF(float(top.redF() * a + below.redF() * (1 - a)), float(top.greenF() * a + below.greenF() * (1 - a)),
                            float(top.blueF() * a + below.blueF() * (1 - a)));
}

QColor FieldColors::textOn(const QColor &background, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    if (contrast(text, background) >= kMinimumContrast)
        return text;
    return contrast(Qt::black, background) >= contrast(Qt::white, background) ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace imr::gui
