#pragma once

#include "folder/letter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

namespace imr {

// Writes the reviewed CSV of shared/eval/README.md: UTF-8 with BOM, RFC 4180
// with CRLF, one row per disputed item, formula protection on text cells.
class ReviewedCsvWriter final
{
    Q_DECLARE_TR_FUNCTIONS(imr::ReviewedCsvWriter)
public:
    static QStringList header();
    // The review columns come from the letters' field states (see ReviewStatus).
    static bool write(QIODevice &device, const QList<Letter> &letters);
    // The same in parts, for exports that stream letters as they are read.
    static bool writeHeader(QIODevice &device);
    static QByteArray headerBytes();
    static bool writeRows(QIODevice &device, const QList<Letter> &letters);
    // One letter's rows, CRLF-terminated. duplicateOf: the file that counts
    // for this one's case (DuplicateCases::countedInstead), empty when it counts.
    static QByteArray rowBytes(const Letter &letter, const QString &duplicateOf = {});
    // The same with duplicate_of left empty, and where each row's cell
    // starts (byte offsets): for an export that learns which file counts
    // only once the folder is read, and then fills in withDuplicateOf().
    struct MarkedRows
    {
        QByteArray bytes;
        QList<qsizetype> duplicateOfAt;
    };
    static MarkedRows markedRowBytes(const Letter &letter);
    static QByteArray withDuplicateOf(const QByteArray &rows, const QList<qsizetype> &at, const QString &duplicateOf);
    // Atomic: through QSaveFile, so a failed write leaves an earlier file as it was.
    // Returns an error message, empty on success.
    static QString writeFile(const QString &path, const QList<Letter> &letters);

    static QString escapeCell(const QString &cell, bool numeric);

private:
    // CRLF-terminated rows; duplicateOfAt (may be null) gets where each
    // row's duplicate_of cell starts.
    static QString rowsOf(const Letter &letter, const QString &duplicateOf, QList<qsizetype> *duplicateOfAt);
};

} // namespace imr
