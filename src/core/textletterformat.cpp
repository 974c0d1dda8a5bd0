#include "textletterformat.h"

#include "textdecoder.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace imr {

QStringList TextLetterFormat::suffixes() const
{
    return {u"txt"_s};
}

LetterContent TextLetterFormat::read(const QString &filePath) const
{
    LetterContent out;
    const QByteArray bytes = readFile(filePath, out);
    if (!out.error.isEmpty())
        return out;
    DecodedText decoded = TextDecoder::decode(bytes);
    out.text = std::move(decoded.text);
    out.error = decoded.error;
    return out;
}

} // namespace imr
