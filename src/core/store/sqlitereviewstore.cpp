#include "store/sqlitereviewstore.h"

#include "folder/lettersummary.h"
#include "store/pagemaptext.h"
#include "store/recordjson.h"
#include "store/storedrows.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

#include <atomic>

using namespace Qt::StringLiterals;

namespace imr {
namespace {

// Version 2: the store is the folder's index. No letter text is kept for
// formats that can be read again (text letters); the search index is an
// FTS5 table without content, so the store stays a fraction of the letters.
const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS reviews (content_hash TEXT PRIMARY KEY, relative_path TEXT NOT NULL,"
    " record TEXT NOT NULL, reviewed_by TEXT, reviewed_at TEXT, facts BLOB, version INTEGER NOT NULL DEFAULT 1)",
    "CREATE TABLE IF NOT EXISTS files (relative_path TEXT PRIMARY KEY, size INTEGER NOT NULL,"
    " mtime INTEGER NOT NULL, content_hash TEXT, error TEXT, note TEXT)",
    "CREATE TABLE IF NOT EXISTS audit (id INTEGER PRIMARY KEY AUTOINCREMENT, content_hash TEXT NOT NULL,"
    " relative_path TEXT, item INTEGER, field TEXT, old_value TEXT, new_value TEXT, action TEXT,"
    " reviewer TEXT, at TEXT)",
    "CREATE INDEX IF NOT EXISTS audit_letter ON audit(content_hash)",
    // Version 6: a slow format's text is kept apart from the facts. Opening
    // a folder looks up every letter's facts; with the texts (kilobytes
    // each) in the same B-tree, a year of PDFs was a lookup into hundreds
    // of megabytes, and its reopen took seconds longer than text letters'.
    "CREATE TABLE IF NOT EXISTS extraction_cache (content_hash TEXT NOT NULL, extractor_version INTEGER NOT NULL,"
    " facts BLOB NOT NULL, warning TEXT, PRIMARY KEY (content_hash, extractor_version)) WITHOUT ROWID",
    // A slow format's text, page map and what reading it said depend on the
    // letter's bytes only, not on the extractor: one row per letter serves
    // every extractor's key. Fast formats are read again and have none.
    "CREATE TABLE IF NOT EXISTS extraction_text (content_hash TEXT PRIMARY KEY, letter_text BLOB NOT NULL,"
    " pages TEXT, warning TEXT)",
    "CREATE TABLE IF NOT EXISTS search_ids (id INTEGER PRIMARY KEY, content_hash TEXT NOT NULL UNIQUE)",
    "CREATE VIRTUAL TABLE IF NOT EXISTS letter_search USING fts5(body, content='', detail=none)",
    "CREATE TABLE IF NOT EXISTS category_suggestions (request_key INTEGER PRIMARY KEY, category TEXT NOT NULL,"
    " subcategory TEXT, request TEXT, relative_path TEXT, at TEXT)",
    "CREATE TABLE IF NOT EXISTS case_choices (case_key TEXT PRIMARY KEY, content_hash TEXT NOT NULL, at TEXT)",
};

Status exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return success();
    return failure(q.lastError().text());
}

// Statements run in order until one fails (an upgrade step, the schema).
template<typename Statements>
Status execAll(QSqlDatabase &db, const Statements &statements)
{
    for (const char *sql : statements) {
        if (Status s = exec(db, QString::fromLatin1(sql)); !s)
            return s;
    }
    return success();
}

// The store holds health information: the file and its WAL are the user's only.
void restrictToOwner(const QString &path)
{
    if (QFile::exists(path))
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// QLockFile takes over a lock whose process has died only when it can
// read which process that was. One killed between creating the file and
// writing its name leaves it empty, and would keep the folder read-only for
// good. A live holder keeps an flock on the file, which makes
// removeStaleLockFile() fail; the short wait covers a holder between
// creating the file and taking its flock (a window stalled there for longer
// while another opens the folder could be taken over: both would then
// write, and SQLite still keeps each save whole).
bool takeWriterLock(QLockFile &lock)
{
    if (lock.tryLock(0))
        return true;
    const auto named = [&lock] {
        qint64 pid = 0;
        QString host, application;
        return lock.getLockInfo(&pid, &host, &application);
    };
    if (lock.error() != QLockFile::LockFailedError || named())
        return false;
    QThread::msleep(100);
    return !named() && lock.removeStaleLockFile() && lock.tryLock(0);
}

Error queryFailed(const QSqlQuery &q)
{
    return failure(SqliteReviewStore::tr("The review store could not be read: %1").arg(q.lastError().text()));
}

// A user's words as an FTS5 query: every word, as a word prefix, must occur.
QString ftsQuery(const QString &text)
{
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
    QStringList terms;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts))
        terms << u"\"%1\"*"_s.arg(word);
    return terms.join(u' ');
}

} // namespace

SqliteReviewStore::SqliteReviewStore()
    : m_connectionPrefix(u"imr-review-%1"_s.arg(quintptr(this), 0, 16))
{
}

SqliteReviewStore::~SqliteReviewStore()
{
    close();
}

QString SqliteReviewStore::locationFor(const QString &folder)
{
    const QString dir = QDir(folder).absoluteFilePath(u".imr-workbench"_s);
    // A store that is there is used even where it cannot be written (it is
    // then opened read-only): a fresh empty store elsewhere would show the
    // folder as never reviewed.
    const QByteArray key = QCryptographicHash::hash(QDir(folder).absolutePath().toUtf8(), QCryptographicHash::Sha1);
    const QString elsewhere = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/stores/"_s
        + QString::fromLatin1(key.toHex().left(16)) + u".sqlite"_s;
    // ...unless reviews were kept elsewhere while it could not be written.
    if (QFileInfo::exists(dir + u"/review.sqlite"_s)
        && (QFileInfo(dir + u"/review.sqlite"_s).isWritable() || !QFileInfo::exists(elsewhere)))
        return dir + u"/review.sqlite"_s;
    const QFileInfo folderInfo(folder);
    if ((QFileInfo(dir).isDir() && QFileInfo(dir).isWritable()) || (!QFileInfo(dir).exists() && folderInfo.isWritable()))
        return dir + u"/review.sqlite"_s;
    return elsewhere;
}

Status SqliteReviewStore::openForFolder(const QString &folder, bool createIfMissing, Writers writers)
{
    return open(locationFor(folder), createIfMissing, writers);
}

Status SqliteReviewStore::open(const QString &databasePath, bool createIfMissing, Writers writers)
{
    close();
    m_versionOnDisk = -1;
    const bool existed = QFile::exists(databasePath);
    if (!existed && !createIfMissing)
        return failure(tr("There is no review store at %1.").arg(databasePath));
    if (!existed) {
        const QString dir = QFileInfo(databasePath).absolutePath();
        if (!QDir().mkpath(dir))
            return failure(tr("Cannot create the folder %1 for the review store.").arg(dir));
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QFile create(databasePath); // created empty and private before SQLite writes to it
        if (!create.open(QIODevice::WriteOnly))
            return failure(tr("Cannot create the review store %1: %2").arg(databasePath, create.errorString()));
        create.close();
        restrictToOwner(databasePath);
    } else if (!QFileInfo(databasePath).isReadable()) {
        return failure(tr("The review store %1 cannot be read.").arg(databasePath));
    }
    // One writer per store: a second window on the folder reads it but
    // changes nothing, so two windows never save over each other. The lock
    // is the OS's record of a live process: one left by a crash is stale
    // and taken over at once.
    m_writerLock = std::make_unique<QLockFile>(databasePath + u".lock"_s);
    m_writerLock->setStaleLockTime(0);
    const QFileInfo file(databasePath);
    const QFileInfo folder(file.absolutePath());
    if (!file.isWritable() || !folder.isWritable()) {
        m_readOnlyFile = true;
        // Without a folder to write WAL's shared-memory file in, SQLite can
        // read a store only as immutable, which ignores the WAL: that is
        // right only when no saves wait in it (a window that was killed
        // leaves them there). Otherwise it is read through the WAL, which
        // SQLite allows when its files are there.
        m_immutable = !folder.isWritable() && QFileInfo(databasePath + u"-wal"_s).size() <= 0;
        m_readOnlyReason = tr("Read-only: the review store %1 cannot be written.").arg(databasePath);
        m_writerLock.reset();
    } else if (writers == Writers::Many) {
        m_writerLock.reset();
    } else if (writers == Writers::None) {
        m_readOnlyReason = tr("Read-only: the review store %1 is opened for reading only.").arg(databasePath);
        m_writerLock.reset();
    } else if (!takeWriterLock(*m_writerLock)) {
        qint64 pid = 0;
        QString host, application;
        m_writerLock->getLockInfo(&pid, &host, &application);
        m_readOnlyReason = m_writerLock->error() == QLockFile::LockFailedError && pid > 0
            ? tr("Read-only: the folder is open in another IMR Workbench window (process %1 on %2).")
                  .arg(pid).arg(host)
            : tr("Read-only: the review store %1 could not be locked for changes.").arg(databasePath);
        m_writerLock.reset();
    }
    if (m_writerLock)
        restrictToOwner(m_writerLock->fileName()); // it names this machine and process
    m_path = databasePath;
    Status status = success();
    {
        QSqlDatabase db = connection();
        if (!db.isOpen())
            status = failure(tr("Cannot open the review store %1: %2").arg(databasePath, db.lastError().text()));
        else
            status = createSchema(db);
    }
    if (!status) {
        close();
        return status;
    }
    restrictToOwner(databasePath + u"-wal"_s);
    restrictToOwner(databasePath + u"-shm"_s);
    return success();
}

Status SqliteReviewStore::createSchema(QSqlDatabase &db)
{
    QSqlQuery q(db);
    // A file that is not SQLite fails here, before anything is written.
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return failure(tr("The review store %1 is damaged or not a review store (%2). It was left untouched.")
                           .arg(m_path, q.lastError().text()));
    const int version = q.value(0).toInt();
    m_versionOnDisk = version;
    q.finish(); // an unfinished read would keep a transaction open
    if (version > kSchemaVersion)
        return failure(tr("The review store %1 was written by a newer version of IMR Workbench. It was left untouched.")
                           .arg(m_path));
    // quick_check reads the whole file: on a year's store that is seconds,
    // so it is left to the queries, which report damage as errors.
    constexpr qint64 kCheckedSize = 32 * 1024 * 1024;
    QSqlQuery check(db);
    if (version > 0 && QFileInfo(m_path).size() < kCheckedSize
        && (!check.exec(u"PRAGMA quick_check"_s) || !check.next() || check.value(0).toString() != u"ok"_s))
        return failure(tr("The review store %1 is damaged. It was left untouched.").arg(m_path));
    check.finish();
    if (!m_readOnlyReason.isEmpty()) {
        // Nothing is written, not even a migration: a store that needs one
        // waits for a window that may write it.
        if (version == kSchemaVersion)
            return success();
        return failure(version == 0
            ? tr("There is no review store at %1 yet, and it cannot be created: %2").arg(m_path, m_readOnlyReason)
            : tr("The review store %1 is from an older version and must be upgraded, which cannot be done now: %2")
                  .arg(m_path, m_readOnlyReason));
    }
    if (Status s = exec(db, u"PRAGMA journal_mode=WAL"_s); !s)
        return failure(tr("Cannot prepare the review store: %1").arg(s.error()));
    if (version == kSchemaVersion)
        return success();
    // A store of an older version is copied before it is migrated: an
    // analyst who needs the older program again, or a migration that went
    // wrong, still has every review as it was.
    if (version > 0) {
        const QString backup = u"%1.v%2-%3.bak"_s.arg(m_path).arg(version).arg(
            QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s));
        QSqlQuery copy(db);
        copy.prepare(u"VACUUM INTO ?"_s); // a consistent copy, WAL included
        copy.addBindValue(backup);
        if (!copy.exec())
            return failure(tr("The review store %1 was not upgraded: a backup copy could not be made (%2). "
                              "It was left untouched.")
                               .arg(m_path, copy.lastError().text()));
        restrictToOwner(backup);
    }
    if (!db.transaction())
        return failure(tr("Cannot prepare the review store: %1").arg(db.lastError().text()));
    Status status = version == 1 ? migrateFromVersion1(db) : success();
    // Version 4 numbers each review's saves (optimistic concurrency).
    if (status && version >= 1 && version < 4)
        status = exec(db, u"ALTER TABLE reviews ADD COLUMN version INTEGER NOT NULL DEFAULT 1"_s);
    // Version 5 facts carry the dates of the IMR process (turnaround tables).
    if (status && version >= 2 && version < 5)
        status = refreshReviewFacts(db);
    if (status && version >= 2 && version < 6)
        status = separateLetterTexts(db);
    if (status)
        status = execAll(db, kSchema);
    if (status)
        status = exec(db, u"PRAGMA user_version=%1"_s.arg(kSchemaVersion));
    if (!status || !db.commit()) {
        const QString why = status ? db.lastError().text() : status.error();
        db.rollback();
        return failure(tr("Cannot prepare the review store: %1").arg(why));
    }
    giveBackFreePages(db);
    return success();
}

// An upgrade that copies a table leaves the old one's pages free, and a
// year of PDFs would keep a store twice its size. VACUUM cannot run inside
// the upgrade's transaction; a store it fails on is still whole and current.
void SqliteReviewStore::giveBackFreePages(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT (SELECT freelist_count FROM pragma_freelist_count),"
                " (SELECT page_count FROM pragma_page_count)"_s)
        || !q.next())
        return;
    const qint64 free = q.value(0).toLongLong();
    const qint64 pages = q.value(1).toLongLong();
    q.finish();
    // In WAL mode VACUUM writes the whole store to the WAL: the checkpoint
    // moves it into the file and gives the WAL's space back.
    if (free * 4 > pages && q.exec(u"VACUUM"_s))
        q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
}

Status SqliteReviewStore::migrateFromVersion1(QSqlDatabase &db)
{
    // The old cache kept every letter's text: it is dropped and rebuilt.
    // Paths keep their last content, so changed files are still noticed.
    const Status s = execAll(db, std::initializer_list<const char *>{
        "DROP TABLE IF EXISTS extraction_cache", "ALTER TABLE reviews ADD COLUMN facts BLOB",
        "CREATE TABLE files (relative_path TEXT PRIMARY KEY, size INTEGER NOT NULL,"
        " mtime INTEGER NOT NULL, content_hash TEXT, error TEXT, note TEXT)",
        "INSERT INTO files SELECT relative_path, -1, -1, content_hash, NULL, NULL FROM paths", "DROP TABLE paths"});
    return s ? refreshReviewFacts(db) : s;
}

// Versions 2 to 5 kept each letter's text in the row of its facts. The
// layout is read rather than assumed from the version number: a store whose
// cache is already apart is left as it is.
Status SqliteReviewStore::separateLetterTexts(QSqlDatabase &db)
{
    QSqlQuery columns(db);
    if (!columns.exec(u"SELECT COUNT(*) FROM pragma_table_info('extraction_cache') WHERE name = 'letter_text'"_s)
        || !columns.next())
        return queryFailed(columns);
    const bool together = columns.value(0).toInt() > 0;
    columns.finish();
    if (!together)
        return success();
    // Of a letter's rows (one per extractor key), any with text will do: the
    // text is the same. Their warning may hold an extractor's too; that one
    // is not added twice when the letter is extracted again.
    return execAll(db, std::initializer_list<const char *>{
        "CREATE TABLE extraction_text (content_hash TEXT PRIMARY KEY, letter_text BLOB NOT NULL, pages TEXT, warning TEXT)",
        "INSERT OR IGNORE INTO extraction_text SELECT content_hash, letter_text, pages, warning"
        " FROM extraction_cache WHERE letter_text IS NOT NULL",
        "CREATE TABLE extraction_facts (content_hash TEXT NOT NULL, extractor_version INTEGER NOT NULL,"
        " facts BLOB NOT NULL, warning TEXT, PRIMARY KEY (content_hash, extractor_version)) WITHOUT ROWID",
        "INSERT INTO extraction_facts SELECT content_hash, extractor_version, facts, warning FROM extraction_cache",
        "DROP TABLE extraction_cache", "ALTER TABLE extraction_facts RENAME TO extraction_cache"});
}

// The facts kept beside each review are a cache of its record, in the
// layout of this version: rewritten from the records after an upgrade.
Status SqliteReviewStore::refreshReviewFacts(QSqlDatabase &db)
{
    QSqlQuery read(db);
    QSqlQuery write(db);
    write.prepare(u"UPDATE reviews SET facts = ? WHERE content_hash = ?"_s);
    if (!read.exec(u"SELECT content_hash, record FROM reviews"_s))
        return failure(read.lastError().text());
    while (read.next()) {
        const std::optional<DeterminationRecord> record = RecordJson::read(read.value(1).toByteArray());
        if (!record)
            continue; // left without facts: the letter reports it when opened
        LetterSummary summary;
        summary.setRecord(*record);
        write.addBindValue(summary.encodeFacts());
        write.addBindValue(read.value(0));
        if (!write.exec())
            return failure(write.lastError().text());
    }
    return success();
}

void SqliteReviewStore::forgetSuggestionsCache() const
{
    QMutexLocker lock(&m_suggestionsMutex);
    m_suggestions.reset();
}

void SqliteReviewStore::close()
{
    forgetSuggestionsCache();
    QMutexLocker lock(&m_mutex);
    // Connections of pool threads are removed from here too; SQLite does not
    // mind which thread closes a connection nobody uses any more.
    for (const QString &name : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(name);
    m_connections.clear();
    m_path.clear();
    m_readOnlyReason.clear();
    m_readOnlyFile = false;
    m_immutable = false;
    m_writerLock.reset();
    lock.unlock();
    forgetSuggestionsCache(); // a reader between the first forget and here cached the old folder's
}

QSqlDatabase SqliteReviewStore::connection(Durability durability) const
{
    // SQLite connections belong to the thread that opened them.
    // Thread ids are reused once a pool thread ends: number threads instead.
    static std::atomic<quint64> threads{0};
    thread_local const quint64 thisThread = ++threads;
    const QString name = m_connectionPrefix + u'-' + QString::number(thisThread)
        + (durability == Durability::Full ? u"-full"_s : u"-normal"_s);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    if (m_immutable) {
        // A store whose folder cannot be written has no place for WAL's
        // shared-memory file: SQLite reads it as a file nobody changes.
        db.setDatabaseName(u"file:"_s + QString::fromUtf8(QUrl::toPercentEncoding(m_path, "/")) + u"?immutable=1"_s);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
    } else {
        db.setDatabaseName(m_path);
        db.setConnectOptions(m_readOnlyFile ? u"QSQLITE_BUSY_TIMEOUT=10000;QSQLITE_OPEN_READONLY"_s
                                            : u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    }
    if (db.open()) {
        QSqlQuery q(db);
        q.exec(durability == Durability::Full ? u"PRAGMA synchronous=FULL"_s : u"PRAGMA synchronous=NORMAL"_s);
        q.exec(u"PRAGMA foreign_keys=ON"_s);
        if (const qint64 pages = m_maxPageCount.load(); pages > 0)
            q.exec(u"PRAGMA max_page_count=%1"_s.arg(pages));
    }
    QMutexLocker lock(&m_mutex);
    m_connections << name;
    return db;
}

Result<QList<IndexedFile>> SqliteReviewStore::folderIndex(qint64 extractorKey) const
{
    if (!isOpen())
        return failure(tr("No review store is open."));
    QSqlQuery q(connection(Durability::Normal));
    q.setForwardOnly(true);
    q.prepare(u"SELECT f.relative_path, f.size, f.mtime, f.content_hash, f.error,"
              " CASE WHEN r.content_hash IS NULL THEN f.note END, c.warning, COALESCE(r.facts, c.facts),"
              " c.content_hash IS NOT NULL, s.id"
              " FROM files f"
              " LEFT JOIN reviews r ON r.content_hash = f.content_hash"
              " LEFT JOIN extraction_cache c ON c.content_hash = f.content_hash AND c.extractor_version = ?"
              " LEFT JOIN search_ids s ON s.content_hash = f.content_hash"_s);
    q.addBindValue(extractorKey);
    return StoredRows::indexedFiles(q);
}

Status SqliteReviewStore::commitIndex(QList<IndexEntry> &entries, qint64 extractorKey)
{
    if (!isOpen())
        return failure(tr("No review store is open."));
    if (!m_readOnlyReason.isEmpty())
        return success(); // the index is a cache: a read-only store lists what it has, and letters are read again
    QSqlDatabase db = connection(Durability::Normal);
    if (!db.transaction())
        return failure(db.lastError().text());
    QSqlQuery file(db), cache(db), text(db), stale(db), newId(db), findId(db), search(db);
    file.prepare(u"INSERT OR REPLACE INTO files (relative_path, size, mtime, content_hash, error, note)"
                 " VALUES (?, ?, ?, ?, ?, ?)"_s);
    cache.prepare(u"INSERT OR REPLACE INTO extraction_cache"
                  " (content_hash, extractor_version, facts, warning) VALUES (?, ?, ?, ?)"_s);
    text.prepare(u"INSERT OR REPLACE INTO extraction_text (content_hash, letter_text, pages, warning)"
                 " VALUES (?, ?, ?, ?)"_s);
    // Results of another extractor build or taxonomy can never be served
    // again (the key differs): drop them as the letter is extracted anew.
    stale.prepare(u"DELETE FROM extraction_cache WHERE content_hash = ? AND extractor_version <> ?"_s);
    newId.prepare(u"INSERT OR IGNORE INTO search_ids (content_hash) VALUES (?)"_s);
    findId.prepare(u"SELECT id FROM search_ids WHERE content_hash = ?"_s);
    search.prepare(u"INSERT INTO letter_search (rowid, body) VALUES (?, ?)"_s);
    // Ids handed out inside a transaction that is rolled back belong to nobody.
    const auto forgetIds = [&entries] {
        for (IndexEntry &e : entries)
            e.file.textId = 0;
    };
    const auto fail = [&db, &forgetIds](const QSqlQuery &q) {
        const QString why = q.lastError().text();
        db.rollback();
        forgetIds();
        return failure(tr("The review store could not be written: %1").arg(why));
    };
    for (IndexEntry &e : entries) {
        IndexedFile &f = e.file;
        const QVariant hash = f.contentHash.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(f.contentHash));
        for (const QVariant &v : {QVariant(f.relativePath), QVariant(f.size), QVariant(f.mtime), hash,
                                  f.error.isEmpty() ? QVariant() : QVariant(f.error),
                                  f.note.isEmpty() ? QVariant() : QVariant(f.note)})
            file.addBindValue(v);
        if (!file.exec())
            return fail(file);
        if (!f.error.isEmpty() || f.contentHash.isEmpty())
            continue;
        for (const QVariant &v : {hash, QVariant(extractorKey), QVariant(f.facts), QVariant(f.warning)})
            cache.addBindValue(v);
        if (!cache.exec())
            return fail(cache);
        if (e.keepText) {
            for (const QVariant &v : {hash, QVariant(qCompress(e.text.toUtf8())), QVariant(PageMapText::write(e.pages)),
                                      QVariant(e.readWarning)})
                text.addBindValue(v);
            if (!text.exec())
                return fail(text);
        }
        stale.addBindValue(hash);
        stale.addBindValue(extractorKey);
        if (!stale.exec())
            return fail(stale);
        newId.addBindValue(hash);
        if (!newId.exec())
            return fail(newId);
        if (newId.numRowsAffected() > 0) {
            f.textId = newId.lastInsertId().toLongLong();
            search.addBindValue(f.textId);
            search.addBindValue(e.text);
            if (!search.exec())
                return fail(search);
        } else {
            findId.addBindValue(hash);
            if (!findId.exec() || !findId.next())
                return fail(findId);
            f.textId = findId.value(0).toLongLong();
            findId.finish();
        }
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback(); // SQLite keeps a transaction open after a failed commit
        forgetIds();
        return failure(tr("The review store could not be written: %1").arg(why));
    }
    return success();
}

Status SqliteReviewStore::forgetFiles(const QStringList &relativePaths)
{
    if (!isOpen())
        return failure(tr("No review store is open."));
    if (!m_readOnlyReason.isEmpty())
        return success(); // as commitIndex(): nothing of a review is forgotten
    QSqlDatabase db = connection(Durability::Normal);
    if (!db.transaction())
        return failure(db.lastError().text());
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM files WHERE relative_path = ?"_s);
    for (const QString &path : relativePaths) {
        q.addBindValue(path);
        if (!q.exec()) {
            const QString why = q.lastError().text();
            db.rollback();
            return failure(why);
        }
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return failure(why);
    }
    return success();
}

Result<QList<qint64>> SqliteReviewStore::searchText(const QString &query) const
{
    if (!isOpen())
        return failure(tr("No review store is open."));
    const QString match = ftsQuery(query);
    if (match.isEmpty())
        return QList<qint64>{};
    QSqlQuery q(connection(Durability::Normal));
    q.setForwardOnly(true);
    q.prepare(u"SELECT rowid FROM letter_search WHERE letter_search MATCH ?"_s);
    q.addBindValue(match);
    if (!q.exec())
        return queryFailed(q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Result<std::optional<CachedLetter>> SqliteReviewStore::cachedExtraction(const QByteArray &hash, qint64 extractorKey) const
{
    if (!isOpen())
        return failure(tr("No review store is open."));
    QSqlQuery q(connection(Durability::Normal));
    q.prepare(u"SELECT t.letter_text, t.pages, c.warning, c.facts FROM extraction_cache c"
              " LEFT JOIN extraction_text t ON t.content_hash = c.content_hash"
              " WHERE c.content_hash = ? AND c.extractor_version = ?"_s);
    q.addBindValue(QString::fromLatin1(hash));
    q.addBindValue(extractorKey);
    return StoredRows::cachedLetter(q);
}

Result<std::optional<CachedLetter>> SqliteReviewStore::cachedText(const QByteArray &hash) const
{
    if (!isOpen())
        return failure(tr("No review store is open."));
    // No facts: they are the extractor's, and the text is read to extract.
    QSqlQuery q(connection(Durability::Normal));
    q.prepare(u"SELECT letter_text, pages, warning, NULL FROM extraction_text WHERE content_hash = ?"_s);
    q.addBindValue(QString::fromLatin1(hash));
    return StoredRows::cachedLetter(q);
}


Result<std::optional<StoredReview>> SqliteReviewStore::review(const QByteArray &hash) const
{
    if (!isOpen())
        return failure(tr("No review store is open."));
    return StoredRows::review(connection(), hash);
}

Result<std::optional<QByteArray>> SqliteReviewStore::reviewFacts(const QByteArray &hash) const
{
    if (!isOpen())
        return failure(tr("No review store is open."));
    return StoredRows::reviewFacts(connection(), hash);
}

Result<qint64> SqliteReviewStore::saveReview(const QByteArray &hash, const QString &relativePath,
                                             const DeterminationRecord &record, const AuditEntry &entry,
                                             const QString &reviewer, qint64 expectedVersion)
{
    if (!isOpen())
        return failure(tr("No review store is open."));
    if (Status s = refuseWhenReadOnly(); !s)
        return failure(s.error());
    QSqlDatabase db = connection();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    // IMMEDIATE: the version is read and raised under one write lock.
    QSqlQuery begin(db);
    if (!begin.exec(u"BEGIN IMMEDIATE"_s))
        return failure(begin.lastError().text());
    const auto rollback = [&db] { QSqlQuery(db).exec(u"ROLLBACK"_s); };
    const auto fail = [&rollback](const QSqlQuery &q) {
        const QString why = q.lastError().text();
        rollback();
        return failure(why);
    };
    QSqlQuery current(db);
    current.prepare(u"SELECT version FROM reviews WHERE content_hash = ?"_s);
    current.addBindValue(QString::fromLatin1(hash));
    if (!current.exec())
        return fail(current);
    const qint64 stored = current.next() ? current.value(0).toLongLong() : 0;
    current.finish();
    if (stored != expectedVersion) {
        rollback();
        return failure(tr("This letter's review was changed elsewhere since it was opened."), Error::Kind::Conflict);
    }
    LetterSummary summary;
    summary.setRecord(record);
    QSqlQuery q(db);
    q.prepare(u"INSERT OR REPLACE INTO reviews (content_hash, relative_path, record, reviewed_by, reviewed_at, facts, version)"
              " VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(QString::fromLatin1(hash)), QVariant(relativePath),
                              QVariant(QString::fromUtf8(RecordJson::write(record))), QVariant(reviewer), QVariant(now),
                              QVariant(summary.encodeFacts()), QVariant(stored + 1)})
        q.addBindValue(v);
    if (!q.exec())
        return fail(q);
    QSqlQuery a(db);
    a.prepare(u"INSERT INTO audit (content_hash, relative_path, item, field, old_value, new_value, action, reviewer, at)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(QString::fromLatin1(hash)), QVariant(relativePath), QVariant(entry.item),
                              QVariant(entry.field), QVariant(entry.oldValue), QVariant(entry.newValue),
                              QVariant(entry.action), QVariant(reviewer), QVariant(now)})
        a.addBindValue(v);
    if (!a.exec())
        return fail(a);
    QSqlQuery commit(db);
    if (!commit.exec(u"COMMIT"_s)) {
        // SQLite keeps a transaction open after a failed commit: end it.
        const QString why = commit.lastError().text();
        rollback();
        return failure(why);
    }
    return stored + 1;
}

Result<QList<AuditEntry>> SqliteReviewStore::auditTrail(const QByteArray &hash) const
{
    if (!isOpen())
        return failure(tr("No review store is open."));
    return StoredRows::auditTrail(connection(), hash);
}

Result<QList<AuditRecord>> SqliteReviewStore::auditLog() const
{
    if (!isOpen())
        return failure(tr("No review store is open."));
    return StoredRows::auditLog(connection());
}

Result<QHash<QString, QByteArray>> SqliteReviewStore::caseChoices() const
{
    if (!isOpen())
        return failure(tr("No review store is open."));
    return StoredRows::caseChoices(connection());
}

Status SqliteReviewStore::saveCaseChoice(const QString &caseKey, const QByteArray &contentHash)
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
        q.prepare(u"INSERT OR REPLACE INTO case_choices (case_key, content_hash, at) VALUES (?, ?, ?)"_s);
        q.addBindValue(caseKey);
        q.addBindValue(QString::fromLatin1(contentHash));
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    }
    if (!q.exec())
        return queryFailed(q);
    return success();
}

Status SqliteReviewStore::saveCategorySuggestion(qint64 requestKey, const CategorySuggestion &suggestion)
{
    if (!isOpen())
        return failure(tr("No review store is open."));
    if (Status s = refuseWhenReadOnly(); !s)
        return failure(s.error());
    QSqlQuery q(connection());
    q.prepare(u"INSERT OR REPLACE INTO category_suggestions"
              " (request_key, category, subcategory, request, relative_path, at) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(requestKey), QVariant(suggestion.category), QVariant(suggestion.subcategory),
                              QVariant(suggestion.request), QVariant(suggestion.relativePath),
                              QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))})
        q.addBindValue(v);
    const bool written = q.exec();
    forgetSuggestionsCache(); // after the write: a reader meanwhile may have cached the old rows
    if (!written)
        return queryFailed(q);
    return success();
}

Result<QHash<qint64, CategorySuggestion>> SqliteReviewStore::categorySuggestions() const
{
    if (!isOpen())
        return failure(tr("No review store is open."));
    QMutexLocker lock(&m_suggestionsMutex);
    if (m_suggestions)
        return *m_suggestions;
    auto all = StoredRows::categorySuggestions(connection());
    if (all)
        m_suggestions = all.value(); // a failure is not cached: the next call asks again
    return all;
}

Status SqliteReviewStore::forgetCategorySuggestion(qint64 requestKey, const QString &relativePath)
{
    if (!isOpen())
        return failure(tr("No review store is open."));
    if (Status s = refuseWhenReadOnly(); !s)
        return failure(s.error());
    QSqlQuery q(connection());
    q.prepare(relativePath.isEmpty() ? u"DELETE FROM category_suggestions WHERE request_key = ?"_s
                                     : u"DELETE FROM category_suggestions WHERE request_key = ? AND relative_path = ?"_s);
    q.addBindValue(requestKey);
    if (!relativePath.isEmpty())
        q.addBindValue(relativePath);
    const bool written = q.exec();
    forgetSuggestionsCache();
    if (!written)
        return queryFailed(q);
    return success();
}

Status SqliteReviewStore::refuseWhenReadOnly() const
{
    if (m_readOnlyReason.isEmpty())
        return success();
    return failure(tr("The change was not saved: %1").arg(m_readOnlyReason));
}

void SqliteReviewStore::setMaxPageCount(qint64 pages)
{
    m_maxPageCount = pages;
    for (Durability d : {Durability::Full, Durability::Normal}) {
        QSqlQuery q(connection(d));
        q.exec(u"PRAGMA max_page_count=%1"_s.arg(pages));
    }
}

Result<QString> SqliteReviewStore::integrityCheck() const
{
    if (!isOpen())
        return failure(tr("No review store is open."));
    QSqlQuery q(connection());
    if (!q.exec(u"PRAGMA integrity_check"_s) || !q.next())
        return queryFailed(q);
    return q.value(0).toString();
}

} // namespace imr
