#include "folderloader.h"

#include "letterloader.h"
#include "reviewstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

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

FolderLoader::Loaded FolderLoader::loadFolder(const QString &folder,
                                              const QList<std::shared_ptr<const LetterFormat>> &formats)
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("imr::FolderLoader", s); };
    if (!QFileInfo(folder).isDir())
        return {{}, tr("%1 is not a folder.").arg(folder), 2};
    LetterLoader loader(folder);
    for (const auto &format : formats)
        loader.addFormat(format);
    ReviewStore store;
    if (QFile::exists(ReviewStore::locationFor(folder))) {
        if (const QString error = store.openForFolder(folder, false); !error.isEmpty())
            return {{}, error, 1};
        loader.setStore(&store);
    }
    return {loadAll(loader), {}, 0};
}

} // namespace imr
