#pragma once

#include "store/storeaddress.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace imr::test {

// A PostgreSQL server of the test's own: initdb and pg_ctl in a temporary
// folder, listening only on a Unix socket there (no TCP). As root (CI, the
// build root) the server runs as the postgres user, since PostgreSQL
// refuses to run as root. Stopped when destroyed.
class PostgresServer
{
public:
    static constexpr auto kAdmin = "imr_admin"; // the superuser initdb creates
    static constexpr auto kPasswordUser = "imr_pw"; // the one role that must give a password

    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // Empty on success, else why the server could not start.
    QString start();
    QString socketFolder() const;
    StoreAddress address(const QString &database, const QString &user = QString::fromLatin1(kAdmin)) const;
    // Runs SQL as the superuser in a database; empty on success.
    QString exec(const QString &database, const QString &sql) const;
    // A fresh database, prepared with --init-store's migrations when asked.
    QString createDatabase(const QString &name, bool initialize = true) const;

private:
    QString run(const QStringList &command) const;
    QString binary(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bin;
    bool m_asPostgres = false;
    bool m_running = false;
};

} // namespace imr::test
