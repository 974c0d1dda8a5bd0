#include "extraction/textdecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace imr {
namespace {

// Windows-1252 0x80..0x9F: the characters that Latin-1 leaves as controls.
// 0 marks the five bytes the code page does not define.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

} // namespace

DecodedText TextDecoder::decode(const QByteArray &bytes)
{
    DecodedText out;
    if (bytes.isEmpty()) {
        out.error = tr("The file is empty.");
        return out;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.startsWith("\xFF\xFE");
        QStringDecoder dec(le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        out.text = dec.decode(QByteArrayView(bytes).sliced(2));
        out.encoding = le ? u"UTF-16LE"_s : u"UTF-16BE"_s;
        if (dec.hasError() || bytes.size() % 2 != 0 || out.text.contains(QChar(0)))
            out.error = tr("The file claims to be UTF-16 but is not valid UTF-16.");
        // The UTF-16 decoder lets a lone surrogate through; the UTF-8 one
        // (an error) and Windows-1252 (none there) cannot make one, so the
        // scan is needed on this path only.
        else if (!QStringView(out.text).isValidUtf16())
            out.error = tr("The file holds text that is not valid Unicode.");
    } else if (looksBinary(bytes)) {
        out.error = tr("The file holds binary data, not letter text.");
        return out;
    } else {
        const bool bom = bytes.startsWith("\xEF\xBB\xBF");
        QByteArrayView body = bom ? QByteArrayView(bytes).sliced(3) : QByteArrayView(bytes);
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        out.text = utf8.decode(body);
        out.encoding = u"UTF-8"_s;
        if (utf8.hasError()) {
            // Not UTF-8: the letters that are not are Windows-1252 exports.
            out.text = decodeWindows1252(body);
            out.encoding = u"Windows-1252"_s;
        }
    }
    if (out.ok())
        out.text = normaliseLineEnds(std::move(out.text));
    if (out.ok() && QStringView(out.text).trimmed().isEmpty()) // a view: the text is not copied
        out.error = tr("The file holds no text.");
    return out;
}

QString TextDecoder::normaliseLineEnds(QString text)
{
    if (!text.contains(u'\r'))
        return text;
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    return text;
}

bool TextDecoder::looksBinary(QByteArrayView bytes)
{
    // A NUL byte never occurs in 8-bit text; looking at the start is enough
    // to reject images and archives without scanning a huge file twice.
    return bytes.first(std::min<qsizetype>(bytes.size(), 64 * 1024)).contains('\0');
}

QString TextDecoder::decodeWindows1252(QByteArrayView bytes)
{
    QString s(bytes.size(), Qt::Uninitialized);
    QChar *d = s.data();
    for (char c : bytes) {
        const auto b = uchar(c);
        const char16_t high = (b >= 0x80 && b <= 0x9F) ? kCp1252High[b - 0x80] : 0;
        *d++ = QChar(high ? high : char16_t(b));
    }
    return s;
}

} // namespace imr
