#include "textletterformat.h"

#include "textdecoder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace imr {

QStringList TextLetterFormat::suffixes() const
{
    return {u"txt"_s};
}

LetterContent TextLetterFormat::read(const QString &filePath) const
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("imr::TextLetterFormat", s); };
    LetterContent out;
    const QFileInfo info(filePath);
    if (info.isDir()) {
        out.error = tr("This is a folder named like a letter, not a file.");
        return out;
    }
    if (info.size() > kMaxFileSize) {
        out.error = tr("The file is larger than %1 MB; letters are much smaller.").arg(kMaxFileSize / (1024 * 1024));
        return out;
    }
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = tr("The file cannot be read: %1").arg(file.errorString());
        return out;
    }
    // readAll() sizes its buffer from the file; the size can have grown
    // since the check above, hence the second check.
    const QByteArray bytes = file.readAll();
    if (bytes.size() > kMaxFileSize) {
        out.error = tr("The file is larger than %1 MB; letters are much smaller.").arg(kMaxFileSize / (1024 * 1024));
        return out;
    }
    out.contentHash = QCryptographicHash::hash(bytes, QCryptographicHash::Blake2b_256).toHex();
    DecodedText decoded = TextDecoder::decode(bytes);
    out.text = std::move(decoded.text);
    out.error = decoded.error;
    return out;
}

} // namespace imr
