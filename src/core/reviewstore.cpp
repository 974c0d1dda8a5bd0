#include "reviewstore.h"

#include "recordjson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

namespace imr {
namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("imr::ReviewStore", s);
}

const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS reviews (content_hash TEXT PRIMARY KEY, relative_path TEXT NOT NULL,"
    " record TEXT NOT NULL, reviewed_by TEXT, reviewed_at TEXT)",
    "CREATE TABLE IF NOT EXISTS paths (relative_path TEXT PRIMARY KEY, content_hash TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS audit (id INTEGER PRIMARY KEY AUTOINCREMENT, content_hash TEXT NOT NULL,"
    " relative_path TEXT, item INTEGER, field TEXT, old_value TEXT, new_value TEXT, action TEXT,"
    " reviewer TEXT, at TEXT)",
    "CREATE INDEX IF NOT EXISTS audit_letter ON audit(content_hash)",
    "CREATE TABLE IF NOT EXISTS extraction_cache (content_hash TEXT NOT NULL, extractor_version INTEGER NOT NULL,"
    " record TEXT NOT NULL, letter_text TEXT NOT NULL, pages TEXT, warning TEXT,"
    " PRIMARY KEY (content_hash, extractor_version))",
};

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}

// The store holds health information: the file and its WAL are the user's only.
void restrictToOwner(const QString &path)
{
    if (QFile::exists(path))
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace

ReviewStore::ReviewStore()
    : m_connectionPrefix(u"imr-review-%1"_s.arg(quintptr(this), 0, 16))
{
}

ReviewStore::~ReviewStore()
{
    close();
}

QString ReviewStore::locationFor(const QString &folder)
{
    const QString dir = QDir(folder).absoluteFilePath(u".imr-workbench"_s);
    const QFileInfo folderInfo(folder);
    if ((QFileInfo(dir).isDir() && QFileInfo(dir).isWritable()) || (!QFileInfo(dir).exists() && folderInfo.isWritable()))
        return dir + u"/review.sqlite"_s;
    const QByteArray key = QCryptographicHash::hash(QDir(folder).absolutePath().toUtf8(), QCryptographicHash::Sha1);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/stores/"_s
        + QString::fromLatin1(key.toHex().left(16)) + u".sqlite"_s;
}

QString ReviewStore::openForFolder(const QString &folder, bool createIfMissing)
{
    return open(locationFor(folder), createIfMissing);
}

QString ReviewStore::open(const QString &databasePath, bool createIfMissing)
{
    close();
    const bool existed = QFile::exists(databasePath);
    if (!existed && !createIfMissing)
        return tr("There is no review store at %1.").arg(databasePath);
    if (!existed) {
        const QString dir = QFileInfo(databasePath).absolutePath();
        if (!QDir().mkpath(dir))
            return tr("Cannot create the folder %1 for the review store.").arg(dir);
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QFile create(databasePath); // created empty and private before SQLite writes to it
        if (!create.open(QIODevice::WriteOnly))
            return tr("Cannot create the review store %1: %2").arg(databasePath, create.errorString());
        create.close();
        restrictToOwner(databasePath);
    } else if (!QFileInfo(databasePath).isReadable()) {
        return tr("The review store %1 cannot be read.").arg(databasePath);
    }
    m_path = databasePath;
    QString error;
    {
        QSqlDatabase db = connection();
        if (!db.isOpen())
            error = tr("Cannot open the review store %1: %2").arg(databasePath, db.lastError().text());
        else
            error = createSchema(db);
    }
    if (!error.isEmpty()) {
        close();
        return error;
    }
    restrictToOwner(databasePath + u"-wal"_s);
    restrictToOwner(databasePath + u"-shm"_s);
    return {};
}

QString ReviewStore::createSchema(QSqlDatabase &db)
{
    QSqlQuery q(db);
    // A file that is not SQLite fails here, before anything is written.
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return tr("The review store %1 is damaged or not a review store (%2). It was left untouched.")
            .arg(m_path, q.lastError().text());
    const int version = q.value(0).toInt();
    q.finish(); // an unfinished read would keep a transaction open
    if (version > kSchemaVersion)
        return tr("The review store %1 was written by a newer version of IMR Workbench. It was left untouched.")
            .arg(m_path);
    QSqlQuery check(db);
    if (version > 0 && (!check.exec(u"PRAGMA quick_check"_s) || !check.next() || check.value(0).toString() != u"ok"_s))
        return tr("The review store %1 is damaged. It was left untouched.").arg(m_path);
    check.finish();
    QString error;
    if (!exec(db, u"PRAGMA journal_mode=WAL"_s, &error))
        return tr("Cannot prepare the review store: %1").arg(error);
    if (version == kSchemaVersion)
        return {};
    if (!db.transaction())
        return tr("Cannot prepare the review store: %1").arg(db.lastError().text());
    for (const char *sql : kSchema) {
        if (!exec(db, QString::fromLatin1(sql), &error)) {
            db.rollback();
            return tr("Cannot prepare the review store: %1").arg(error);
        }
    }
    exec(db, u"PRAGMA user_version=%1"_s.arg(kSchemaVersion), &error);
    if (!db.commit()) {
        db.rollback();
        return tr("Cannot prepare the review store: %1").arg(db.lastError().text());
    }
    return {};
}

void ReviewStore::close()
{
    QMutexLocker lock(&m_mutex);
    // Connections of pool threads are removed from here too; SQLite does not
    // mind which thread closes a connection nobody uses any more.
    for (const QString &name : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(name);
    m_connections.clear();
    m_path.clear();
}

QSqlDatabase ReviewStore::connection(Durability durability) const
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
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (db.open()) {
        QSqlQuery q(db);
        q.exec(durability == Durability::Full ? u"PRAGMA synchronous=FULL"_s : u"PRAGMA synchronous=NORMAL"_s);
        q.exec(u"PRAGMA foreign_keys=ON"_s);
    }
    QMutexLocker lock(&m_mutex);
    m_connections << name;
    return db;
}

QString ReviewStore::lastError() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastError;
}

namespace {

QString pagesToText(const QList<PageText> &pages)
{
    QStringList parts;
    for (const PageText &p : pages)
        parts << u"%1:%2:%3"_s.arg(p.page).arg(p.start).arg(p.length);
    return parts.join(u' ');
}

QList<PageText> pagesFromText(const QString &text)
{
    QList<PageText> pages;
    for (const QString &part : text.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList f = part.split(u':');
        if (f.size() == 3)
            pages.append({f[0].toInt(), f[1].toLongLong(), f[2].toLongLong()});
    }
    return pages;
}

} // namespace

std::optional<CachedLetter> ReviewStore::cachedExtraction(const QByteArray &hash, int extractorVersion) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(connection(Durability::Normal));
    q.prepare(u"SELECT record, letter_text, pages, warning FROM extraction_cache"
              " WHERE content_hash = ? AND extractor_version = ?"_s);
    q.addBindValue(QString::fromLatin1(hash));
    q.addBindValue(extractorVersion);
    if (!q.exec() || !q.next())
        return std::nullopt;
    std::optional<DeterminationRecord> record = RecordJson::read(q.value(0).toByteArray());
    if (!record)
        return std::nullopt;
    return CachedLetter{*record, q.value(1).toString(), pagesFromText(q.value(2).toString()), q.value(3).toString()};
}

bool ReviewStore::cacheExtraction(const QByteArray &hash, int extractorVersion, const CachedLetter &letter) const
{
    if (!isOpen())
        return false;
    QSqlQuery q(connection(Durability::Normal));
    q.prepare(u"INSERT OR REPLACE INTO extraction_cache (content_hash, extractor_version, record, letter_text, pages, warning)"
              " VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(QString::fromLatin1(hash));
    q.addBindValue(extractorVersion);
    q.addBindValue(QString::fromUtf8(RecordJson::write(letter.record)));
    q.addBindValue(letter.text);
    q.addBindValue(pagesToText(letter.pages));
    q.addBindValue(letter.warning);
    return q.exec();
}

std::optional<StoredReview> ReviewStore::review(const QByteArray &hash) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(connection());
    q.prepare(u"SELECT record, relative_path, reviewed_by, reviewed_at FROM reviews WHERE content_hash = ?"_s);
    q.addBindValue(QString::fromLatin1(hash));
    if (!q.exec() || !q.next())
        return std::nullopt;
    std::optional<DeterminationRecord> record = RecordJson::read(q.value(0).toByteArray());
    if (!record)
        return std::nullopt;
    return StoredReview{*record, q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
}

std::optional<StoredReview> ReviewStore::reviewOfPreviousContent(const QString &relativePath, const QByteArray &hash) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(connection());
    q.prepare(u"SELECT content_hash FROM paths WHERE relative_path = ?"_s);
    q.addBindValue(relativePath);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QByteArray previous = q.value(0).toString().toLatin1();
    if (previous == hash)
        return std::nullopt;
    return review(previous);
}

bool ReviewStore::notePath(const QString &relativePath, const QByteArray &hash) const
{
    if (!isOpen())
        return false;
    QSqlQuery known(connection(Durability::Normal));
    known.prepare(u"SELECT 1 FROM paths WHERE relative_path = ? AND content_hash = ?"_s);
    known.addBindValue(relativePath);
    known.addBindValue(QString::fromLatin1(hash));
    if (known.exec() && known.next())
        return true; // nothing to write
    QSqlQuery q(connection(Durability::Normal));
    q.prepare(u"INSERT OR REPLACE INTO paths (relative_path, content_hash) VALUES (?, ?)"_s);
    q.addBindValue(relativePath);
    q.addBindValue(QString::fromLatin1(hash));
    return q.exec();
}

bool ReviewStore::saveReview(const QByteArray &hash, const QString &relativePath, const DeterminationRecord &record,
                             const AuditEntry &entry, const QString &reviewer)
{
    if (!isOpen()) {
        QMutexLocker lock(&m_mutex);
        m_lastError = tr("No review store is open.");
        return false;
    }
    QSqlDatabase db = connection();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const auto fail = [&](const QSqlQuery &q) {
        QMutexLocker lock(&m_mutex);
        m_lastError = q.lastError().text();
        return false;
    };
    if (!db.transaction()) {
        QMutexLocker lock(&m_mutex);
        m_lastError = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    q.prepare(u"INSERT OR REPLACE INTO reviews (content_hash, relative_path, record, reviewed_by, reviewed_at)"
              " VALUES (?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(QString::fromLatin1(hash)), QVariant(relativePath),
                              QVariant(QString::fromUtf8(RecordJson::write(record))), QVariant(reviewer), QVariant(now)})
        q.addBindValue(v);
    if (!q.exec()) {
        db.rollback();
        return fail(q);
    }
    QSqlQuery a(db);
    a.prepare(u"INSERT INTO audit (content_hash, relative_path, item, field, old_value, new_value, action, reviewer, at)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(QString::fromLatin1(hash)), QVariant(relativePath), QVariant(entry.item),
                              QVariant(entry.field), QVariant(entry.oldValue), QVariant(entry.newValue),
                              QVariant(entry.action), QVariant(reviewer), QVariant(now)})
        a.addBindValue(v);
    if (!a.exec()) {
        db.rollback();
        return fail(a);
    }
    if (!db.commit()) {
        // SQLite keeps a transaction open after a failed commit: end it.
        db.rollback();
        QMutexLocker lock(&m_mutex);
        m_lastError = db.lastError().text();
        return false;
    }
    return true;
}

QList<AuditEntry> ReviewStore::auditTrail(const QByteArray &hash) const
{
    QList<AuditEntry> entries;
    if (!isOpen())
        return entries;
    QSqlQuery q(connection());
    q.prepare(u"SELECT item, field, old_value, new_value, action FROM audit WHERE content_hash = ? ORDER BY id"_s);
    q.addBindValue(QString::fromLatin1(hash));
    if (q.exec()) {
        while (q.next())
            entries << AuditEntry{q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(),
                                  q.value(3).toString(), q.value(4).toString()};
    }
    return entries;
}

QString ReviewStore::integrityCheck() const
{
    if (!isOpen())
        return tr("No review store is open.");
    QSqlQuery q(connection());
    if (!q.exec(u"PRAGMA integrity_check"_s) || !q.next())
        return q.lastError().text();
    return q.value(0).toString();
}

} // namespace imr
