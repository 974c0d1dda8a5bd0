#pragma once

#include "result.h"
#include "store/storeaddress.h"
#include "store/storechangefeed.h"

#include <QCoreApplication>
#include <QSqlDriver>

namespace imr {

// Listens on the team store's imr_changes channel (LISTEN/NOTIFY) with a
// connection of its own, read by the event loop of the thread it lives on.
class PostgresChangeFeed final : public StoreChangeFeed
{
    Q_OBJECT
public:
    explicit PostgresChangeFeed(const StoreAddress &address, QObject *parent = nullptr);
    ~PostgresChangeFeed() override;

    Status start();
    // A round trip on the listening connection: false once the server or
    // the network dropped it (the listener would otherwise wait forever).
    bool isAlive() override;

private:
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    StoreAddress m_address;
    QString m_connection;
};

} // namespace imr
