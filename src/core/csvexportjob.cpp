#include "csvexportjob.h"

#include "folderloader.h"
#include "letterloader.h"
#include "reviewedcsvwriter.h"
#include "reviewstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace imr {

int CsvExportJob::run(const QString &folder, const QString &outputPath, QTextStream &err,
                      const QList<std::shared_ptr<const LetterFormat>> &formats)
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("imr::CsvExportJob", s); };
    if (!QFileInfo(folder).isDir()) {
        err << tr("imr-workbench: %1 is not a folder.").arg(folder) << Qt::endl;
        return 2;
    }
    LetterLoader loader(folder);
    for (const auto &format : formats)
        loader.addFormat(format);
    // The review columns come from the folder's store when there is one; the
    // export never creates a store.
    ReviewStore store;
    if (QFile::exists(ReviewStore::locationFor(folder))) {
        const QString storeError = store.openForFolder(folder, false);
        if (!storeError.isEmpty()) {
            err << tr("imr-workbench: %1").arg(storeError) << Qt::endl;
            return 1;
        }
        loader.setStore(&store);
    }
    const QList<Letter> letters = FolderLoader::loadAll(loader);
    const QString error = ReviewedCsvWriter::writeFile(outputPath, letters);
    if (!error.isEmpty()) {
        err << tr("imr-workbench: %1").arg(error) << Qt::endl;
        return 1;
    }
    qsizetype items = 0;
    qsizetype errors = 0;
    for (const Letter &l : letters) {
        items += l.record.items.size();
        errors += l.ok() ? 0 : 1;
    }
    err << tr("Exported %1 letters, %2 items, %3 errors to %4")
               .arg(letters.size())
               .arg(items)
               .arg(errors)
               .arg(outputPath)
        << Qt::endl;
    return 0;
}

} // namespace imr
