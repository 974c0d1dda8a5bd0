#include "folderloader.h"

#include "letterloader.h"

#include <QtConcurrent/QtConcurrentMap>

namespace imr {

QFuture<Letter> FolderLoader::start(std::shared_ptr<const LetterLoader> loader, const QStringList &paths)
{
    // The lambda owns the loader, so it lives as long as the work does.
    return QtConcurrent::mapped(paths, [loader](const QString &path) { return loader->load(path); });
}

QList<Letter> FolderLoader::loadAll(const LetterLoader &loader)
{
    return QtConcurrent::blockingMapped(loader.scan(), [&loader](const QString &path) { return loader.load(path); });
}

} // namespace imr
