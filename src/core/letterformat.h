#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace imr {

// What a format reads from a file: the letter's text or an error.
struct LetterContent
{
    QString text;
    QByteArray contentHash;
    QString error;
    QString warning;
};

// One way of storing a letter on disk (text renderings, published PDFs...).
// Every format yields text, so the extractor never knows where it came from.
class LetterFormat
{
public:
    virtual ~LetterFormat() = default;
    // Lower-case file suffixes without the dot, e.g. "txt".
    virtual QStringList suffixes() const = 0;
    virtual LetterContent read(const QString &filePath) const = 0;

    // Files larger than this are refused rather than read into memory.
    static constexpr qint64 kMaxFileSize = 20 * 1024 * 1024;
};

} // namespace imr
