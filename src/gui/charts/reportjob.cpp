#include "reportjob.h"

#include "stats/decisionstatistics.h"
#include "folder/folderindexer.h"
#include "folder/letterloader.h"
#include "store/storefactory.h"
#include "reportrenderer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTextStream>

namespace imr::gui {

int ReportJob::run(const QString &folder, const QString &outputPath, QTextStream &err,
                   std::shared_ptr<const LetterFormat> pdfFormat, const QString &teamStoreUrl)
{
    if (!QFileInfo(folder).isDir()) {
        err << tr("imr-workbench: %1").arg(tr("%1 is not a folder.").arg(folder)) << Qt::endl;
        return 2;
    }
    auto loader = std::make_shared<LetterLoader>(folder);
    loader->addFormat(std::move(pdfFormat));
    // The review so far comes from the folder's store, or the team's; a job
    // never creates one.
    auto opened = StoreFactory::open(folder, teamStoreUrl, false);
    if (!opened) {
        err << tr("imr-workbench: %1").arg(opened.error()) << Qt::endl;
        return 1;
    }
    ReviewStore *store = opened.value().get();
    loader->setStore(store);
    // Only the compact rows are kept: the charts need nothing more.
    QList<LetterSummary> letters;
    QHash<QString, qsizetype> rowOf;
    FolderIndexer indexer(loader, store);
    const Status indexed = indexer.run([&](IndexBatch batch) {
        if (batch.listed) {
            for (const QString &path : std::as_const(batch.paths)) {
                rowOf.insert(path, letters.size());
                letters.append(LetterSummary::listed(path));
            }
        }
        for (LetterSummary &s : batch.letters)
            letters[rowOf.value(s.relativePath)] = std::move(s);
    });
    if (!indexed)
        err << tr("imr-workbench: %1").arg(indexed.error()) << Qt::endl;
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
