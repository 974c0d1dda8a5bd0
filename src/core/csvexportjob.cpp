#include "csvexportjob.h"

#include "folderloader.h"
#include "reviewedcsvwriter.h"

#include <QCoreApplication>
#include <QTextStream>

namespace imr {

int CsvExportJob::run(const QString &folder, const QString &outputPath, QTextStream &err,
                      const QList<std::shared_ptr<const LetterFormat>> &formats)
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("imr::CsvExportJob", s); };
    const FolderLoader::Loaded loaded = FolderLoader::loadFolder(folder, formats);
    if (!loaded.error.isEmpty()) {
        err << tr("imr-workbench: %1").arg(loaded.error) << Qt::endl;
        return loaded.exitCode;
    }
    const QList<Letter> &letters = loaded.letters;
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
