#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;

namespace imr {

// Where a team store is: postgresql://user@host:port/database, with
// ?sslmode=… and ?host=/socket/folder as libpq knows them. No password is
// ever part of it: libpq reads PGPASSWORD or ~/.pgpass itself, so nothing
// secret reaches the settings, a command line or a log.
class StoreAddress final
{
    Q_DECLARE_TR_FUNCTIONS(imr::StoreAddress)
public:
    static bool looksLikeServer(const QString &text);
    static Result<StoreAddress> parse(const QString &url);

    QString host; // a name, an address, or an absolute folder holding the server's Unix socket
    int port = 5432;
    QString database;
    QString user; // empty: the operating system's user name, as libpq does
    QString sslMode; // disable, allow, prefer, require, verify-ca, verify-full; empty: libpq's default

    QString toUrl() const;
    // "reviews on db.example.org" for titles and messages.
    QString displayName() const;
    // Host, port, database, user and connection options of a QPSQL connection.
    void applyTo(QSqlDatabase &db) const;

    friend bool operator==(const StoreAddress &, const StoreAddress &) = default;
};

} // namespace imr
