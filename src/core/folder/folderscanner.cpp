#include "folder/folderscanner.h"

#include <QDir>
#include <QFile>

#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace imr {

FolderScanner::FolderScanner(QStringList suffixes)
    : m_suffixes(std::move(suffixes))
{
}

namespace {

// One folder's entries read, then its subfolders entered through openat():
// paths are never built for the system to resolve, so a tree whose paths
// exceed PATH_MAX is read like any other, and at most kMaxDepth folders are
// open at once.
class TreeWalk
{
public:
    TreeWalk(const QList<QByteArray> &suffixes, QStringList &paths) : m_suffixes(suffixes), m_paths(paths) {}

    void walk(int dirFd, const QByteArray &relative, int depth)
    {
        DIR *dir = ::fdopendir(dirFd);
        if (!dir) {
            ::close(dirFd);
            m_paths << QFile::decodeName(relative) + u'/';
            return;
        }
        QList<QByteArray> subfolders;
        while (const dirent *entry = ::readdir(dir)) {
            const QByteArray name(entry->d_name);
            if (name.startsWith('.'))
                continue;
            const QByteArray path = relative.isEmpty() ? name : relative + '/' + name;
            unsigned char type = entry->d_type;
            if (type == DT_UNKNOWN) {
                struct stat st {};
                if (::fstatat(::dirfd(dir), name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0)
                    type = S_ISDIR(st.st_mode) ? DT_DIR : S_ISLNK(st.st_mode) ? DT_LNK : DT_REG;
            }
            // A folder named like a letter is listed too (an error row).
            if (namedLikeLetter(name))
                m_paths << QFile::decodeName(path);
            if (type == DT_DIR)
                subfolders << name;
        }
        for (const QByteArray &name : std::as_const(subfolders)) {
            const QByteArray path = relative.isEmpty() ? name : relative + '/' + name;
            if (depth + 1 > FolderScanner::kMaxDepth) {
                m_paths << QFile::decodeName(path) + u'/';
                continue;
            }
            // O_NOFOLLOW: a folder replaced by a link since it was listed
            // is not entered either.
            const int fd = ::openat(::dirfd(dir), name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (fd < 0)
                m_paths << QFile::decodeName(path) + u'/';
            else
                walk(fd, path, depth + 1);
        }
        ::closedir(dir);
    }

private:
    bool namedLikeLetter(const QByteArray &name) const
    {
        const QByteArray lower = name.toLower();
        for (const QByteArray &suffix : m_suffixes) {
            if (lower.endsWith(suffix) && lower.size() > suffix.size())
                return true;
        }
        return false;
    }

    const QList<QByteArray> &m_suffixes;
    QStringList &m_paths;
};

} // namespace

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
    QStringList paths;
    const QByteArray root = QFile::encodeName(QDir(folder).absolutePath());
    const int fd = ::open(root.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0)
        TreeWalk(suffixes, paths).walk(fd, QByteArray(), 0);
    else
        paths << u"/"_s; // the folder itself cannot be read: one row that says why, not an empty folder
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
