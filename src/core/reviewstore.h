#pragma once

#include "determinationrecord.h"
#include "letterformat.h"

#include <QByteArray>
#include <QMutex>
#include <QSqlDatabase>
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
};

// What reading and extracting a file produced, kept so a folder opened
// again needs neither QtPdf nor the extractor.
struct CachedLetter
{
    DeterminationRecord record;
    QString text;
    QList<PageText> pages;
    QString warning; // what reading the file had to say (a guessed encoding)
};

// The review as stored for one letter (keyed by content hash).
struct StoredReview
{
    DeterminationRecord record;
    QString relativePath;
    QString reviewedBy;
    QString reviewedAt; // ISO 8601 UTC of the last acknowledged change
};

// The folder's review work in SQLite: reviewed records, an audit trail and
// the extractor's results, keyed by the letter's content hash (so a renamed
// file keeps its review). WAL with synchronous=FULL and one transaction per
// change: what the window shows as acknowledged is on disk.
//
// A store that cannot be read (corrupt, written by a newer version) is
// reported by open() and never touched.
class ReviewStore final
{
public:
    static constexpr int kSchemaVersion = 1;

    ReviewStore();
    ~ReviewStore();
    ReviewStore(const ReviewStore &) = delete;
    ReviewStore &operator=(const ReviewStore &) = delete;

    // <folder>/.imr-workbench/review.sqlite when the folder is writable,
    // otherwise a file under the application data folder keyed by the path.
    static QString locationFor(const QString &folder);

    // Returns an error message, empty on success. createIfMissing=false opens
    // only an existing store (the headless export never creates one).
    QString open(const QString &databasePath, bool createIfMissing = true);
    QString openForFolder(const QString &folder, bool createIfMissing = true);
    void close();
    bool isOpen() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    QString lastError() const;

    // Extraction cache. Thread-safe: every thread gets its own connection.
    std::optional<CachedLetter> cachedExtraction(const QByteArray &hash, int extractorVersion) const;
    bool cacheExtraction(const QByteArray &hash, int extractorVersion, const CachedLetter &letter) const;

    std::optional<StoredReview> review(const QByteArray &hash) const;
    // The review of the letter last seen at this path under another hash.
    std::optional<StoredReview> reviewOfPreviousContent(const QString &relativePath, const QByteArray &hash) const;
    // Saves the reviewed record and its audit entry in one transaction.
    bool saveReview(const QByteArray &hash, const QString &relativePath, const DeterminationRecord &record,
                    const AuditEntry &entry, const QString &reviewer);
    // Remembers which content a path holds now (for changed-file detection).
    bool notePath(const QString &relativePath, const QByteArray &hash) const;
    QList<AuditEntry> auditTrail(const QByteArray &hash) const;
    QString integrityCheck() const; // "ok" when sound

private:
    // Reviews use synchronous=FULL; the cache and path notes, which can be
    // rebuilt, use NORMAL so a large folder does not wait on fsync per file.
    enum class Durability { Full, Normal };
    QSqlDatabase connection(Durability durability = Durability::Full) const;
    QString createSchema(QSqlDatabase &db);

    QString m_path;
    QString m_connectionPrefix;
    mutable QMutex m_mutex;
    mutable QStringList m_connections;
    mutable QString m_lastError;
};

} // namespace imr
