#pragma once

#include <QString>

namespace imr::gui {

// Typed access to the application's QSettings, one accessor per setting.
class AppSettings final
{
public:
    static QString lastFolder();
    static void setLastFolder(const QString &folder);
};

} // namespace imr::gui
