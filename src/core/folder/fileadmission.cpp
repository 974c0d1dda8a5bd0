#include "folder/fileadmission.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

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

} // namespace imr
