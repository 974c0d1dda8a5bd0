#include "export/summaryjob.h"

#include "stats/wilsoninterval.h"

#include "folder/folderindexer.h"
#include "folder/letterloader.h"
#include "stats/decisionstatistics.h"
#include "stats/duplicatecases.h"
#include "stats/ratecomparison.h"
#include "stats/revieweffort.h"
#include "stats/standardtables.h"
#include "store/storefactory.h"

#include <QFileInfo>
#include <QTextStream>

namespace imr {

Result<FolderSummaries> SummaryJob::readFolder(const QString &folder,
                                               const QList<std::shared_ptr<const LetterFormat>> &formats,
                                               const QString &teamStoreUrl, QTextStream &err,
                                               const Progress &progress)
{
    if (!QFileInfo(folder).isDir())
        return failure(tr("%1 is not a folder.").arg(folder));
    auto loader = std::make_shared<LetterLoader>(folder);
    for (const auto &format : formats)
        loader->addFormat(format);
    // The review so far comes from the folder's store, or the team's; a job
    // never creates one.
    auto opened = StoreFactory::open(folder, teamStoreUrl, false);
    if (!opened)
        return failure(opened.error());
    ReviewStore *store = opened.value().get();
    loader->setStore(store);
    FolderSummaries out;
    if (store) {
        // Without the choices, charts would count other files than the
        // window does: a failure to read them stops the job.
        auto choices = store->caseChoices();
        if (!choices)
            return failure(choices.error());
        out.caseChoices = std::move(choices.value());
        // The effort figures would be wrong without it: a failure stops the job too.
        auto audit = store->auditLog();
        if (!audit)
            return failure(audit.error());
        out.audit = std::move(audit.value());
    }
    // Only the compact rows are kept: the charts need nothing more.
    QHash<QString, qsizetype> rowOf;
    FolderIndexer indexer(loader, store);
    const Status indexed = indexer.run([&](IndexBatch batch) {
        if (batch.listed) {
            for (const QString &path : std::as_const(batch.paths)) {
                rowOf.insert(path, out.letters.size());
                out.letters.append(LetterSummary::listed(path));
            }
        }
        for (LetterSummary &s : batch.letters)
            out.letters[rowOf.value(s.relativePath)] = std::move(s);
        if (progress && !progress(batch.done, batch.total))
            indexer.cancel();
    });
    if (progress && !progress(int(out.letters.size()), int(out.letters.size())))
        return failure(tr("Reading %1 was cancelled.").arg(folder));
    if (!indexed)
        err << tr("imr-workbench: %1").arg(indexed.error()) << Qt::endl;
    return out;
}

int SummaryJob::compare(const QString &folder, const FolderSummaries &read, const DecisionSummary &summary,
                        const DuplicateCases &duplicates, const SummaryOptions &options, const QString &compareFolder,
                        const QList<std::shared_ptr<const LetterFormat>> &formats, QTextStream &err,
                        SummaryComparison &out)
{
    if (options.compareSources.size() == 2) {
        const QString &a = options.compareSources[0];
        const QString &b = options.compareSources[1];
        out.rows = RateComparison::compareSources(read.letters, {}, a, b, &duplicates).rows;
        // Keys, not words: the summary is read by scripts.
        out.firstName = RateComparison::sideKey(a, b);
        out.secondName = RateComparison::sideKey(b, a);
        return 0;
    }
    if (compareFolder.isEmpty())
        return 0;
    const auto other = readFolder(compareFolder, formats, {}, err);
    if (!other) {
        err << tr("imr-workbench: %1").arg(other.error()) << Qt::endl;
        return QFileInfo(compareFolder).isDir() ? 1 : 2;
    }
    const DuplicateCases theirs = DuplicateCases::find(other->letters, other->caseChoices);
    out.rows = RateComparison::compare(summary, DecisionStatistics::compute(other->letters, {}, &theirs));
    out.firstName = QFileInfo(folder).fileName();
    out.secondName = QFileInfo(compareFolder).fileName();
    return 0;
}

int SummaryJob::run(const QString &folder, const QString &outputPath, QTextStream &err,
                    const QList<std::shared_ptr<const LetterFormat>> &formats, const QString &teamStoreUrl,
                    const SummaryOptions &options, const QString &compareFolder)
{
    const auto read = readFolder(folder, formats, teamStoreUrl, err);
    if (!read) {
        err << tr("imr-workbench: %1").arg(read.error()) << Qt::endl;
        return QFileInfo(folder).isDir() ? 1 : 2;
    }
    const DuplicateCases duplicates = DuplicateCases::find(read->letters, read->caseChoices);
    const DecisionSummary summary = DecisionStatistics::compute(read->letters, {}, &duplicates);
    const StandardTableSet tables = StandardTables::compute(read->letters, {}, &duplicates);
    SummaryComparison comparison;
    if (const int code = compare(folder, read.value(), summary, duplicates, options, compareFolder, formats, err, comparison))
        return code;
    const EffortSummary effort = ReviewEffort::compute(read->audit, read->letters);
    if (const QString error = SummaryCsvWriter::writeFile(outputPath, summary, tables, options, comparison, effort);
        !error.isEmpty()) {
        err << tr("imr-workbench: %1").arg(error) << Qt::endl;
        return 1;
    }
    err << tr("Summary of %1 letters, %2 items written to %3 (%4 duplicate files counted once)")
               .arg(summary.lettersInScope)
               .arg(summary.items)
               .arg(outputPath)
               .arg(duplicates.excludedCount())
        << Qt::endl;
    return 0;
}

} // namespace imr
