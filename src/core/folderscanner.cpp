#include "folderscanner.h"

#include <QCollator>
#include <QDir>
#include <QDirIterator>

#include <algorithm>

namespace imr {

FolderScanner::FolderScanner(QStringList suffixes)
    : m_suffixes(std::move(suffixes))
{
}

QStringList FolderScanner::scan(const QString &folder) const
{
    QStringList nameFilters;
    for (const QString &s : m_suffixes)
        nameFilters << QStringLiteral("*.") + s;
    const QDir root(QDir(folder).absolutePath());
    QStringList paths;
    // Hidden entries (the review store's .imr-workbench folder) are skipped.
    // Directories named like letters are listed too: they become an error row.
    QDirIterator it(root.path(), nameFilters, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        paths << root.relativeFilePath(it.filePath());
    }
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(paths.begin(), paths.end(), collator);
    return paths;
}

} // namespace imr
