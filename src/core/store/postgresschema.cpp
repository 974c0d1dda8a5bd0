#include "store/postgresschema.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace imr {
namespace {

const QString kMigrations = u":/imr/migrations/postgresql"_s;

QStringList migrationFiles()
{
    return QDir(kMigrations).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
}

// Any number: it only has to be the same for every client.
constexpr qint64 kUpgradeLock = 0x494d52; // "IMR"

} // namespace

int PostgresSchema::latestVersion()
{
    return int(migrationFiles().size());
}

Result<int> PostgresSchema::installedVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT to_regclass('imr_schema') IS NOT NULL"_s) || !q.next())
        return failure(tr("The team store could not be read: %1").arg(q.lastError().text()));
    if (!q.value(0).toBool())
        return 0;
    if (!q.exec(u"SELECT max(version) FROM imr_schema"_s) || !q.next())
        return failure(tr("The team store could not be read: %1").arg(q.lastError().text()));
    return q.value(0).toInt();
}

Result<int> PostgresSchema::upgrade(QSqlDatabase &db)
{
    if (!db.transaction())
        return failure(tr("Cannot prepare the team store: %1").arg(db.lastError().text()));
    const auto fail = [&db](const QString &why) {
        db.rollback();
        return failure(tr("Cannot prepare the team store: %1").arg(why));
    };
    QSqlQuery q(db);
    q.prepare(u"SELECT pg_advisory_xact_lock(?)"_s);
    q.addBindValue(kUpgradeLock);
    if (!q.exec())
        return fail(q.lastError().text());
    if (!q.exec(u"CREATE TABLE IF NOT EXISTS imr_schema (version integer PRIMARY KEY, applied_at timestamptz NOT NULL"
                " DEFAULT now(), applied_by text NOT NULL DEFAULT session_user)"_s))
        return fail(q.lastError().text());
    const Result<int> installed = installedVersion(db);
    if (!installed)
        return fail(installed.error());
    const QStringList files = migrationFiles();
    if (installed.value() > files.size()) {
        db.rollback();
        return failure(tr("The team store was prepared by a newer version of IMR Workbench (schema %1; this version "
                          "knows %2). It was left untouched.")
                           .arg(installed.value())
                           .arg(files.size()));
    }
    for (int version = installed.value() + 1; version <= files.size(); ++version) {
        QFile file(kMigrations + u'/' + files.at(version - 1));
        if (!file.open(QIODevice::ReadOnly))
            return fail(file.errorString());
        // A migration is several statements: sent as one simple query.
        if (!q.exec(QString::fromUtf8(file.readAll())))
            return fail(tr("%1: %2").arg(files.at(version - 1), q.lastError().text()));
        QSqlQuery record(db);
        record.prepare(u"INSERT INTO imr_schema (version) VALUES (?)"_s);
        record.addBindValue(version);
        if (!record.exec())
            return fail(record.lastError().text());
    }
    if (!q.exec(u"GRANT SELECT ON imr_schema TO imr_reviewer"_s))
        return fail(q.lastError().text());
    if (!db.commit())
        return fail(db.lastError().text());
    return int(files.size());
}

} // namespace imr
