#include "folder/letterformat.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace imr {

QByteArray LetterFormat::hashOf(const QByteArray &bytes)
{
    // BLAKE2b: collision resistant, and quicker than Qt's SHA-256 by far.
    return QCryptographicHash::hash(bytes, QCryptographicHash::Blake2b_256).toHex();
}

QByteArray LetterFormat::readFile(const QString &filePath, LetterContent &content)
{
    // Worded only when needed: a translation looked up for every letter of
    // a year is a cost with no use.
    const auto tooLarge = [] {
        return tr("The file is larger than %1 MB; letters are much smaller.").arg(kMaxFileSize / (1024 * 1024));
    };
    const auto isFolder = [&content] {
        content.error = tr("This is a folder named like a letter, not a file.");
        return QByteArray();
    };
#ifdef Q_OS_UNIX
    const QByteArray path = QFile::encodeName(filePath);
    const auto cannotRead = [&content, &path, &isFolder](int error) {
        struct stat st {};
        if (::stat(path.constData(), &st) == 0 && S_ISDIR(st.st_mode))
            return isFolder(); // a folder this user may not open is still a folder
        content.error = tr("The file cannot be read: %1").arg(qt_error_string(error));
        return QByteArray();
    };
    // One open and one fstat of the opened file: a year of letters is read
    // in one pass, and the file checked is the file read. Not blocking: a
    // file replaced by a pipe since the folder was listed must not hang
    // the load.
    int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0 && errno == EWOULDBLOCK)
        fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY); // a leased file: wait as any reader would
    if (fd < 0)
        return cannotRead(errno);
    const auto closeFile = qScopeGuard([fd] { ::close(fd); });
    struct stat st {};
    if (::fstat(fd, &st) != 0)
        return cannotRead(errno);
    if (S_ISDIR(st.st_mode))
        return isFolder();
    if (!S_ISREG(st.st_mode)) {
        content.error = tr("This is not a regular file (a pipe, a socket or a device); it was not read.");
        return {};
    }
    // A regular file is read as any reader would: a network file system
    // may answer "try again" to a non-blocking read.
    if (const int flags = ::fcntl(fd, F_GETFL); flags >= 0)
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    if (st.st_size > kMaxFileSize) {
        content.error = tooLarge();
        return {};
    }
    // Read to the end, not to the size seen: the file can have grown since.
    QByteArray bytes(qsizetype(st.st_size) + 1, Qt::Uninitialized);
    qsizetype used = 0;
    for (;;) {
        if (used == bytes.size()) {
            if (used > kMaxFileSize) {
                content.error = tooLarge();
                return {};
            }
            bytes.resize(std::min<qsizetype>(used * 2 + 4096, kMaxFileSize + 1));
        }
        const ssize_t got = ::read(fd, bytes.data() + used, size_t(bytes.size() - used));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return cannotRead(errno);
        if (got == 0)
            break;
        used += got;
    }
    bytes.truncate(used);
#else
    const QFileInfo info(filePath);
    if (info.isDir())
        return isFolder();
    if (info.size() > kMaxFileSize) {
        content.error = tooLarge();
        return {};
    }
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        content.error = tr("The file cannot be read: %1").arg(file.errorString());
        return {};
    }
    // readAll() sizes its buffer from the file; the size can have grown
    // since the check above, hence the second check.
    QByteArray bytes = file.readAll();
    if (bytes.size() > kMaxFileSize) {
        content.error = tooLarge();
        return {};
    }
#endif
    if (bytes.isEmpty()) {
        content.error = tr("The file is empty.");
        return {};
    }
    content.contentHash = hashOf(bytes);
    return bytes;
}

} // namespace imr
