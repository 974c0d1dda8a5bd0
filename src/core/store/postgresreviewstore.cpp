#include "store/postgresreviewstore.h"

#include "folder/lettersummary.h"
#include "review/reviewrules.h"
#include "store/pagemaptext.h"
#include "store/postgreschangefeed.h"
#include "store/postgresschema.h"
#include "store/recordjson.h"
#include "store/storedrows.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace imr {
namespace {

// SQLSTATE 42501: the guard trigger refused (a closed letter), or a grant is missing.
const QString kInsufficientPrivilege = u"42501"_s;
constexpr qint64 kSuggestionsFreshMs = 3000;

// A user's words as a tsquery: every word, as a word prefix, must occur.
// Only letters and digits are kept, so the words carry no tsquery syntax;
// the result is still bound as a value.
QString tsQuery(const QString &text)
{
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
    QStringList terms;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts))
        terms << word.toLower() + u":*"_s;
    return terms.join(u" & "_s);
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// PostgreSQL text cannot hold NUL; a letter with one is still searchable.
QString withoutNul(QString text)
{
    return text.replace(QChar(u'\0'), QChar(u' '));
}

// Ends a transaction that failed: rolled back, and the reason in words. A
// refusal of the guard trigger (a closed letter) is Forbidden.
Error rollBack(QSqlDatabase &db, const QSqlError &error, const QString &forbidden)
{
    db.rollback();
    if (error.nativeErrorCode() == kInsufficientPrivilege)
        return failure(forbidden, Error::Kind::Forbidden);
    return failure(PostgresReviewStore::tr("The team store could not be written: %1").arg(error.text()));
}

Status commitOrRollBack(QSqlDatabase &db)
{
    if (db.commit())
        return success();
    const QString why = db.lastError().text();
    db.rollback();
    return failure(PostgresReviewStore::tr("The team store could not be written: %1").arg(why));
}

bool insertAudit(QSqlQuery &a, const QString &key, const QString &relativePath, const AuditEntry &entry,
                 const QString &reviewer)
{
    a.prepare(u"INSERT INTO audit (content_hash, relative_path, item, field, old_value, new_value, action, reviewer, at)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(key), QVariant(relativePath), QVariant(entry.item), QVariant(entry.field),
                              QVariant(entry.oldValue), QVariant(entry.newValue), QVariant(entry.action),
                              QVariant(reviewer), QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))})
        a.addBindValue(v);
    return a.exec();
}

} // namespace

PostgresReviewStore::PostgresReviewStore()
    : m_connectionPrefix(u"imr-team-%1"_s.arg(quintptr(this), 0, 16))
{
}

PostgresReviewStore::~PostgresReviewStore()
{
    close();
}

Result<int> PostgresReviewStore::initialize(const StoreAddress &address)
{
    const QString name = u"imr-init-%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128));
    Result<int> result = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        address.applyTo(db);
        if (!db.open())
            result = failure(tr("Cannot connect to the team store %1: %2").arg(address.displayName(), db.lastError().text()));
        else
            result = PostgresSchema::upgrade(db);
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Status PostgresReviewStore::open(const StoreAddress &address, const QString &folder)
{
    close();
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return failure(tr("This installation cannot reach PostgreSQL: Qt's QPSQL driver is missing "
                          "(Debian: libqt6sql6-psql)."));
    QMutexLocker lock(&m_mutex);
    m_address = address;
    lock.unlock();
    QSqlDatabase db = connection();
    const auto fail = [this](const QString &why) {
        close();
        return failure(why);
    };
    if (!db.isOpen())
        return fail(tr("Cannot connect to the team store %1: %2").arg(address.displayName(), db.lastError().text()));
    const Result<int> version = PostgresSchema::installedVersion(db);
    if (!version)
        return fail(version.error());
    if (version.value() == 0)
        return fail(tr("%1 is not prepared as a team store. Its owner prepares it once with: "
                       "imr-workbench --init-store %2")
                        .arg(address.displayName(), address.toUrl()));
    if (version.value() != PostgresSchema::latestVersion())
        return fail(version.value() < PostgresSchema::latestVersion()
                        ? tr("The team store %1 has an older schema. Its owner upgrades it with: "
                             "imr-workbench --init-store %2")
                              .arg(address.displayName(), address.toUrl())
                        : tr("The team store %1 was prepared by a newer version of IMR Workbench.")
                              .arg(address.displayName()));
    QSqlQuery who(db);
    if (!who.exec(u"SELECT session_user"_s) || !who.next())
        return fail(queryFailed(who).message);
    m_databaseUser = who.value(0).toString();
    // A user without the right to save, or a server that takes no writes (a
    // standby, default_transaction_read_only): the store is read, and each
    // save is refused with the reason rather than with a server error.
    QSqlQuery rights(db);
    if (!rights.exec(u"SELECT has_table_privilege('reviews', 'INSERT') AND has_table_privilege('reviews', 'UPDATE'),"
                     " current_setting('transaction_read_only') = 'on'"_s)
        || !rights.next())
        return fail(queryFailed(rights).message);
    m_readOnlyReason = rights.value(1).toBool()
        ? tr("Read-only: the team store %1 takes no changes now (a read-only server).").arg(address.displayName())
        : !rights.value(0).toBool()
        ? tr("Read-only: the database user %1 may not save reviews to the team store %2 (it needs the imr_reviewer role).")
              .arg(m_databaseUser, address.displayName())
        : QString();
    // Machines cloned from one image can share a machine id: the host name
    // and the user's name keep their folders apart.
    const QByteArray key = QSysInfo::machineUniqueId() + '\n' + QSysInfo::machineHostName().toUtf8() + '\n'
        + qgetenv("USER") + '\n' + QDir(folder).absolutePath().toUtf8();
    m_workspace = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32));
    m_session = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return success();
}

Status PostgresReviewStore::refuseWhenReadOnly() const
{
    if (m_readOnlyReason.isEmpty())
        return success();
    return failure(tr("The change was not saved: %1").arg(m_readOnlyReason));
}

void PostgresReviewStore::close()
{
    {
        QMutexLocker lock(&m_suggestionsMutex);
        m_suggestions.reset();
    }
    QMutexLocker lock(&m_mutex);
    if (!m_session.isEmpty() && !m_connections.isEmpty() && m_readOnlyReason.isEmpty()) {
        // Claims of this window end with it, not a lease later.
        lock.unlock();
        QSqlQuery q(connection());
        q.prepare(u"DELETE FROM claims WHERE session = ?"_s);
        q.addBindValue(m_session);
        q.exec();
        lock.relock();
    }
    for (const QString &name : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(name);
    m_connections.clear();
    m_address = {};
    m_session.clear();
    m_workspace.clear();
    m_readOnlyReason.clear();
}

bool PostgresReviewStore::isOpen() const
{
    QMutexLocker lock(&m_mutex);
    return !m_session.isEmpty();
}

void PostgresReviewStore::setAnalyst(const QString &name)
{
    m_analyst = name;
}

QString PostgresReviewStore::storeUser() const
{
    return m_databaseUser;
}

namespace {

// Server connections made on a thread end with it: pool threads come and go
// (every rescan has its own), and each would otherwise keep a connection
// open on the server until the folder is closed.
class ThreadConnections
{
public:
    ThreadConnections() = default;
    ThreadConnections(const ThreadConnections &) = delete;
    ThreadConnections &operator=(const ThreadConnections &) = delete;
    ~ThreadConnections()
    {
        for (const QString &name : std::as_const(m_names))
            QSqlDatabase::removeDatabase(name); // nothing if the store closed it already
    }
    void add(const QString &name) { m_names << name; }

private:
    QStringList m_names;
};

thread_local ThreadConnections t_connections;

} // namespace

QSqlDatabase PostgresReviewStore::connection() const
{
    // A QPSQL connection belongs to the thread that opened it.
    static std::atomic<quint64> threads{0};
    thread_local const quint64 thisThread = ++threads;
    const QString name = m_connectionPrefix + u'-' + QString::number(thisThread);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        // A server restart or a dropped network: connect again once.
        if (!db.isOpen() || !db.isValid())
            db.open();
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    QMutexLocker lock(&m_mutex);
    m_address.applyTo(db);
    m_connections << name;
    lock.unlock();
    t_connections.add(name);
    db.open();
    return db;
}

Error PostgresReviewStore::queryFailed(const QSqlQuery &q) const
{
    return failure(tr("The team store could not be read: %1").arg(q.lastError().text()));
}

Result<bool> PostgresReviewStore::isLead() const
{
    QSqlQuery q(connection());
    if (!q.exec(u"SELECT pg_has_role(session_user, 'imr_lead', 'MEMBER')"_s) || !q.next())
        return queryFailed(q);
    return q.value(0).toBool();
}

Result<QList<IndexedFile>> PostgresReviewStore::folderIndex(qint64 extractorKey) const
{
    if (!isOpen())
        return failure(tr("No review store is open."));
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT f.relative_path, f.size, f.mtime, f.content_hash, f.error,"
              " CASE WHEN r.content_hash IS NULL THEN f.note END, c.warning, COALESCE(r.facts, c.facts),"
              " c.content_hash IS NOT NULL, s.id"
              " FROM files f"
              " LEFT JOIN reviews r ON r.content_hash = f.content_hash"
              " LEFT JOIN extraction_cache c ON c.content_hash = f.content_hash AND c.extractor_version = ?"
              " LEFT JOIN letter_search s ON s.content_hash = f.content_hash"
              " WHERE f.workspace = ?"_s);
    q.addBindValue(extractorKey);
    q.addBindValue(m_workspace);
    return StoredRows::indexedFiles(q);
}

Status PostgresReviewStore::commitIndex(QList<IndexEntry> &entries, qint64 extractorKey)
{
    if (!isOpen())
        return failure(tr("No review store is open."));
    if (!m_readOnlyReason.isEmpty())
        return success(); // the file list is this window's cache; it is read again
    // Two analysts indexing the same letters lock the same rows; rows are
    // taken in content order so they wait rather than deadlock, and a batch
    // the server still picked as a deadlock victim is sent again.
    std::vector<qsizetype> order(size_t(entries.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&entries](qsizetype a, qsizetype b) {
        return entries.at(a).file.contentHash < entries.at(b).file.contentHash;
    });
    constexpr int kAttempts = 3;
    for (int attempt = 1;; ++attempt) {
        bool retry = false;
        const Status s = commitIndexOnce(entries, order, extractorKey, retry);
        if (s || !retry || attempt == kAttempts)
            return s;
    }
}

Status PostgresReviewStore::commitIndexOnce(QList<IndexEntry> &entries, const std::vector<qsizetype> &order,
                                            qint64 extractorKey, bool &retry)
{
    QSqlDatabase db = connection();
    if (!db.transaction())
        return failure(tr("The team store could not be written: %1").arg(db.lastError().text()));
    QSqlQuery file(db), cache(db), search(db), findId(db);
    file.prepare(u"INSERT INTO files (workspace, relative_path, size, mtime, content_hash, error, note)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (workspace, relative_path) DO UPDATE SET"
                 " size = EXCLUDED.size, mtime = EXCLUDED.mtime, content_hash = EXCLUDED.content_hash,"
                 " error = EXCLUDED.error, note = EXCLUDED.note"_s);
    cache.prepare(u"INSERT INTO extraction_cache (content_hash, extractor_version, facts, letter_text, pages, warning)"
                  " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (content_hash, extractor_version) DO UPDATE SET"
                  " facts = EXCLUDED.facts, letter_text = EXCLUDED.letter_text, pages = EXCLUDED.pages,"
                  " warning = EXCLUDED.warning"_s);
    // Other keys' rows are kept: analysts with another build or taxonomy
    // share this cache, and would otherwise delete each other's.
    search.prepare(u"INSERT INTO letter_search (content_hash, body) VALUES (?, to_tsvector('simple', ?))"
                   " ON CONFLICT (content_hash) DO NOTHING RETURNING id"_s);
    findId.prepare(u"SELECT id FROM letter_search WHERE content_hash = ?"_s);
    const auto fail = [&db, &entries, &retry](const QSqlQuery &q) {
        const QString why = q.lastError().text();
        const QString state = q.lastError().nativeErrorCode();
        retry = state == u"40P01"_s || state == u"40001"_s; // deadlock, serialization failure
        db.rollback();
        for (IndexEntry &e : entries)
            e.file.textId = 0;
        return failure(tr("The team store could not be written: %1").arg(why));
    };
    for (qsizetype i : order) {
        IndexEntry &e = entries[i];
        IndexedFile &f = e.file;
        const QVariant hash = f.contentHash.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                      : QVariant(QString::fromLatin1(f.contentHash));
        for (const QVariant &v : {QVariant(m_workspace), QVariant(f.relativePath), QVariant(f.size),
                                  QVariant(f.mtime), hash, textOrNull(f.error), textOrNull(f.note)})
            file.addBindValue(v);
        if (!file.exec())
            return fail(file);
        if (!f.error.isEmpty() || f.contentHash.isEmpty())
            continue;
        for (const QVariant &v : {hash, QVariant(extractorKey), QVariant(f.facts),
                                  e.keepText ? QVariant(qCompress(e.text.toUtf8())) : QVariant(QMetaType(QMetaType::QByteArray)),
                                  QVariant(PageMapText::write(e.pages)), QVariant(f.warning)})
            cache.addBindValue(v);
        if (!cache.exec())
            return fail(cache);
        search.addBindValue(hash);
        search.addBindValue(withoutNul(e.text));
        if (!search.exec())
            return fail(search);
        if (search.next()) {
            f.textId = search.value(0).toLongLong();
        } else {
            findId.addBindValue(hash);
            if (!findId.exec() || !findId.next())
                return fail(findId);
            f.textId = findId.value(0).toLongLong();
        }
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        for (IndexEntry &e : entries)
            e.file.textId = 0;
        return failure(tr("The team store could not be written: %1").arg(why));
    }
    return success();
}

Status PostgresReviewStore::forgetFiles(const QStringList &relativePaths)
{
    if (!isOpen())
        return failure(tr("No review store is open."));
    if (!m_readOnlyReason.isEmpty())
        return success(); // the file list is this window's cache; it is read again
    QSqlQuery q(connection());
    // One statement for the lot: an array of paths, bound as one value.
    q.prepare(u"DELETE FROM files WHERE workspace = ? AND relative_path = ANY(string_to_array(?, chr(10)))"_s);
    q.addBindValue(m_workspace);
    q.addBindValue(relativePaths.join(u'\n'));
    if (!q.exec())
        return failure(tr("The team store could not be written: %1").arg(q.lastError().text()));
    return success();
}

Result<QList<qint64>> PostgresReviewStore::searchText(const QString &query) const
{
    if (!isOpen())
        return failure(tr("No review store is open."));
    const QString match = tsQuery(query);
    if (match.isEmpty())
        return QList<qint64>{};
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id FROM letter_search WHERE body @@ to_tsquery('simple', ?)"_s);
    q.addBindValue(match);
    if (!q.exec())
        return queryFailed(q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    if (q.lastError().isValid())
        return queryFailed(q); // a result cut short is not "these letters"
    return ids;
}

Result<std::optional<CachedLetter>> PostgresReviewStore::cachedExtraction(const QByteArray &hash, qint64 extractorKey) const
{
    if (!isOpen())
        return failure(tr("No review store is open."));
    return StoredRows::cachedExtraction(connection(), hash, extractorKey);
}

Result<std::optional<CachedLetter>> PostgresReviewStore::cachedText(const QByteArray &hash) const
{
    if (!isOpen())
        return failure(tr("No review store is open."));
    return StoredRows::cachedText(connection(), hash);
}


Result<std::optional<StoredReview>> PostgresReviewStore::review(const QByteArray &hash) const
{
    if (!isOpen())
        return failure(tr("No review store is open."));
    return StoredRows::review(connection(), hash);
}

Result<std::optional<QByteArray>> PostgresReviewStore::reviewFacts(const QByteArray &hash) const
{
    if (!isOpen())
        return failure(tr("No review store is open."));
    return StoredRows::reviewFacts(connection(), hash);
}

Result<qint64> PostgresReviewStore::saveReview(const QByteArray &hash, const QString &relativePath,
                                               const DeterminationRecord &record, const AuditEntry &entry,
                                               const QString &reviewer, qint64 expectedVersion)
{
    if (!isOpen())
        return failure(tr("No review store is open."));
    if (Status s = refuseWhenReadOnly(); !s)
        return failure(s.error());
    QSqlDatabase db = connection();
    if (!db.transaction())
        return failure(tr("The team store could not be written: %1").arg(db.lastError().text()));
    const auto fail = [&db](const QSqlQuery &q) {
        return rollBack(db, q.lastError(), tr("This letter was reviewed and closed; only a lead can reopen it."));
    };
    const QString key = QString::fromLatin1(hash);
    // The claim row is locked until commit: nobody takes the letter over
    // between this check and the write.
    QSqlQuery claim(db);
    claim.prepare(u"SELECT session, holder, expires_at < clock_timestamp() FROM claims WHERE content_hash = ? FOR SHARE"_s);
    claim.addBindValue(key);
    if (!claim.exec())
        return fail(claim);
    const bool found = claim.next();
    if (!found || claim.value(0).toString() != m_session) {
        const QString holder = found ? claim.value(1).toString() : QString();
        const bool lapsed = found && claim.value(2).toBool();
        db.rollback();
        if (holder.isEmpty() || lapsed)
            return failure(tr("This letter is not claimed by you (any more). Open it again to review it."),
                           Error::Kind::Claimed);
        return failure(tr("%1 is reviewing this letter.").arg(holder), Error::Kind::Claimed);
    }
    // A closed letter is refused here, before the record is sent: a refusal
    // by the guard trigger would put the statement, letter data and all, in
    // the server's log.
    QSqlQuery closed(db);
    closed.prepare(u"SELECT completed AND closed_by IS DISTINCT FROM imr_backend_id()"
                   " AND NOT pg_has_role(session_user, 'imr_lead', 'MEMBER') FROM reviews WHERE content_hash = ? FOR UPDATE"_s);
    closed.addBindValue(key);
    if (!closed.exec())
        return fail(closed);
    if (closed.next() && closed.value(0).toBool()) {
        db.rollback();
        return failure(tr("This letter was reviewed and closed; only a lead can reopen it."), Error::Kind::Forbidden);
    }
    LetterSummary summary;
    summary.setRecord(record);
    const bool completed = ReviewRules::confirmAll(record).isEmpty();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QSqlQuery q(db);
    if (expectedVersion == 0) {
        q.prepare(u"INSERT INTO reviews (relative_path, record, reviewed_by, reviewed_at, facts, completed,"
                  " content_hash, version) VALUES (?, ?, ?, ?, ?, ?, ?, 1)"
                  " ON CONFLICT (content_hash) DO NOTHING RETURNING version"_s);
    } else {
        q.prepare(u"UPDATE reviews SET relative_path = ?, record = ?, reviewed_by = ?, reviewed_at = ?, facts = ?,"
                  " completed = ?, version = version + 1"
                  " WHERE content_hash = ? AND version = ? RETURNING version"_s);
    }
    for (const QVariant &v : {QVariant(relativePath), QVariant(QString::fromUtf8(RecordJson::write(record))),
                              QVariant(reviewer), QVariant(now), QVariant(summary.encodeFacts()), QVariant(completed),
                              QVariant(key)})
        q.addBindValue(v);
    if (expectedVersion != 0)
        q.addBindValue(expectedVersion);
    if (!q.exec())
        return fail(q);
    if (!q.next()) {
        db.rollback();
        return failure(tr("This letter's review was changed elsewhere since it was opened."), Error::Kind::Conflict);
    }
    const qint64 version = q.value(0).toLongLong();
    QSqlQuery a(db);
    if (!insertAudit(a, key, relativePath, entry, reviewer))
        return fail(a);
    // Saving renews the claim: an analyst at work does not lose the letter.
    QSqlQuery renew(db);
    renew.prepare(u"UPDATE claims SET expires_at = clock_timestamp() + make_interval(secs => ?)"
                  " WHERE content_hash = ? AND session = ?"_s);
    renew.addBindValue(m_leaseSeconds);
    renew.addBindValue(key);
    renew.addBindValue(m_session);
    if (!renew.exec())
        return fail(renew);
    if (const Status s = commitOrRollBack(db); !s)
        return failure(s.error());
    return version;
}

Status PostgresReviewStore::reopen(const QByteArray &hash, const QString &reviewer)
{
    if (!isOpen())
        return failure(tr("No review store is open."));
    if (Status s = refuseWhenReadOnly(); !s)
        return failure(s.error());
    QSqlDatabase db = connection();
    if (!db.transaction())
        return failure(tr("The team store could not be written: %1").arg(db.lastError().text()));
    const auto fail = [&db](const QSqlQuery &q) {
        return rollBack(db, q.lastError(), tr("Only a lead can reopen a reviewed letter."));
    };
    const QString key = QString::fromLatin1(hash);
    QSqlQuery q(db);
    // Leads only: checked here for a clear message, and by the guard trigger.
    if (!q.exec(u"SELECT pg_has_role(session_user, 'imr_lead', 'MEMBER')"_s) || !q.next())
        return fail(q);
    if (!q.value(0).toBool()) {
        db.rollback();
        return failure(tr("Only a lead can reopen a reviewed letter."), Error::Kind::Forbidden);
    }
    q.prepare(u"UPDATE reviews SET completed = false, version = version + 1"
              " WHERE content_hash = ? AND completed RETURNING relative_path"_s);
    q.addBindValue(key);
    if (!q.exec())
        return fail(q);
    if (!q.next()) {
        db.rollback();
        return success(); // not closed: nothing to reopen
    }
    const QString path = q.value(0).toString();
    QSqlQuery a(db);
    if (!insertAudit(a, key, path, {-1, u"letter"_s, u"closed"_s, u"open"_s, u"reopen"_s}, reviewer))
        return fail(a);
    return commitOrRollBack(db);
}

Result<QList<AuditEntry>> PostgresReviewStore::auditTrail(const QByteArray &hash) const
{
    if (!isOpen())
        return failure(tr("No review store is open."));
    return StoredRows::auditTrail(connection(), hash);
}

Result<QList<AuditRecord>> PostgresReviewStore::auditLog() const
{
    if (!isOpen())
        return failure(tr("No review store is open."));
    return StoredRows::auditLog(connection());
}

Result<QHash<QString, QByteArray>> PostgresReviewStore::caseChoices() const
{
    if (!isOpen())
        return failure(tr("No review store is open."));
    return StoredRows::caseChoices(connection());
}

Status PostgresReviewStore::saveCaseChoice(const QString &caseKey, const QByteArray &contentHash)
{
    if (!isOpen())
        return failure(tr("No review store is open."));
    if (Status s = refuseWhenReadOnly(); !s)
        return failure(s.error());
    QSqlQuery q(connection());
    if (contentHash.isEmpty()) {
        q.prepare(u"DELETE FROM case_choices WHERE case_key = ?"_s);
        q.addBindValue(caseKey);
    } else {
        q.prepare(u"INSERT INTO case_choices (case_key, content_hash) VALUES (?, ?)"
                  " ON CONFLICT (case_key) DO UPDATE SET content_hash = EXCLUDED.content_hash,"
                  " chosen_by = session_user, at = now()"_s);
        q.addBindValue(caseKey);
        q.addBindValue(QString::fromLatin1(contentHash));
    }
    if (!q.exec())
        return failure(tr("The team store could not be written: %1").arg(q.lastError().text()));
    return success();
}

Status PostgresReviewStore::saveCategorySuggestion(qint64 requestKey, const CategorySuggestion &suggestion)
{
    if (!isOpen())
        return failure(tr("No review store is open."));
    if (Status s = refuseWhenReadOnly(); !s)
        return failure(s.error());
    QSqlQuery q(connection());
    q.prepare(u"INSERT INTO category_suggestions (request_key, category, subcategory, request, relative_path, at)"
              " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (request_key) DO UPDATE SET category = EXCLUDED.category,"
              " subcategory = EXCLUDED.subcategory, request = EXCLUDED.request,"
              " relative_path = EXCLUDED.relative_path, at = EXCLUDED.at"_s);
    for (const QVariant &v : {QVariant(requestKey), QVariant(suggestion.category), QVariant(suggestion.subcategory),
                              QVariant(suggestion.request), QVariant(suggestion.relativePath),
                              QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))})
        q.addBindValue(v);
    const bool written = q.exec();
    {
        QMutexLocker lock(&m_suggestionsMutex);
        m_suggestions.reset();
    }
    if (!written)
        return failure(tr("The team store could not be written: %1").arg(q.lastError().text()));
    return success();
}

Result<QHash<qint64, CategorySuggestion>> PostgresReviewStore::categorySuggestions() const
{
    if (!isOpen())
        return failure(tr("No review store is open."));
    QMutexLocker lock(&m_suggestionsMutex);
    if (m_suggestions && m_suggestionsReadAt.msecsTo(QDateTime::currentDateTimeUtc()) < kSuggestionsFreshMs)
        return *m_suggestions;
    auto all = StoredRows::categorySuggestions(connection());
    if (all) {
        m_suggestions = all.value();
        m_suggestionsReadAt = QDateTime::currentDateTimeUtc();
    }
    return all;
}

Status PostgresReviewStore::forgetCategorySuggestion(qint64 requestKey, const QString &relativePath)
{
    if (!isOpen())
        return failure(tr("No review store is open."));
    if (Status s = refuseWhenReadOnly(); !s)
        return failure(s.error());
    QSqlQuery q(connection());
    // Two statements rather than "? = ''": a null QString is bound as NULL.
    q.prepare(relativePath.isEmpty() ? u"DELETE FROM category_suggestions WHERE request_key = ?"_s
                                     : u"DELETE FROM category_suggestions WHERE request_key = ? AND relative_path = ?"_s);
    q.addBindValue(requestKey);
    if (!relativePath.isEmpty())
        q.addBindValue(relativePath);
    const bool written = q.exec();
    {
        QMutexLocker lock(&m_suggestionsMutex);
        m_suggestions.reset();
    }
    if (!written)
        return failure(tr("The team store could not be written: %1").arg(q.lastError().text()));
    return success();
}

Result<Claim> PostgresReviewStore::claim(const QByteArray &hash)
{
    if (!isOpen())
        return failure(tr("No review store is open."));
    if (!m_readOnlyReason.isEmpty()) {
        // Nothing will be saved, so nothing is claimed; the letter is shown
        // as held when another analyst holds it.
        const auto others = claimsByOthers();
        if (!others)
            return failure(others.error());
        const QString holder = others->value(hash);
        return holder.isEmpty() ? Claim{} : Claim{false, holder, 0, 0};
    }
    const QString key = QString::fromLatin1(hash);
    QSqlQuery q(connection());
    // Taken when free, expired or already ours; the row lock of the upsert
    // makes two analysts' claims of one letter take turns.
    // A window of the same user on the same folder whose connection is gone
    // (it crashed) left the claim: the window started again takes it over.
    // A window still running keeps its claim, even from its own user.
    q.prepare(u"INSERT INTO claims (content_hash, session, holder, workspace, expires_at)"
              " VALUES (?, ?, ?, ?, clock_timestamp() + make_interval(secs => ?))"
              " ON CONFLICT (content_hash) DO UPDATE SET session = EXCLUDED.session, holder = EXCLUDED.holder,"
              " workspace = EXCLUDED.workspace, backend = EXCLUDED.backend, expires_at = EXCLUDED.expires_at,"
              " db_user = session_user"
              " WHERE claims.session = EXCLUDED.session OR claims.expires_at < clock_timestamp()"
              " OR (claims.db_user = session_user AND claims.workspace = EXCLUDED.workspace"
              "     AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a"
              "                     WHERE a.pid::text || '@' || a.backend_start::text = claims.backend))"
              " RETURNING session, (extract(epoch FROM clock_timestamp()) * 1000)::bigint,"
              " (extract(epoch FROM claims.expires_at) * 1000)::bigint"_s);
    q.addBindValue(key);
    q.addBindValue(m_session);
    q.addBindValue(m_analyst.isEmpty() ? m_databaseUser : m_analyst);
    q.addBindValue(m_workspace);
    q.addBindValue(m_leaseSeconds);
    if (!q.exec())
        return failure(tr("The team store could not be written: %1").arg(q.lastError().text()));
    if (q.next())
        return Claim{true, {}, q.value(1).toLongLong(), q.value(2).toLongLong()};
    QSqlQuery holder(connection());
    holder.prepare(u"SELECT holder FROM claims WHERE content_hash = ?"_s);
    holder.addBindValue(key);
    if (!holder.exec())
        return queryFailed(holder);
    // Let go between the two statements: try once more next time.
    return Claim{false, holder.next() ? holder.value(0).toString() : tr("another analyst"), 0, 0};
}

Status PostgresReviewStore::release(const QByteArray &hash)
{
    if (!isOpen())
        return failure(tr("No review store is open."));
    if (!m_readOnlyReason.isEmpty())
        return success(); // it claimed nothing
    QSqlQuery q(connection());
    q.prepare(u"DELETE FROM claims WHERE content_hash = ? AND session = ?"_s);
    q.addBindValue(QString::fromLatin1(hash));
    q.addBindValue(m_session);
    if (!q.exec())
        return failure(tr("The team store could not be written: %1").arg(q.lastError().text()));
    return success();
}

Result<QHash<QByteArray, QString>> PostgresReviewStore::claimsByOthers() const
{
    if (!isOpen())
        return failure(tr("No review store is open."));
    QSqlQuery q(connection());
    q.prepare(u"SELECT content_hash, holder FROM claims WHERE session <> ? AND expires_at > clock_timestamp()"_s);
    q.addBindValue(m_session);
    if (!q.exec())
        return queryFailed(q);
    QHash<QByteArray, QString> claims;
    while (q.next())
        claims.insert(q.value(0).toString().toLatin1(), q.value(1).toString());
    return claims;
}

std::unique_ptr<StoreChangeFeed> PostgresReviewStore::changeFeed() const
{
    auto feed = std::make_unique<PostgresChangeFeed>(m_address);
    if (!feed->start())
        return {};
    return feed;
}

} // namespace imr
