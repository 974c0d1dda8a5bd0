#pragma once

#include "result.h"

#include <QCoreApplication>

class QSqlDatabase;

namespace imr {

// The team store's schema: numbered migrations kept in the repository
// (src/core/store/migrations/postgresql), applied in order, each once.
class PostgresSchema final
{
    Q_DECLARE_TR_FUNCTIONS(imr::PostgresSchema)
public:
    static int latestVersion();
    // 0 on a database that was never prepared.
    static Result<int> installedVersion(QSqlDatabase &db);
    // Applies every missing migration in one transaction; several analysts
    // starting at once wait for each other. Returns the version now installed.
    static Result<int> upgrade(QSqlDatabase &db);
};

} // namespace imr
