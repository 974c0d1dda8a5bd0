#include "store/storedrows.h"

#include "store/pagemaptext.h"
#include "store/recordjson.h"

#include <QSqlError>
#include <QTimeZone>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace imr {

Error StoredRows::readFailed(const QSqlQuery &q)
{
    return failure(tr("The review store could not be read: %1").arg(q.lastError().text()));
}

Result<std::optional<CachedLetter>> StoredRows::cachedExtraction(const QSqlDatabase &db, const QByteArray &hash,
                                                                 qint64 extractorKey)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT letter_text, pages, warning, facts FROM extraction_cache"
              " WHERE content_hash = ? AND extractor_version = ?"_s);
    q.addBindValue(QString::fromLatin1(hash));
    q.addBindValue(extractorKey);
    return cachedLetter(q);
}

Result<std::optional<CachedLetter>> StoredRows::cachedText(const QSqlDatabase &db, const QByteArray &hash)
{
    // The text does not depend on the extractor: any row of the letter's has it.
    QSqlQuery q(db);
    q.prepare(u"SELECT letter_text, pages, warning, facts FROM extraction_cache"
              " WHERE content_hash = ? AND letter_text IS NOT NULL LIMIT 1"_s);
    q.addBindValue(QString::fromLatin1(hash));
    return cachedLetter(q);
}

Result<std::optional<CachedLetter>> StoredRows::cachedLetter(QSqlQuery &q)
{
    if (!q.exec())
        return readFailed(q);
    if (!q.next())
        return std::optional<CachedLetter>();
    CachedLetter cached;
    if (!q.value(0).isNull()) {
        const QByteArray text = qUncompress(q.value(0).toByteArray());
        if (text.isEmpty())
            return failure(tr("The stored text of this letter is damaged."));
        cached.text = QString::fromUtf8(text);
    }
    cached.pages = PageMapText::read(q.value(1).toString());
    cached.warning = q.value(2).toString();
    cached.facts = q.value(3).toByteArray();
    return std::optional<CachedLetter>(std::move(cached));
}

Result<std::optional<StoredReview>> StoredRows::review(const QSqlDatabase &db, const QByteArray &hash)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT record, relative_path, reviewed_by, reviewed_at, version FROM reviews WHERE content_hash = ?"_s);
    q.addBindValue(QString::fromLatin1(hash));
    if (!q.exec())
        return readFailed(q);
    if (!q.next())
        return std::optional<StoredReview>();
    std::optional<DeterminationRecord> record = RecordJson::read(q.value(0).toByteArray());
    if (!record)
        return failure(tr("The stored review of this letter cannot be read (damaged record). "
                          "The letter is read-only until the store is repaired."));
    return std::optional<StoredReview>(StoredReview{std::move(*record), q.value(1).toString(), q.value(2).toString(),
                                                    q.value(3).toString(), q.value(4).toLongLong()});
}

Result<std::optional<QByteArray>> StoredRows::reviewFacts(const QSqlDatabase &db, const QByteArray &hash)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT facts FROM reviews WHERE content_hash = ?"_s);
    q.addBindValue(QString::fromLatin1(hash));
    if (!q.exec())
        return readFailed(q);
    if (!q.next())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(q.value(0).toByteArray());
}

Result<QList<AuditEntry>> StoredRows::auditTrail(const QSqlDatabase &db, const QByteArray &hash)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT item, field, old_value, new_value, action FROM audit WHERE content_hash = ? ORDER BY id"_s);
    q.addBindValue(QString::fromLatin1(hash));
    if (!q.exec())
        return readFailed(q);
    QList<AuditEntry> entries;
    while (q.next())
        entries << AuditEntry{q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toString()};
    if (q.lastError().isValid())
        return readFailed(q);
    return entries;
}

Result<QList<AuditRecord>> StoredRows::auditLog(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT content_hash, relative_path, item, field, old_value, new_value, action, reviewer, at"
                " FROM audit ORDER BY id"_s))
        return readFailed(q);
    QList<AuditRecord> records;
    while (q.next()) {
        AuditRecord r;
        r.contentHash = q.value(0).toString().toLatin1();
        r.relativePath = q.value(1).toString();
        r.entry = AuditEntry{q.value(2).toInt(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                             q.value(6).toString()};
        r.reviewer = q.value(7).toString();
        r.at = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
        r.at.setTimeZone(QTimeZone::UTC);
        records.append(std::move(r));
    }
    if (q.lastError().isValid())
        return readFailed(q);
    return records;
}

Result<QHash<QString, QByteArray>> StoredRows::caseChoices(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT case_key, content_hash FROM case_choices"_s))
        return readFailed(q);
    QHash<QString, QByteArray> choices;
    while (q.next())
        choices.insert(q.value(0).toString(), q.value(1).toString().toLatin1());
    if (q.lastError().isValid())
        return readFailed(q);
    return choices;
}

Result<QHash<qint64, CategorySuggestion>> StoredRows::categorySuggestions(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT request_key, category, subcategory, request, relative_path FROM category_suggestions"_s))
        return readFailed(q);
    QHash<qint64, CategorySuggestion> all;
    while (q.next())
        all.insert(q.value(0).toLongLong(), CategorySuggestion{q.value(1).toString(), q.value(2).toString(),
                                                               q.value(3).toString(), q.value(4).toString()});
    if (q.lastError().isValid())
        return readFailed(q);
    return all;
}

Result<QList<IndexedFile>> StoredRows::indexedFiles(QSqlQuery &q)
{
    if (!q.exec())
        return readFailed(q);
    QList<IndexedFile> files;
    while (q.next()) {
        IndexedFile f;
        f.relativePath = q.value(0).toString();
        f.size = q.value(1).toLongLong();
        f.mtime = q.value(2).toLongLong();
        f.contentHash = q.value(3).toString().toLatin1();
        f.error = q.value(4).toString();
        f.note = q.value(5).toString();
        f.warning = q.value(6).toString();
        f.facts = q.value(7).toByteArray();
        // Files that could not be read are read again on every run: the
        // cause (a busy PDF helper, permissions) may have passed.
        f.extracted = f.error.isEmpty() && q.value(8).toBool();
        f.textId = q.value(9).toLongLong();
        files.append(std::move(f));
    }
    if (q.lastError().isValid())
        return readFailed(q);
    return files;
}

} // namespace imr
