#include "folder/fileadmission.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "folder/folderscanner.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace imr {

QString FileAdmission::refusal(const QString &folder, const QString &filePath, bool followLinksOutside)
{
    // lstat, not QFileInfo: a link in a loop has no metadata there at all.
    const QByteArray path = QFile::encodeName(filePath);
    struct stat st {};
    if (::lstat(path.constData(), &st) != 0) {
        // A name that is not UTF-8 was read with replacement characters and
        // cannot be written back: the file is there, its name is the problem.
        if (filePath.contains(QChar::ReplacementCharacter))
            return tr("The file's name is not valid UTF-8 text, so it cannot be opened; rename the file.");
        if (errno == ENAMETOOLONG)
            return tr("The file's path is longer than the system allows (%1 bytes), so it cannot be opened; "
                      "move it to a folder with a shorter path.").arg(path.size());
        return tr("The file is gone.");
    }
    if (S_ISLNK(st.st_mode)) {
        const QString resolved = QFileInfo(filePath).canonicalFilePath();
        if (resolved.isEmpty() || ::stat(path.constData(), &st) != 0)
            return tr("This is a link that leads nowhere (or round in a loop); it was not read.");
        const QString root = QDir(folder).canonicalPath();
        if (!followLinksOutside && !resolved.startsWith(root + QLatin1Char('/')))
            return tr("This is a link to a file outside the folder; it was not followed. "
                      "Preferences > Follow links that leave the folder allows it.");
    }
    if (S_ISDIR(st.st_mode))
        return {}; // reported by the reader: a folder named like a letter
    if (!S_ISREG(st.st_mode))
        return tr("This is not a regular file (a pipe, a socket or a device); it was not read.");
    return {};
}

QString FileAdmission::folderRefusal(const QString &folder, const QString &relativePath)
{
    const QStringList parts = relativePath.split(u'/', Qt::SkipEmptyParts);
    if (parts.size() > FolderScanner::kMaxDepth)
        return tr("This folder is nested more than %1 levels deep; the folders and letters inside it were not read.")
            .arg(FolderScanner::kMaxDepth);
    // Opened the way the scanner opened it, a level at a time, so the reason
    // is the one it met (a path beyond PATH_MAX opens this way too).
    int fd = ::open(QFile::encodeName(QDir(folder).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    for (const QString &part : parts) {
        if (fd < 0)
            break;
        const int next = ::openat(fd, QFile::encodeName(part).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        const int error = errno;
        ::close(fd);
        fd = next;
        errno = error;
    }
    if (fd >= 0) {
        ::close(fd);
        return tr("This folder could not be read when the folder was listed; rescan (F5) to try again.");
    }
    return tr("This folder cannot be opened (%1); the letters inside it were not read.")
        .arg(QString::fromLocal8Bit(std::strerror(errno)));
}

} // namespace imr
