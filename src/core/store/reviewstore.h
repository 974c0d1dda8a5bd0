#pragma once

#include "extraction/determinationrecord.h"
#include "folder/letterformat.h"
#include "result.h"
#include "review/categorysuggestions.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace imr {

// One acknowledged change, as the audit table keeps it.
struct AuditEntry
{
    int item = -1; // -1: letter level; items are 0-based here, 1-based in exports
    QString field; // CSV column name, or "item" for added/removed items, "letter" for whole-letter actions
    QString oldValue;
    QString newValue;
    QString action; // confirm, correct, undo, redo, add-item, remove-item, confirm-all
    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};

// What reading a file produced and cannot cheaply be produced again: the
// text of formats that are slow to parse (PDF) with their page map. Text
// letters are read again from their file instead.
struct CachedLetter
{
    QString text; // null for formats read again from the file
    QList<PageText> pages;
    QString warning; // what reading the file had to say (a guessed encoding)
    QByteArray facts; // LetterSummary::encodeFacts() of the extracted record
};

// The review as stored for one letter (keyed by content hash).
struct StoredReview
{
    DeterminationRecord record;
    QString relativePath;
    QString reviewedBy;
    QString reviewedAt; // ISO 8601 UTC of the last acknowledged change
};

// What the store knows of one file of the folder, so a folder opened again
// lists its letters without reading them.
struct IndexedFile
{
    QString relativePath;
    qint64 size = -1;
    qint64 mtime = -1; // ms since the epoch
    QByteArray contentHash;
    QString error;   // the file could not be read as a letter
    QString note;    // about this path (changed after review), shown as a warning
    QString warning; // about the content (guessed encoding)
    QByteArray facts; // of the review when there is one, else of the extraction
    bool extracted = false; // facts are from the current extractor (or error is set)
    qint64 textId = 0;
};

// One file read by the indexer, committed with others in one transaction.
struct IndexEntry
{
    IndexedFile file;
    QString text;             // for the search index
    bool keepText = false;    // stored too (formats that are slow to read again)
    QList<PageText> pages;
};

// The folder's review work: its index of letters, reviews, an audit trail
// and the search index, keyed by content hash so a renamed file keeps its
// review. Every read says whether it failed: a failure is never taken for
// "nothing stored". Const methods may be called from any thread.
class ReviewStore
{
public:
    virtual ~ReviewStore() = default;

    virtual bool isOpen() const = 0;
    // Where the store is, for messages (a file path or a server address).
    virtual QString location() const = 0;

    // Everything the store knows of the folder's files.
    virtual Result<QList<IndexedFile>> folderIndex(qint64 extractorKey) const = 0;
    // Stores files read by the indexer in one transaction; sets their textId.
    virtual Status commitIndex(QList<IndexEntry> &entries, qint64 extractorKey) = 0;
    virtual Status forgetFiles(const QStringList &relativePaths) = 0;
    // textIds of the letters whose text has every word of the query (as a
    // word prefix).
    virtual Result<QList<qint64>> searchText(const QString &query) const = 0;
    virtual Result<std::optional<CachedLetter>> cachedExtraction(const QByteArray &hash, qint64 extractorKey) const = 0;
    // The stored text and page map of a slow format's letter, whatever
    // extractor read it (facts may be of another extractor: not to be used).
    virtual Result<std::optional<CachedLetter>> cachedText(const QByteArray &hash) const = 0;

    // std::nullopt: never reviewed. An error: the review exists or may exist
    // but cannot be read, and must not be replaced.
    virtual Result<std::optional<StoredReview>> review(const QByteArray &hash) const = 0;
    // The review's summary facts only (what the letter list needs).
    virtual Result<std::optional<QByteArray>> reviewFacts(const QByteArray &hash) const = 0;
    // Saves the reviewed record and its audit entry in one transaction.
    virtual Status saveReview(const QByteArray &hash, const QString &relativePath, const DeterminationRecord &record,
                              const AuditEntry &entry, const QString &reviewer) = 0;
    virtual Result<QList<AuditEntry>> auditTrail(const QByteArray &hash) const = 0;

    // Category corrections offered to the folder's other items with the same
    // request, by RequestKey; the latest correction of a request wins.
    virtual Status saveCategorySuggestion(qint64 requestKey, const CategorySuggestion &suggestion) = 0;
    virtual Result<QHash<qint64, CategorySuggestion>> categorySuggestions() const = 0;
    // Withdraws the suggestion for a request; with a path, only one made in that letter.
    virtual Status forgetCategorySuggestion(qint64 requestKey, const QString &relativePath = {}) = 0;
};

} // namespace imr
