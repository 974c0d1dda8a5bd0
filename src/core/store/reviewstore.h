#pragma once

#include "extraction/determinationrecord.h"
#include "folder/letterformat.h"
#include "result.h"
#include "review/categorysuggestions.h"
#include "store/storechangefeed.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace imr {


// One acknowledged change, as the audit table keeps it.
struct AuditEntry
{
    int item = -1; // -1: letter level; items are 0-based here, 1-based in exports
    QString field; // CSV column name, or "item" for added/removed items, "letter" for whole-letter actions
    QString oldValue;
    QString newValue;
    QString action; // confirm, correct, undo, redo, add-item, remove-item, confirm-all, reopen
    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};

// One acknowledged change with who made it and when: the folder's whole
// trail, for review-effort figures.
struct AuditRecord
{
    QByteArray contentHash;
    QString relativePath;
    AuditEntry entry;
    QString reviewer;
    QDateTime at; // UTC
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
    qint64 version = 0; // raised by every save; a save names the version it changes
};

// Who may edit a letter now. On a team store an analyst claims the letter
// on screen with a lease that is renewed while it stays open; a claim whose
// holder stopped renewing it (a closed or killed window) expires.
struct Claim
{
    bool mine = true;
    QString holder; // the other analyst, when not mine
    qint64 takenAtMs = 0;   // server time of this claim or renewal (team store)
    qint64 expiresAtMs = 0; // when it lapses unless renewed
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
    QString readWarning;      // what reading the file said, kept with its text
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
    // Saves the reviewed record and its audit entry in one transaction, if
    // the stored review is still at expectedVersion (0: never reviewed).
    // Returns the new version. Refused as Error::Kind::Conflict when someone
    // saved in between, as Claimed when another analyst holds the letter,
    // and as Forbidden when the letter was closed and only a lead may reopen it.
    virtual Result<qint64> saveReview(const QByteArray &hash, const QString &relativePath,
                                      const DeterminationRecord &record, const AuditEntry &entry,
                                      const QString &reviewer, qint64 expectedVersion) = 0;
    virtual Result<QList<AuditEntry>> auditTrail(const QByteArray &hash) const = 0;
    // Every letter's trail, oldest first.
    virtual Result<QList<AuditRecord>> auditLog() const = 0;

    // Which file counts for a case held by several files (DuplicateCases):
    // normalised case number -> content hash of the chosen file.
    virtual Result<QHash<QString, QByteArray>> caseChoices() const = 0;
    // An empty hash forgets the choice (the latest decision counts again).
    virtual Status saveCaseChoice(const QString &caseKey, const QByteArray &contentHash) = 0;

    // Category corrections offered to the folder's other items with the same
    // request, by RequestKey; the latest correction of a request wins.
    virtual Status saveCategorySuggestion(qint64 requestKey, const CategorySuggestion &suggestion) = 0;
    virtual Result<QHash<qint64, CategorySuggestion>> categorySuggestions() const = 0;
    // Withdraws the suggestion for a request; with a path, only one made in that letter.
    virtual Status forgetCategorySuggestion(qint64 requestKey, const QString &relativePath = {}) = 0;

    // Why nothing can be saved to this store (a read-only file or folder,
    // another window holding it, a database user without write rights);
    // empty when it takes changes. A read-only store still reads every
    // review, and refuses each write with this reason.
    virtual QString readOnlyReason() const { return {}; }
    // Shared by a team: claims matter, and other analysts' changes arrive.
    virtual bool isShared() const { return false; }
    // Takes or renews the claim on a letter. A store of one analyst always grants it.
    virtual Result<Claim> claim(const QByteArray &hash) = 0;
    virtual Status release(const QByteArray &hash) = 0;
    // Letters other analysts hold now: content hash -> holder.
    virtual Result<QHash<QByteArray, QString>> claimsByOthers() const = 0;
    // How long a claim lasts unless renewed; 0: claims never lapse (one analyst).
    virtual int claimLeaseSeconds() const { return 0; }
    virtual void setClaimLeaseSeconds(int seconds) { Q_UNUSED(seconds); }
    // The name other analysts see on this one's claims.
    virtual void setAnalyst(const QString &name) { Q_UNUSED(name); }
    // Who the store says is saving (the database user on a server).
    virtual QString storeUser() const { return {}; }
    // Other analysts' saves and claims as they happen; none for a store of one.
    // Lives on the calling thread.
    virtual std::unique_ptr<StoreChangeFeed> changeFeed() const { return {}; }
    // A lead opens a closed letter for changes again.
    virtual Status reopen(const QByteArray &hash, const QString &reviewer)
    {
        Q_UNUSED(hash);
        Q_UNUSED(reviewer);
        return success(); // one analyst: nothing is ever closed
    }
};

} // namespace imr
