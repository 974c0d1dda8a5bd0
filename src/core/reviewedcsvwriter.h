#pragma once

#include "letter.h"

#include <QList>
#include <QString>

class QIODevice;

namespace imr {

// Review state of one letter as the CSV reports it (filled by the review store).
struct LetterReviewInfo
{
    QString status = QStringLiteral("unreviewed"); // unreviewed / in progress / reviewed
    QStringList correctedLetterFields;             // column names
    QList<QStringList> correctedItemFields;        // per item, column names
    QString reviewedBy;
    QString reviewedAt; // ISO 8601 UTC
};

// Writes the reviewed CSV of shared/eval/README.md: UTF-8 with BOM, RFC 4180
// with CRLF, one row per disputed item, formula protection on text cells.
class ReviewedCsvWriter final
{
public:
    static QStringList header();
    // reviews may be shorter than letters: missing entries are unreviewed.
    static bool write(QIODevice &device, const QList<Letter> &letters,
                      const QList<LetterReviewInfo> &reviews = {});
    // Atomic: through QSaveFile, so a failed write leaves an earlier file as it was.
    // Returns an error message, empty on success.
    static QString writeFile(const QString &path, const QList<Letter> &letters,
                             const QList<LetterReviewInfo> &reviews = {});

    static QString escapeCell(const QString &cell, bool numeric);

private:
    static QStringList rowsOf(const Letter &letter, const LetterReviewInfo &review);
};

} // namespace imr
