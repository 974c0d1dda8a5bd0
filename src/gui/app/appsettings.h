#pragma once

#include <QString>

namespace imr::gui {

// Typed access to the application's QSettings, one accessor per setting.
class AppSettings final
{
public:
    static QString lastFolder();
    static void setLastFolder(const QString &folder); // also the first of the recent folders
    // Most recent first, at most kRecentFolders.
    static QStringList recentFolders();
    static void clearRecentFolders();
    static constexpr int kRecentFolders = 8;
    // The sample letters shipped with the program, empty when not installed.
    static QString sampleFolder();
    // The name written to the audit trail; the OS user until set.
    // The team store a folder is reviewed in (a postgresql:// address
    // without password); empty: the folder's own store.
    static QString teamStore(const QString &folder);
    static void setTeamStore(const QString &folder, const QString &url);

    // Links to files outside the opened folder are read (off: error rows).
    static bool followLinksOutside();
    static void setFollowLinksOutside(bool follow);

    static QString reviewerName();
    static void setReviewerName(const QString &name);
    static QString systemUserName();
};

} // namespace imr::gui
