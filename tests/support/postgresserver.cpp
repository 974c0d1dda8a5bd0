#include "postgresserver.h"

#include "store/postgresreviewstore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace imr::test {

PostgresServer::PostgresServer() = default;

PostgresServer::~PostgresServer()
{
    if (m_running)
        run({binary(u"pg_ctl"_s), u"-D"_s, m_dir->path() + u"/data"_s, u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s});
}

QString PostgresServer::binary(const QString &name) const
{
    return m_bin.isEmpty() ? name : m_bin + u'/' + name;
}

QString PostgresServer::run(const QStringList &command) const
{
    QProcess process;
    QStringList args = command;
    QString program = args.takeFirst();
    if (m_asPostgres) {
        args.prepend(program);
        args = QStringList{u"-u"_s, u"postgres"_s, u"--"_s} + args;
        program = u"runuser"_s;
    }
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(QDir::tempPath());
    process.start(program, args);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return u"%1 %2 failed: %3"_s.arg(program, args.join(u' '),
                                       QString::fromLocal8Bit(process.readAll()) + process.errorString());
    return {};
}

QString PostgresServer::start()
{
    // Debian keeps the server programs out of PATH, by major version.
    const QStringList versions = QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (auto it = versions.crbegin(); it != versions.crend() && m_bin.isEmpty(); ++it) {
        const QString dir = u"/usr/lib/postgresql/%1/bin"_s.arg(*it);
        if (QFile::exists(dir + u"/initdb"_s))
            m_bin = dir;
    }
    if (m_bin.isEmpty() && QStandardPaths::findExecutable(u"initdb"_s).isEmpty())
        return u"PostgreSQL's initdb was not found (Debian: package postgresql; tools/env.sh installs it)"_s;
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/imr-pg-XXXXXX"_s);
    if (!m_dir->isValid())
        return m_dir->errorString();
    m_asPostgres = ::geteuid() == 0;
    if (m_asPostgres) {
        QProcess chown;
        chown.start(u"chown"_s, {u"postgres:postgres"_s, m_dir->path()});
        if (!chown.waitForFinished() || chown.exitCode() != 0)
            return u"cannot give the server's folder to the postgres user: "_s + QString::fromLocal8Bit(chown.readAllStandardError());
    }
    const QString data = m_dir->path() + u"/data"_s;
    if (QString why = run({binary(u"initdb"_s), u"-D"_s, data, u"-U"_s, QString::fromLatin1(kAdmin), u"--auth=trust"_s,
                           u"--no-sync"_s, u"--no-instructions"_s, u"-E"_s, u"UTF8"_s, u"--no-locale"_s});
        !why.isEmpty())
        return why;
    // One role has to give a password (PGPASSWORD, ~/.pgpass); everyone
    // else is trusted on this private socket.
    QFile hba(data + u"/pg_hba.conf"_s);
    if (!hba.open(QIODevice::ReadWrite))
        return hba.errorString();
    const QByteArray rules = hba.readAll();
    hba.resize(0);
    hba.write("local all " + QByteArray(kPasswordUser) + " scram-sha-256\n" + rules);
    hba.close();
    const QString options = u"-c listen_addresses='' -c unix_socket_directories='%1' -c fsync=off "
                            "-c full_page_writes=off -c max_connections=200"_s.arg(m_dir->path());
    if (QString why = run({binary(u"pg_ctl"_s), u"-D"_s, data, u"-o"_s, options, u"-l"_s, m_dir->path() + u"/log"_s,
                           u"-w"_s, u"-t"_s, u"60"_s, u"start"_s});
        !why.isEmpty()) {
        QFile log(m_dir->path() + u"/log"_s);
        return why + (log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll()) : QString());
    }
    m_running = true;
    return exec(u"postgres"_s, u"CREATE ROLE %1 LOGIN PASSWORD 'imr-test-secret'"_s.arg(QString::fromLatin1(kPasswordUser)));
}

QString PostgresServer::socketFolder() const
{
    return m_dir ? m_dir->path() : QString();
}

StoreAddress PostgresServer::address(const QString &database, const QString &user) const
{
    StoreAddress a;
    a.host = socketFolder();
    a.database = database;
    a.user = user;
    return a;
}

QString PostgresServer::exec(const QString &database, const QString &sql) const
{
    const QString name = u"imr-test-admin-"_s + QUuid::createUuid().toString(QUuid::Id128);
    QString why;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        address(database).applyTo(db);
        if (!db.open()) {
            why = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(sql))
                why = q.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return why;
}

QString PostgresServer::createDatabase(const QString &name, bool initialize) const
{
    // Identifiers cannot be bound: test names are fixed, plain words.
    if (QString why = exec(u"postgres"_s, u"CREATE DATABASE %1"_s.arg(name)); !why.isEmpty())
        return why;
    if (!initialize)
        return {};
    const Result<int> version = PostgresReviewStore::initialize(address(name));
    return version ? QString() : version.error();
}

} // namespace imr::test
