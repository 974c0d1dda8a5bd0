#pragma once

#include <QString>

namespace imr::gui {

// Typed access to the application's QSettings, one accessor per setting.
class AppSettings final
{
public:
    static QString lastFolder();
    // Also the first of the recent folders. Saved in the background: it is
    // called as a folder opens, and saving syncs the file to disk (QSaveFile),
    // which can wait a few hundred milliseconds behind other writes.
    static void setLastFolder(const QString &folder);
    // Until the background saves are on disk; the readers of the folders wait
    // for them, and the window before it closes.
    static void waitForSaves();
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
