#include "folder/folderscanner.h"

#include <QDir>
#include <QFile>

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>

namespace imr {

FolderScanner::FolderScanner(QStringList suffixes)
    : m_suffixes(std::move(suffixes))
{
}

QStringList FolderScanner::scan(const QString &folder) const
{
    // readdir rather than QDirIterator: QDirIterator drops, without a word,
    // an entry whose name is not valid UTF-8 (it cannot stat the name it
    // decoded). Here every entry named like a letter is listed, whatever it
    // is: the loader turns what it cannot read into an error row with the
    // reason. Hidden entries (the store's .imr-workbench folder) are
    // skipped, and linked folders are not entered (no loops, nothing from
    // outside).
    QList<QByteArray> suffixes;
    for (const QString &suffix : m_suffixes)
        suffixes << '.' + suffix.toLower().toUtf8();
    const auto namedLikeLetter = [&suffixes](const QByteArray &name) {
        const QByteArray lower = name.toLower();
        for (const QByteArray &suffix : suffixes) {
            if (lower.endsWith(suffix) && lower.size() > suffix.size())
                return true;
        }
        return false;
    };
    const QByteArray root = QFile::encodeName(QDir(folder).absolutePath());
    QStringList paths;
    QList<QByteArray> pending{QByteArray()}; // relative folders still to read
    while (!pending.isEmpty()) {
        const QByteArray relative = pending.takeLast();
        const QByteArray dirPath = relative.isEmpty() ? root : root + '/' + relative;
        DIR *dir = ::opendir(dirPath.constData());
        if (!dir)
            continue; // unreadable folders are not letters; their files cannot be listed
        while (const dirent *entry = ::readdir(dir)) {
            const QByteArray name(entry->d_name);
            if (name.startsWith('.'))
                continue;
            const QByteArray path = relative.isEmpty() ? name : relative + '/' + name;
            unsigned char type = entry->d_type;
            if (type == DT_UNKNOWN) {
                struct stat st {};
                const QByteArray full = root + '/' + path;
                if (::lstat(full.constData(), &st) == 0)
                    type = S_ISDIR(st.st_mode) ? DT_DIR : S_ISLNK(st.st_mode) ? DT_LNK : DT_REG;
            }
            // A folder named like a letter is listed too (an error row).
            if (namedLikeLetter(name))
                paths << QFile::decodeName(path);
            if (type == DT_DIR)
                pending << path;
        }
        ::closedir(dir);
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
