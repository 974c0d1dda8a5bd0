#include "reportjob.h"

#include "decisionstatistics.h"
#include "folderloader.h"
#include "reportrenderer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace imr::gui {

int ReportJob::run(const QString &folder, const QString &outputPath, QTextStream &err,
                   std::shared_ptr<const LetterFormat> pdfFormat)
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("imr::gui::ReportJob", s); };
    const FolderLoader::Loaded loaded = FolderLoader::loadFolder(folder, {std::move(pdfFormat)});
    if (!loaded.error.isEmpty()) {
        err << tr("imr-workbench: %1").arg(loaded.error) << Qt::endl;
        return loaded.exitCode;
    }
    const QList<Letter> &letters = loaded.letters;
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
