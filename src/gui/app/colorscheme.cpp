#include "colorscheme.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

using namespace Qt::StringLiterals;

namespace imr::gui {
namespace {

const QString kKey = u"view/colorScheme"_s;

QPalette &systemPalette()
{
    static QPalette palette = QApplication::palette();
    return palette;
}

// Named palettes are painted by Fusion, which honours every role; a native
// style may draw its own colours over them.
void useFusion()
{
    if (QApplication::style()->name().compare("fusion"_L1, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
}

} // namespace

namespace {

// The names the settings file holds, one table for both directions.
constexpr std::pair<ColorScheme::Scheme, QLatin1StringView> kNames[] = {
    {ColorScheme::Scheme::System, "system"_L1},
    {ColorScheme::Scheme::Light, "light"_L1},
    {ColorScheme::Scheme::Dark, "dark"_L1},
};

} // namespace

ColorScheme::Scheme ColorScheme::fromName(const QString &name, Scheme fallback)
{
    for (const auto &[scheme, key] : kNames) {
        if (name == key)
            return scheme;
    }
    return fallback;
}

QString ColorScheme::name(Scheme scheme)
{
    for (const auto &[known, key] : kNames) {
        if (known == scheme)
            return key;
    }
    return kNames[0].second;
}

ColorScheme::Scheme ColorScheme::saved()
{
    return fromName(QSettings().value(kKey).toString(), Scheme::System);
}

void ColorScheme::save(Scheme scheme)
{
    QSettings().setValue(kKey, name(scheme));
}

void ColorScheme::applySaved()
{
    systemPalette(); // taken before any change
    apply(saved());
}

void ColorScheme::apply(Scheme scheme)
{
    const QPalette before = systemPalette();
    switch (scheme) {
    case Scheme::System:
        QApplication::setPalette(before);
        return;
    case Scheme::Light:
        useFusion();
        QApplication::setPalette(lightPalette());
        return;
    case Scheme::Dark:
        useFusion();
        QApplication::setPalette(darkPalette());
        return;
    }
}

QPalette ColorScheme::lightPalette()
{
    // The style only lends its palette: it is not the application's.
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    return fusion->standardPalette();
}

QPalette ColorScheme::darkPalette()
{
    // Text on every background at least 7:1; disabled text still 3:1.
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabled(0x8a, 0x8d, 0x91);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x51));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x41, 0x45));
    p.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x16, 0x17, 0x19));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace imr::gui
