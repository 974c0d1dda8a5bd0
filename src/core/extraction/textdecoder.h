#pragma once

#include <QCoreApplication>
#include <QByteArray>
#include <QString>

namespace imr {

// The outcome of turning a file's bytes into letter text.
struct DecodedText
{
    QString text;     // normalised: LF line ends, form feeds kept
    QString encoding; // what was detected, for the reviewer
    QString error;    // why the bytes are not a letter; empty on success

    bool ok() const { return error.isEmpty(); }
};

// Detects the encoding of a text letter and normalises its line ends. All
// span offsets in the application are offsets into this normalised text.
class TextDecoder final
{
    Q_DECLARE_TR_FUNCTIONS(imr::TextDecoder)
public:
    static DecodedText decode(const QByteArray &bytes);
    static QString normaliseLineEnds(QString text);

private:
    static bool looksBinary(QByteArrayView bytes);
    static QString decodeWindows1252(QByteArrayView bytes);
};

} // namespace imr
