#pragma once

#include <QByteArray>
#include <QObject>

namespace imr {

// What other analysts do on a shared store, as it happens: a review saved,
// a letter claimed or let go. Delivered on the thread that made the feed.
class StoreChangeFeed : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // Whether news still arrives; a feed whose connection dropped is made anew.
    virtual bool isAlive() { return true; }

signals:
    void reviewChanged(const QByteArray &contentHash);
    void claimChanged(const QByteArray &contentHash);
};

} // namespace imr
