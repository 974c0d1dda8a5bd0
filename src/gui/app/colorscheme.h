#pragma once

#include <QCoreApplication>
#include <QPalette>
#include <QString>

namespace imr::gui {

// Light or dark, whatever the desktop says. Desktops without Qt theme
// integration (plain X11, a remote session) give every program the light
// palette; an analyst reading letters all day may want dark. System keeps
// the desktop's palette.
class ColorScheme final
{
    Q_DECLARE_TR_FUNCTIONS(imr::gui::ColorScheme)
public:
    enum class Scheme { System, Light, Dark };

    // Remembers the desktop's palette (for System) and applies the saved
    // choice; call once, after the QApplication exists.
    static void applySaved();
    static void apply(Scheme scheme);
    static Scheme saved();
    static void save(Scheme scheme);
    static Scheme fromName(const QString &name, Scheme fallback);
    static QString name(Scheme scheme);

    static QPalette lightPalette();
    static QPalette darkPalette();
};

} // namespace imr::gui
