#pragma once

#include <QCoreApplication>
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace imr {

// Where one page's text sits in a letter's text (paged formats only), so
// a span can be drawn on the page it came from.
struct PageText
{
    int page = 0;
    qsizetype start = 0;  // offset in the letter's text
    qsizetype length = 0; // characters, equal to the page's own text
    friend bool operator==(const PageText &, const PageText &) = default;
};

// What a format reads from a file: the letter's text or an error.
struct LetterContent
{
    QList<PageText> pages; // empty for formats without pages
    QString text;
    QByteArray contentHash;
    QString error;
    QString warning;
};

// One way of storing a letter on disk (text renderings, published PDFs...).
// Every format yields text, so the extractor never knows where it came from.
class LetterFormat
{
    Q_DECLARE_TR_FUNCTIONS(imr::LetterFormat)
public:
    virtual ~LetterFormat() = default;
    // Lower-case file suffixes without the dot, e.g. "txt".
    virtual QStringList suffixes() const = 0;
    virtual LetterContent read(const QString &filePath) const = 0;
    // Whether the review store should keep the text read from such files:
    // true for formats slow to read again (PDF), false for text files, which
    // are read again from disk when shown.
    virtual bool storesText() const { return false; }

    // Files larger than this are refused rather than read into memory.
    static constexpr qint64 kMaxFileSize = 20 * 1024 * 1024;

    // The file's bytes, or an error in content.error for what every format
    // refuses alike: folders named like letters, huge and unreadable files.
    // On success content.contentHash is set.
    static QByteArray readFile(const QString &filePath, LetterContent &content);
    static QByteArray hashOf(const QByteArray &bytes);
};

} // namespace imr
