#include "folder/folderscanner.h"

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
    // Directories, pipes, sockets, devices and broken links named like
    // letters are listed too: each becomes an error row saying what it is,
    // rather than vanishing. Linked folders are not entered (no loops).
    QDirIterator it(root.path(), nameFilters, QDir::Files | QDir::Dirs | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        paths << root.relativeFilePath(it.filePath());
    }
    std::sort(paths.begin(), paths.end(), naturalLess);
    return paths;
}

namespace {

QStringView withoutLeadingZeros(QStringView digits)
{
    while (digits.size() > 1 && digits.front() == u'0')
        digits = digits.sliced(1);
    return digits;
}

} // namespace

bool FolderScanner::naturalLess(const QString &a, const QString &b)
{
    // Case-insensitive, with runs of digits compared as numbers so that
    // letter9 sorts before letter10 (QCollator's numeric mode needs ICU).
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype ei = i;
            qsizetype ej = j;
            while (ei < a.size() && a[ei].isDigit())
                ++ei;
            while (ej < b.size() && b[ej].isDigit())
                ++ej;
            const QStringView ta = withoutLeadingZeros(QStringView(a).sliced(i, ei - i));
            const QStringView tb = withoutLeadingZeros(QStringView(b).sliced(j, ej - j));
            if (ta.size() != tb.size())
                return ta.size() < tb.size();
            if (ta != tb)
                return ta < tb;
            i = ei;
            j = ej;
            continue;
        }
        const QChar ca = a[i].toCaseFolded();
        const QChar cb = b[j].toCaseFolded();
        if (ca != cb)
            return ca < cb;
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j;
}

} // namespace imr
