#include "folder/textletterformat.h"

#include "extraction/textdecoder.h"

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
    // A guessed encoding can be wrong in places: the reviewer should know.
    if (out.error.isEmpty() && decoded.encoding == u"Windows-1252"_s)
        out.warning = QCoreApplication::translate("imr::TextLetterFormat",
                                                  "The file is not UTF-8; it was read as Windows-1252. Check accented letters and quotes.");
    return out;
}

} // namespace imr
