#pragma once

#include <QString>
#include <QStringList>

namespace imr {

// Lists the letter files of a folder, recursively, as paths relative to it.
class FolderScanner final
{
public:
    explicit FolderScanner(QStringList suffixes);
    // Sorted by path, case-insensitively, so the list reads like a file manager.
    QStringList scan(const QString &folder) const;

    static bool naturalLess(const QString &a, const QString &b);

private:
    QStringList m_suffixes;
};

} // namespace imr
