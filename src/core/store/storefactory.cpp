#include "store/storefactory.h"

#include "store/postgresreviewstore.h"
#include "store/sqlitereviewstore.h"
#include "store/storeaddress.h"

#include <QFile>

namespace imr {

Result<std::unique_ptr<ReviewStore>> StoreFactory::open(const QString &folder, const QString &teamStoreUrl,
                                                        bool createIfMissing, const QString &analyst)
{
    if (!teamStoreUrl.isEmpty()) {
        const Result<StoreAddress> address = StoreAddress::parse(teamStoreUrl);
        if (!address)
            return failure(address.error());
        auto store = std::make_unique<PostgresReviewStore>();
        store->setAnalyst(analyst);
        if (const Status s = store->open(address.value(), folder); !s)
            return failure(s.error());
        return std::unique_ptr<ReviewStore>(std::move(store));
    }
    if (!createIfMissing && !QFile::exists(SqliteReviewStore::locationFor(folder)))
        return std::unique_ptr<ReviewStore>();
    auto store = std::make_unique<SqliteReviewStore>();
    if (createIfMissing) {
        if (const Status s = store->openForFolder(folder, true, SqliteReviewStore::Writers::One); !s)
            return failure(s.error());
        return std::unique_ptr<ReviewStore>(std::move(store));
    }
    // A headless command only reads: it leaves the folder free for a window.
    // A store from an older version is upgraded first, as a window would
    // (with its backup copy), unless a window holds the folder: reading it
    // as it is would fail on every changed table.
    if (store->openForFolder(folder, false, SqliteReviewStore::Writers::None))
        return std::unique_ptr<ReviewStore>(std::move(store));
    Status upgraded = success();
    if (const int found = store->schemaVersionOnDisk(); found > 0 && found < SqliteReviewStore::kSchemaVersion) {
        SqliteReviewStore upgrade;
        upgraded = upgrade.openForFolder(folder, false, SqliteReviewStore::Writers::One);
    }
    // The upgrade's own refusal says why (another window, a failed backup).
    if (const Status s = store->openForFolder(folder, false, SqliteReviewStore::Writers::None); !s)
        return failure(upgraded ? s.error() : upgraded.error());
    return std::unique_ptr<ReviewStore>(std::move(store));
}

} // namespace imr
