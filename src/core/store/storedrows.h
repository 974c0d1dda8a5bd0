#pragma once

#include "result.h"
#include "store/reviewstore.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

class QSqlQuery;

namespace imr {

// The reads every store makes the same way, whatever its database (the SQL
// is the same in SQLite and PostgreSQL): a cached extraction, a stored
// review, its facts, its audit trail and the category suggestions. A row
// not there is "nothing stored"; a row that cannot be read, or a query that
// fails, is an error.
class StoredRows final
{
    Q_DECLARE_TR_FUNCTIONS(imr::StoredRows)
public:
    // A cached extraction as the team store keeps it, text and facts in one
    // row (the folder's own store keeps texts apart and asks cachedLetter).
    static Result<std::optional<CachedLetter>> cachedExtraction(const QSqlDatabase &db, const QByteArray &hash,
                                                                qint64 extractorKey);
    // The text and page map of a slow format's letter, whatever extractor read it.
    static Result<std::optional<CachedLetter>> cachedText(const QSqlDatabase &db, const QByteArray &hash);
    // Runs a cached-letter query; columns: letter_text, pages, warning, facts.
    static Result<std::optional<CachedLetter>> cachedLetter(QSqlQuery &query);
    static Result<std::optional<StoredReview>> review(const QSqlDatabase &db, const QByteArray &hash);
    static Result<std::optional<QByteArray>> reviewFacts(const QSqlDatabase &db, const QByteArray &hash);
    static Result<QList<AuditEntry>> auditTrail(const QSqlDatabase &db, const QByteArray &hash);
    static Result<QHash<qint64, CategorySuggestion>> categorySuggestions(const QSqlDatabase &db);
    static Result<QList<AuditRecord>> auditLog(const QSqlDatabase &db);
    static Result<QHash<QString, QByteArray>> caseChoices(const QSqlDatabase &db);
    // Runs a folder index query; columns: relative_path, size, mtime,
    // content_hash, error, note, warning, facts, extracted, text id.
    static Result<QList<IndexedFile>> indexedFiles(QSqlQuery &query);

private:
    static Error readFailed(const QSqlQuery &query);
};

} // namespace imr
