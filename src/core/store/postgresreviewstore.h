#pragma once

#include "store/reviewstore.h"
#include "store/storeaddress.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMutex>
#include <QSqlDatabase>

#include <optional>
#include <vector>

class QSqlQuery;

namespace imr {

// The review store a team shares: a PostgreSQL database (QPSQL). Reviews,
// the audit trail, the extraction cache, the search index and claims are
// the team's; each analyst's folder keeps its own list of files there (a
// workspace), matched to reviews by content hash.
//
// Every value is bound; no SQL is built from user input. One connection per
// thread, as with SQLite. The schema is made or upgraded only by
// `--init-store` (PostgresSchema); a store at another version is refused.
class PostgresReviewStore final : public ReviewStore
{
    Q_DECLARE_TR_FUNCTIONS(imr::PostgresReviewStore)
public:
    static constexpr int kDefaultLeaseSeconds = 60;

    PostgresReviewStore();
    ~PostgresReviewStore() override;
    PostgresReviewStore(const PostgresReviewStore &) = delete;
    PostgresReviewStore &operator=(const PostgresReviewStore &) = delete;

    // Creates or upgrades the schema (the database's owner runs this once).
    static Result<int> initialize(const StoreAddress &address);

    // folder: the analyst's folder of letters, whose file list this store keeps.
    Status open(const StoreAddress &address, const QString &folder);
    void close();
    StoreAddress address() const { return m_address; }
    // The name other analysts see on a claim.
    void setAnalyst(const QString &name) override;
    // How long a claim lasts without renewal (a window renews it every third).
    void setLeaseSeconds(int seconds) { m_leaseSeconds = seconds; }
    int leaseSeconds() const { return m_leaseSeconds; }
    int claimLeaseSeconds() const override { return m_leaseSeconds; }
    void setClaimLeaseSeconds(int seconds) override { m_leaseSeconds = seconds; }
    // Whether the database user may reopen closed letters.
    Result<bool> isLead() const;

    bool isOpen() const override;
    QString location() const override { return m_address.displayName(); }
    QString readOnlyReason() const override { return m_readOnlyReason; }
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

    bool isShared() const override { return true; }
    Result<Claim> claim(const QByteArray &hash) override;
    Status release(const QByteArray &hash) override;
    Result<QHash<QByteArray, QString>> claimsByOthers() const override;
    QString storeUser() const override;
    std::unique_ptr<StoreChangeFeed> changeFeed() const override;
    Status reopen(const QByteArray &hash, const QString &reviewer) override;

private:
    Status refuseWhenReadOnly() const;
    QSqlDatabase connection() const;
    Status commitIndexOnce(QList<IndexEntry> &entries, const std::vector<qsizetype> &order, qint64 extractorKey,
                           bool &retry);
    Error queryFailed(const QSqlQuery &query) const;

    StoreAddress m_address;
    QString m_workspace;
    QString m_session; // this window's claims
    QString m_analyst;
    QString m_databaseUser;
    QString m_readOnlyReason;
    int m_leaseSeconds = kDefaultLeaseSeconds;
    QString m_connectionPrefix;
    mutable QMutex m_mutex;
    mutable QStringList m_connections;
    // Every letter load applies the suggestions: the team's are read at
    // most every few seconds, not once per letter.
    mutable QMutex m_suggestionsMutex;
    mutable std::optional<QHash<qint64, CategorySuggestion>> m_suggestions;
    mutable QDateTime m_suggestionsReadAt;
};

} // namespace imr
