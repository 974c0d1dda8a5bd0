#include "folder/letterformat.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

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
    const QFileInfo info(filePath);
    if (info.isDir()) {
        content.error = tr("This is a folder named like a letter, not a file.");
        return {};
    }
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
    if (bytes.isEmpty()) {
        content.error = tr("The file is empty.");
        return {};
    }
    content.contentHash = hashOf(bytes);
    return bytes;
}

} // namespace imr
