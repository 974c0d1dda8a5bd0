#pragma once

#include "extraction/determinationrecord.h"
#include "folder/letterformat.h"

#include <QByteArray>
#include <QString>

namespace imr {

// One file of the opened folder: its text, what was extracted from it, or why
// it could not be read. A letter with an error still appears in every list.
struct Letter
{
    QString relativePath; // to the opened folder, with '/' separators
    QString filePath;     // absolute
    QByteArray contentHash; // BLAKE2b-256 of the file's bytes, hex
    QString text;         // normalised text the spans point into
    QList<PageText> pages; // for PDFs: where each page's text is in `text`
    QString error;        // why the file is not a readable letter
    QString warning;      // read, but the reviewer should know something
    DeterminationRecord record; // extracted, with the reviewer's confirmations and corrections
    QString reviewedBy;   // who acknowledged the last change (review store)
    QString reviewedAt;   // when, ISO 8601 UTC
    // Set when the stored review exists but cannot be read: the letter is
    // then read-only, so nothing can replace the review it cannot see.
    QString reviewError;
    qint64 reviewVersion = 0; // of the stored review this record is; 0: never reviewed
    // On a team store: the analyst who holds this letter now. Read-only
    // here until they let it go or their claim expires.
    QString claimedBy;

    bool ok() const { return error.isEmpty(); }
    bool reviewable() const { return ok() && reviewError.isEmpty() && claimedBy.isEmpty(); }
};

} // namespace imr
