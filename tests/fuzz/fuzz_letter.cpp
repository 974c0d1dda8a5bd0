// libFuzzer target: any bytes through the decoder, the extractor, the
// consistency rules and the CSV writer must neither crash nor trip
// AddressSanitizer / UndefinedBehaviorSanitizer.

#include "extraction/consistencychecker.h"
#include "extraction/letterextractor.h"
#include "export/reviewedcsvwriter.h"
#include "extraction/textdecoder.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const imr::LetterExtractor extractor;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const imr::DecodedText decoded = imr::TextDecoder::decode(bytes);
    imr::Letter letter;
    letter.relativePath = QStringLiteral("fuzz.txt");
    letter.error = decoded.error;
    if (decoded.ok()) {
        letter.text = decoded.text;
        letter.record = extractor.extract(decoded.text);
        imr::ConsistencyChecker::check(letter.record);
        for (const imr::FieldValue &v : letter.record.fields) {
            for (const imr::TextSpan &s : v.spans) {
                if (s.start < 0 || s.end() > letter.text.size())
                    __builtin_trap();
            }
        }
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    imr::ReviewedCsvWriter::write(buffer, {letter});
    return 0;
}
