#pragma once

#include <QString>
#include <QStringList>

namespace imr {

// Lists the letter files of a folder, recursively, as paths relative to it.
// A folder it could not read (no permission, or nested deeper than
// kMaxDepth) is listed too, as its path with a trailing '/', so the loader
// makes it an error row with the reason instead of its letters vanishing.
class FolderScanner final
{
public:
    explicit FolderScanner(QStringList suffixes);
    // Sorted by path, case-insensitively, so the list reads like a file manager.
    QStringList scan(const QString &folder) const;

    // Folders of letters are a few levels deep (year, month, batch); a tree
    // far deeper is a mistake or an attack, and costs a file handle a level.
    static constexpr int kMaxDepth = 64;
    static bool isFolderEntry(const QString &relativePath) { return relativePath.endsWith(u'/'); }

    static bool naturalLess(const QString &a, const QString &b);

private:
    QStringList m_suffixes;
};

} // namespace imr
