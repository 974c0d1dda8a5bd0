#include "reportjob.h"

#include "decisionstatistics.h"
#include "folderloader.h"
#include "letterloader.h"
#include "reportrenderer.h"
#include "reviewstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace imr::gui {

int ReportJob::run(const QString &folder, const QString &outputPath, QTextStream &err,
                   std::shared_ptr<const LetterFormat> pdfFormat)
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("imr::gui::ReportJob", s); };
    if (!QFileInfo(folder).isDir()) {
        err << tr("imr-workbench: %1 is not a folder.").arg(folder) << Qt::endl;
        return 2;
    }
    LetterLoader loader(folder);
    loader.addFormat(std::move(pdfFormat));
    ReviewStore store; // the review so far, when the folder has one; never created here
    if (QFile::exists(ReviewStore::locationFor(folder))) {
        if (const QString error = store.openForFolder(folder, false); !error.isEmpty()) {
            err << tr("imr-workbench: %1").arg(error) << Qt::endl;
            return 1;
        }
        loader.setStore(&store);
    }
    const QList<Letter> letters = FolderLoader::loadAll(loader);
    const DecisionSummary summary = DecisionStatistics::compute(letters);
    const QString error = ReportRenderer::writePdf(outputPath, summary, {QFileInfo(folder).absoluteFilePath(), {}, {}});
    if (!error.isEmpty()) {
        err << tr("imr-workbench: %1").arg(error) << Qt::endl;
        return 1;
    }
    err << tr("Report of %1 letters, %2 items written to %3").arg(summary.letters).arg(summary.items).arg(outputPath)
        << Qt::endl;
    return 0;
}

} // namespace imr::gui
