#include "store/storeaddress.h"

#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace imr {
namespace {

const QStringList kSslModes = {u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s};

} // namespace

bool StoreAddress::looksLikeServer(const QString &text)
{
    return text.startsWith(u"postgresql://"_s, Qt::CaseInsensitive) || text.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

Result<StoreAddress> StoreAddress::parse(const QString &text)
{
    if (!looksLikeServer(text))
        return failure(tr("A team store is given as postgresql://user@host:port/database."));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return failure(tr("The team store address is not valid: %1").arg(url.errorString()));
    if (!url.password().isEmpty())
        return failure(tr("The team store address must not hold a password. Give it in PGPASSWORD or ~/.pgpass."));
    StoreAddress address;
    address.host = url.host();
    address.port = url.port(5432);
    address.database = url.path().mid(1);
    address.user = url.userName();
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"sslmode"_s) {
            if (!kSslModes.contains(value))
                return failure(tr("Unknown sslmode \"%1\"; use one of %2.").arg(value, kSslModes.join(u", "_s)));
            address.sslMode = value;
        } else if (key == u"host"_s) {
            address.host = value;
        } else if (key == u"port"_s) {
            bool ok = false;
            address.port = value.toInt(&ok);
            if (!ok)
                return failure(tr("The port \"%1\" is not a number.").arg(value));
        } else if (key == u"user"_s) {
            address.user = value;
        } else if (key == u"password"_s) {
            return failure(tr("The team store address must not hold a password. Give it in PGPASSWORD or ~/.pgpass."));
        } else {
            return failure(tr("Unknown option \"%1\" in the team store address.").arg(key));
        }
    }
    if (address.host.isEmpty())
        return failure(tr("The team store address names no host."));
    if (address.database.isEmpty() || address.database.contains(u'/'))
        return failure(tr("The team store address names no database."));
    if (address.port <= 0 || address.port > 65535)
        return failure(tr("The port %1 is not valid.").arg(address.port));
    return address;
}

QString StoreAddress::toUrl() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    QUrlQuery query;
    if (host.startsWith(u'/')) {
        url.setHost(u"localhost"_s);
        query.addQueryItem(u"host"_s, host);
    } else {
        url.setHost(host);
    }
    if (port != 5432)
        url.setPort(port);
    url.setPath(u'/' + database);
    if (!sslMode.isEmpty())
        query.addQueryItem(u"sslmode"_s, sslMode);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString StoreAddress::displayName() const
{
    return host.startsWith(u'/') ? tr("%1 (local server)").arg(database) : tr("%1 on %2").arg(database, host);
}

void StoreAddress::applyTo(QSqlDatabase &db) const
{
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(database);
    db.setUserName(user);
    // A server gone away is noticed in seconds, not after the kernel's TCP
    // timeouts: the window waits on these calls.
    QStringList options{u"connect_timeout=5"_s, u"application_name=imr-workbench"_s, u"keepalives=1"_s,
                        u"keepalives_idle=30"_s, u"keepalives_interval=10"_s, u"keepalives_count=3"_s};
    if (!sslMode.isEmpty())
        options << u"sslmode="_s + sslMode;
    db.setConnectOptions(options.join(u';'));
}

} // namespace imr
