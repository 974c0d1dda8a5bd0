#pragma once

#include "store/reviewstore.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QMutex>

#include <atomic>
#include <memory>

#include <optional>
#include <QSqlDatabase>

class QSqlQuery;

namespace imr {

// The review store of one analyst: a SQLite file beside the letters.
// WAL with synchronous=FULL and one transaction per review change: what the
// window shows as acknowledged is on disk. The index, which can be rebuilt,
// is written in batches with synchronous=NORMAL.
//
// A store that cannot be read (corrupt, written by a newer version) is
// reported by open() and never touched. One window writes a store at a
// time: a second one (in this process or another) opens it read-only, as
// does a store whose file or folder cannot be written.
class SqliteReviewStore final : public ReviewStore
{
    Q_DECLARE_TR_FUNCTIONS(imr::SqliteReviewStore)
public:
    static constexpr int kSchemaVersion = 6; // 3: category suggestions; 4: review versions; 5: case choices, facts 3; 6: texts apart

    SqliteReviewStore();
    ~SqliteReviewStore() override;
    SqliteReviewStore(const SqliteReviewStore &) = delete;
    SqliteReviewStore &operator=(const SqliteReviewStore &) = delete;

    // <folder>/.imr-workbench/review.sqlite when the folder is writable,
    // otherwise a file under the application data folder keyed by the path.
    static QString locationFor(const QString &folder);

    // Who may write the store while this one has it open. One: this store
    // only (a window); another store opening it then reads it only. None:
    // this store only reads (a headless export), and keeps no window from
    // writing. Many: every store opened so, each save guarded by the
    // review's version; for tests of the merge path that a team store
    // takes for real.
    enum class Writers { One, None, Many };

    // createIfMissing=false opens only an existing store (the headless
    // export never creates one).
    Status open(const QString &databasePath, bool createIfMissing = true, Writers writers = Writers::One);
    Status openForFolder(const QString &folder, bool createIfMissing = true, Writers writers = Writers::One);
    void close();
    QString path() const { return m_path; }
    // The schema version the last open found in the file, opened or not
    // (-1 when none was read): an older one can be upgraded by a writer.
    int schemaVersionOnDisk() const { return m_versionOnDisk; }
    Result<QString> integrityCheck() const; // "ok" when sound

    bool isOpen() const override { return !m_path.isEmpty(); }
    QString location() const override { return m_path; }
    QString readOnlyReason() const override { return m_readOnlyReason; }
    // Caps the database at its current size, or `pages` pages if larger
    // (SQLite's max_page_count), on this thread's connections and every new
    // one: a store that cannot grow, as on a full disk. For fault tests.
    void setMaxPageCount(qint64 pages);
    Result<QList<IndexedFile>> folderIndex(qint64 extractorKey) const override;
    Status commitIndex(QList<IndexEntry> &entries, qint64 extractorKey) override;
    Status forgetFiles(const QStringList &relativePaths) override;
    Result<QList<qint64>> searchText(const QString &query) const override;
    Result<std::optional<CachedLetter>> cachedExtraction(const QByteArray &hash, qint64 extractorKey) const override;
    Result<std::optional<CachedLetter>> cachedText(const QByteArray &hash) const override;
    Result<std::optional<StoredReview>> review(const QByteArray &hash) const override;
    Result<std::optional<QByteArray>> reviewFacts(const QByteArray &hash) const override;
    Result<qint64> saveReview(const QByteArray &hash, const QString &relativePath, const DeterminationRecord &record,
                              const AuditEntry &entry, const QString &reviewer, qint64 expectedVersion) override;
    Result<QList<AuditEntry>> auditTrail(const QByteArray &hash) const override;
    Result<QList<AuditRecord>> auditLog() const override;
    Result<QHash<QString, QByteArray>> caseChoices() const override;
    Status saveCaseChoice(const QString &caseKey, const QByteArray &contentHash) override;
    Status saveCategorySuggestion(qint64 requestKey, const CategorySuggestion &suggestion) override;
    Result<QHash<qint64, CategorySuggestion>> categorySuggestions() const override;
    Status forgetCategorySuggestion(qint64 requestKey, const QString &relativePath = {}) override;
    // One analyst: every letter is theirs.
    Result<Claim> claim(const QByteArray &) override { return Claim{}; }
    Status release(const QByteArray &) override { return success(); }
    Result<QHash<QByteArray, QString>> claimsByOthers() const override { return QHash<QByteArray, QString>{}; }

private:
    // Reviews use synchronous=FULL; the index, which can be rebuilt, uses
    // NORMAL so a large folder does not wait on fsync per batch.
    enum class Durability { Full, Normal };
    QSqlDatabase connection(Durability durability = Durability::Full) const;
    Status createSchema(QSqlDatabase &db);
    Status migrateFromVersion1(QSqlDatabase &db);
    static Status separateLetterTexts(QSqlDatabase &db);
    static void giveBackFreePages(QSqlDatabase &db);
    static Status refreshReviewFacts(QSqlDatabase &db);

    void forgetSuggestionsCache() const;

    Status refuseWhenReadOnly() const;

    QString m_path;
    QString m_readOnlyReason;
    int m_versionOnDisk = -1;
    bool m_readOnlyFile = false; // opened with SQLITE_OPEN_READONLY
    bool m_immutable = false;    // and its folder is read-only too
    std::unique_ptr<QLockFile> m_writerLock;
    std::atomic<qint64> m_maxPageCount{0};
    QString m_connectionPrefix;
    mutable QMutex m_mutex;
    mutable QStringList m_connections;
    // Every letter load applies the suggestions: one query for the folder,
    // not one per letter. This store is the only writer of its database
    // while it is open (one analyst, one window), and it forgets the copy
    // whenever it writes a suggestion.
    mutable QMutex m_suggestionsMutex;
    mutable std::optional<QHash<qint64, CategorySuggestion>> m_suggestions;
};

} // namespace imr
