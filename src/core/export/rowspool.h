#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace imr {

// The rows of a reviewed CSV export that finds its duplicates itself. Which
// file counts for a case is known only once every file has been read, after
// the first rows are written: the rows wait here, with where each letter's
// duplicate_of cells go. The spool is an owner-only file beside the export
// that has no name while it is written (a killed export leaves no health
// information behind).
// When no row takes a cell, which is a folder without repeated cases or
// copies, publish() gives the spool the export's name: the rows are
// written once. Otherwise copyTo() fills the cells in on the way to the
// export: a second pass over bytes, not over letters.
class RowSpool final
{
public:
    // Beside the export rather than in the system's temporary folder: the
    // user chose that disk for a file of this size, and only a file on the
    // export's file system can be given its name.
    explicit RowSpool(QString exportPath);
    ~RowSpool();

    bool open();
    const QFileDevice &device() const { return *m_file; }
    // What comes before the letters' rows (the CSV's header): published
    // with them, never copied by copyTo().
    bool appendHead(const QByteArray &bytes);
    // One letter's rows, and the byte offsets of its duplicate_of cells in
    // them (ReviewedCsvWriter::markedRowBytes()).
    bool append(const QByteArray &rows, const QList<qsizetype> &duplicateOfAt);
    qsizetype letterCount() const { return m_sizes.size(); }
    // Whether publish() can work here: Linux, on a file system that makes
    // files without a name (O_TMPFILE).
    bool canPublish() const { return m_unnamed; }
    // Replaces the file at the export's path with the spool, whole or not at
    // all, once its bytes are on the disk (as QSaveFile::commit() would).
    // False when it could not: the spool is then as it was, to be copied.
    bool publish();
    // Writes every letter's rows to out in order, with cellFor(letter) in
    // its duplicate_of cells (nothing when empty). The spool is read
    // chunkBytes at a time and written on as it is, but for the rows that
    // take a cell. Returns the device that failed, or nullptr.
    const QIODevice *copyTo(QIODevice &out, const std::function<QString(qsizetype)> &cellFor,
                              qsizetype chunkBytes = 4 << 20);

private:
    bool openUnnamed();

    QString m_exportPath;
    QString m_folder; // the export's: the spool's, and where it is given a name
    std::unique_ptr<QFile> m_file;
    bool m_unnamed = false;
    qint64 m_headBytes = 0;
    qint64 m_writtenBack = 0;
    QList<qsizetype> m_sizes;
    QList<QList<qsizetype>> m_duplicateOfAt;
};

} // namespace imr
