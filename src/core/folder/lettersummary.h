#pragma once

#include "review/reviewstatus.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace imr {

// The few values of one disputed item that lists, filters and charts need.
struct ItemFacts
{
    QString decision;
    QString category;
    QString subcategory;
    QStringList guidelineSources; // MAXIMUS guideline sources
    qint64 requestKey = 0;        // RequestKey::of() the item's request
    friend bool operator==(const ItemFacts &, const ItemFacts &) = default;
};

// One letter of a folder as the letter list, the filters and the charts see
// it: a compact row, never the letter's text or its full record. A folder of
// a year (150,000 letters) fits in memory this way; the letter on screen is
// loaded whole from its file and the review store.
struct LetterSummary
{
    QString relativePath;
    QByteArray contentHash;
    QString error;   // why the file is not a readable letter
    QString warning; // read, but the reviewer should know something
    bool loaded = false;
    qint64 textId = 0; // the letter's row in the store's search index, 0: none

    // Derived from the current record (extraction, or the stored review).
    LetterStatus status = LetterStatus::Unreviewed;
    QString caseNumber;
    QString decisionDate; // ISO
    QString injuryDate;   // ISO
    QString assignedDate;        // ISO: the case assigned to the IMR organisation
    QString applicationReceived; // ISO: the application for IMR received
    QString priority;            // Standard, Expedited or empty
    QStringList specialties;
    QList<ItemFacts> items;

    bool ok() const { return error.isEmpty(); }
    LetterStatus effectiveStatus() const { return ok() ? status : LetterStatus::Error; }

    // Fills the record-derived part from a record.
    void setRecord(const DeterminationRecord &record);
    // The record-derived part as bytes, as the review store keeps it.
    QByteArray encodeFacts() const;
    // Returns false (and leaves the summary as it was) when the bytes are not
    // facts written by encodeFacts().
    bool decodeFacts(const QByteArray &bytes);
    // Whether the bytes hold everything encodeFacts() writes now. Older ones
    // decode, with the facts added since left empty.
    static bool factsAreCurrent(const QByteArray &bytes);

    static LetterSummary of(const Letter &letter);
    // A row known only by its path (listed, not yet read).
    static LetterSummary listed(const QString &relativePath);
};

} // namespace imr
