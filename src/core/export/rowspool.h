#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTemporaryFile>

#include <functional>

namespace imr {

// The rows of a reviewed CSV export that finds its duplicates itself. Which
// file counts for a case is known only once every file has been read, after
// the first rows are written: the rows wait here, in an owner-only file
// beside the export whose name, on Unix, is removed as soon as it is open (a
// killed export leaves no health information behind), with where each letter's
// duplicate_of cells go. copyTo() then fills them in: a second pass over
// bytes, not over letters.
class RowSpool final
{
public:
    // Beside the export rather than in the system's temporary folder: the
    // user chose that disk for a file of this size.
    explicit RowSpool(const QString &exportPath);

    bool open();
    const QFileDevice &device() const { return m_file; }
    // One letter's rows, and the byte offsets of its duplicate_of cells in
    // them (ReviewedCsvWriter::markedRowBytes()).
    bool append(const QByteArray &rows, const QList<qsizetype> &duplicateOfAt);
    qsizetype letterCount() const { return m_sizes.size(); }
    // Writes every letter's rows to out in order, with cellFor(letter) in
    // its duplicate_of cells (nothing when empty). The spool is read
    // chunkBytes at a time and written on as it is, but for the rows that
    // take a cell. Returns the device that failed, or nullptr.
    const QIODevice *copyTo(QIODevice &out, const std::function<QString(qsizetype)> &cellFor,
                              qsizetype chunkBytes = 4 << 20);

private:
    QTemporaryFile m_file;
    QList<qsizetype> m_sizes;
    QList<QList<qsizetype>> m_duplicateOfAt;
};

} // namespace imr
