#include "reportjob.h"

#include "export/summaryjob.h"
#include "stats/decisionstatistics.h"
#include "stats/duplicatecases.h"
#include "stats/ratecomparison.h"
#include "stats/revieweffort.h"
#include "stats/standardtables.h"
#include "reportrenderer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTextStream>

namespace imr::gui {

int ReportJob::run(const QString &folder, const QString &outputPath, QTextStream &err,
                   std::shared_ptr<const LetterFormat> pdfFormat, const QString &teamStoreUrl,
                   const SummaryOptions &options, const QString &compareFolder)
{
    QList<std::shared_ptr<const LetterFormat>> formats;
    if (pdfFormat)
        formats << std::move(pdfFormat);
    const auto read = SummaryJob::readFolder(folder, formats, teamStoreUrl, err);
    if (!read) {
        err << tr("imr-workbench: %1").arg(read.error()) << Qt::endl;
        return QFileInfo(folder).isDir() ? 1 : 2;
    }
    const DuplicateCases duplicates = DuplicateCases::find(read->letters, read->caseChoices);
    const DecisionSummary summary = DecisionStatistics::compute(read->letters, {}, &duplicates);
    ReportRenderer::Info info;
    info.folder = QFileInfo(folder).absoluteFilePath();
    info.minGroupSize = options.minGroupSize;
    info.tables = StandardTables::compute(read->letters, {}, &duplicates);
    info.effort = ReviewEffort::compute(read->audit, read->letters);
    SummaryComparison comparison;
    if (const int code = SummaryJob::compare(folder, read.value(), summary, duplicates, options, compareFolder, formats, err,
                                             comparison))
        return code;
    info.comparison = comparison.rows;
    info.firstName = comparison.firstName;
    info.secondName = comparison.secondName;
    if (options.compareSources.size() == 2) { // a report is read by people: in their language
        info.firstName = RateComparison::sideName(options.compareSources[0], options.compareSources[1]);
        info.secondName = RateComparison::sideName(options.compareSources[1], options.compareSources[0]);
    }
    const QString error = ReportRenderer::writePdf(outputPath, summary, info);
    if (!error.isEmpty()) {
        err << tr("imr-workbench: %1").arg(error) << Qt::endl;
        return 1;
    }
    err << tr("Report of %1 letters, %2 items written to %3").arg(summary.letters).arg(summary.items).arg(outputPath)
        << Qt::endl;
    return 0;
}

} // namespace imr::gui
