#pragma once

#include <QString>

namespace imr::gui {

// Typed access to the application's QSettings, one accessor per setting.
class AppSettings final
{
public:
    static QString lastFolder();
    static void setLastFolder(const QString &folder);
    // The name written to the audit trail; the OS user until set.
    static QString reviewerName();
    static void setReviewerName(const QString &name);
    static QString systemUserName();
};

} // namespace imr::gui
