#include "store/postgreschangefeed.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace imr {
namespace {
const QString kChannel = u"imr_changes"_s;
}

PostgresChangeFeed::PostgresChangeFeed(const StoreAddress &address, QObject *parent)
    : StoreChangeFeed(parent)
    , m_address(address)
    , m_connection(u"imr-feed-%1"_s.arg(quintptr(this), 0, 16))
{
}

PostgresChangeFeed::~PostgresChangeFeed()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.driver()->unsubscribeFromNotification(kChannel);
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Status PostgresChangeFeed::start()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connection);
    m_address.applyTo(db);
    if (!db.open())
        return failure(QCoreApplication::translate("imr::PostgresReviewStore", "Cannot connect to the team store %1: %2")
                           .arg(m_address.displayName(), db.lastError().text()));
    if (!db.driver()->subscribeToNotification(kChannel))
        return failure(db.driver()->lastError().text());
    connect(db.driver(), &QSqlDriver::notification, this, &PostgresChangeFeed::onNotification);
    return success();
}

bool PostgresChangeFeed::isAlive()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    return db.isOpen() && q.exec(u"SELECT 1"_s);
}

void PostgresChangeFeed::onNotification(const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
{
    if (name != kChannel)
        return;
    const QString text = payload.toString();
    const qsizetype space = text.indexOf(u' ');
    if (space < 0)
        return;
    const QByteArray hash = text.mid(space + 1).toLatin1();
    if (text.startsWith(u"review "_s))
        emit reviewChanged(hash);
    else if (text.startsWith(u"claim "_s))
        emit claimChanged(hash);
}

} // namespace imr
