#include "export/exportjob.h"

#include "export/deidentifier.h"

#include "export/provenancejsonwriter.h"
#include "export/reviewedcsvwriter.h"
#include "export/rowspool.h"
#include "folder/letterloader.h"
#include "stats/duplicatecases.h"
#include "store/storefactory.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QScopeGuard>
#include <QTextStream>

#include <QtConcurrent/QtConcurrentMap>

using namespace Qt::StringLiterals;

namespace imr {

namespace {

// One letter of an export, formatted on the thread pool.
struct FormattedLetter
{
    QByteArray bytes;
    qsizetype items = 0;
    bool error = false;
    // A spooled export's: what finding duplicates needs, and where each
    // row's duplicate_of cell goes.
    LetterSummary facts;
    QList<qsizetype> duplicateOfAt;
};

} // namespace

Result<ExportJob::Counts> ExportJob::writeFile(const QString &outputPath, ExportFormat format,
                                               const LetterLoader &loader, const QStringList &paths,
                                               const Progress &progress, const Deidentifier *deidentifier,
                                               const QHash<QString, QString> *countedInstead)
{
    // The provenance export quotes the letters' text: it has no
    // de-identified form.
    if (deidentifier && format != ExportFormat::ReviewedCsv)
        return failure(tr("Only the reviewed CSV can be de-identified."));
    QSaveFile file(outputPath);
    const auto cannotWrite = [&](const QIODevice &device) {
        return failure(tr("Cannot write %1: %2").arg(outputPath, device.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file);
    const bool csv = format == ExportFormat::ReviewedCsv;
    if (csv && !ReviewedCsvWriter::writeHeader(file))
        return cannotWrite(file);
    // Which file counts for a case is known only once every file has been
    // read: unless the caller knows it, the rows wait in a spool.
    const bool spooled = csv && !countedInstead;
    RowSpool spool(outputPath);
    if (spooled && (!spool.open() || !spool.appendHead(ReviewedCsvWriter::headerBytes())))
        return cannotWrite(spool.device());
    const auto shownPath = [deidentifier](const QString &path) {
        return deidentifier && !path.isEmpty() ? deidentifier->filePseudonym(path) : path;
    };
    QList<LetterSummary> facts;
    Counts counts;
    const auto formatLetter = [&](const QString &path) {
        const Letter letter = loader.load(path);
        FormattedLetter f{{}, letter.record.items.size(), !letter.ok(), {}, {}};
        if (!csv) {
            f.bytes = ProvenanceJsonWriter::lineBytes(letter);
            return f;
        }
        const Letter shown = deidentifier ? deidentifier->apply(letter) : Letter();
        const Letter &written = deidentifier ? shown : letter;
        if (!spooled) {
            f.bytes = ReviewedCsvWriter::rowBytes(written, shownPath(countedInstead->value(path)));
            return f;
        }
        ReviewedCsvWriter::MarkedRows marked = ReviewedCsvWriter::markedRowBytes(written);
        f.bytes = std::move(marked.bytes);
        f.duplicateOfAt = std::move(marked.duplicateOfAt);
        f.facts.relativePath = letter.relativePath;
        f.facts.contentHash = letter.contentHash;
        f.facts.error = letter.error;
        f.facts.loaded = true;
        f.facts.caseNumber = letter.record.field(FieldId::CaseNumber).value;
        f.facts.decisionDate = letter.record.field(FieldId::DecisionDate).value;
        return f;
    };
    // The next block is read while this one is written: the pool does not
    // wait for the writing. A task formats a run of letters, not one: each
    // result wakes the thread waiting for the block, and a wake a letter
    // was a good share of the kernel's time in a year's export.
    QAtomicInt stopping;
    const auto startBlock = [&](qsizetype first) {
        QList<std::pair<qsizetype, qsizetype>> runs;
        for (qsizetype from = first; from < std::min(paths.size(), first + kBlock); from += kRun)
            runs.append({from, std::min({paths.size(), first + kBlock, from + kRun})});
        return QtConcurrent::mapped(runs, [&](const std::pair<qsizetype, qsizetype> &run) {
            QList<FormattedLetter> formatted;
            formatted.reserve(run.second - run.first);
            // A cancelled export stops within a letter, not a run: a run
            // of PDFs not read before is seconds of parsing.
            for (qsizetype i = run.first; i < run.second && !stopping.loadRelaxed(); ++i)
                formatted.append(formatLetter(paths[i]));
            return formatted;
        });
    };
    // Two blocks ahead: the pool starts on the next block while the last
    // task of this one finishes, instead of waiting on it with a core idle.
    QList<QFuture<QList<FormattedLetter>>> reading{startBlock(0)};
    if (kBlock < paths.size())
        reading.append(startBlock(kBlock));
    const auto stopReading = qScopeGuard([&] {
        stopping.storeRelaxed(1);
        for (QFuture<QList<FormattedLetter>> &block : reading)
            block.cancel();
        for (QFuture<QList<FormattedLetter>> &block : reading)
            block.waitForFinished();
    });
    for (qsizetype first = 0; first < paths.size(); first += kBlock) {
        QList<FormattedLetter> formatted;
        for (const QList<FormattedLetter> &run : reading.first().results())
            formatted += run;
        reading.removeFirst();
        if (first + 2 * kBlock < paths.size())
            reading.append(startBlock(first + 2 * kBlock));
        for (const FormattedLetter &f : std::as_const(formatted)) {
            if (spooled ? !spool.append(f.bytes, f.duplicateOfAt) : file.write(f.bytes) != f.bytes.size()) {
                file.cancelWriting();
                return cannotWrite(spooled ? spool.device() : file);
            }
            counts.items += f.items;
            counts.errors += f.error;
            if (spooled)
                facts << f.facts;
        }
        counts.letters += formatted.size();
        if (progress && !progress(counts.letters)) {
            file.cancelWriting();
            return failure(tr("The export was cancelled."));
        }
    }
    if (spooled) {
        QHash<QString, QByteArray> choices;
        if (const ReviewStore *store = loader.store()) {
            // A failed read is not "no choice": another file than the one
            // the analyst chose would be marked as counting.
            auto read = store->caseChoices();
            if (!read) {
                file.cancelWriting();
                return failure(read.error());
            }
            choices = std::move(read.value());
        }
        const DuplicateCases duplicates = DuplicateCases::find(facts, choices);
        const auto cellFor = [&](qsizetype row) {
            const int instead = duplicates.countedInstead(int(row));
            return instead < 0 ? QString() : shownPath(facts[instead].relativePath);
        };
        // Every file counts: the spool, header included, is the export.
        if (duplicates.excludedCount() == 0 && spool.publish()) {
            file.cancelWriting();
            return counts;
        }
        if (const QIODevice *failed = spool.copyTo(file, cellFor)) {
            file.cancelWriting();
            return cannotWrite(*failed);
        }
    }
    if (!file.commit())
        return cannotWrite(file);
    QFile::setPermissions(outputPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner); // health information
    return counts;
}

int ExportJob::run(const QString &folder, const QString &outputPath, ExportFormat format, QTextStream &err,
                      const QList<std::shared_ptr<const LetterFormat>> &formats, const QString &teamStoreUrl,
                      bool deidentify)
{
    if (deidentify && format != ExportFormat::ReviewedCsv) {
        err << tr("imr-workbench: %1").arg(tr("Only the reviewed CSV can be de-identified.")) << Qt::endl;
        return 2;
    }
    if (!QFileInfo(folder).isDir()) {
        err << tr("imr-workbench: %1").arg(tr("%1 is not a folder.").arg(folder)) << Qt::endl;
        return 2;
    }
    LetterLoader loader(folder);
    for (const auto &letterFormat : formats)
        loader.addFormat(letterFormat);
    // The review so far comes from the folder's store, or the team's; a job
    // never creates one.
    auto store = StoreFactory::open(folder, teamStoreUrl, false);
    if (!store) {
        err << tr("imr-workbench: %1").arg(store.error()) << Qt::endl;
        return 1;
    }
    loader.setStore(store.value().get());
    const Deidentifier deidentifier;
    const auto written = writeFile(outputPath, format, loader, loader.scan(), {}, deidentify ? &deidentifier : nullptr);
    if (!written) {
        err << tr("imr-workbench: %1").arg(written.error()) << Qt::endl;
        return 1;
    }
    err << tr("Exported %1 letters, %2 items, %3 errors to %4")
               .arg(written->letters)
               .arg(written->items)
               .arg(written->errors)
               .arg(outputPath)
        << Qt::endl;
    if (deidentify)
        err << tr("De-identified: %n paragraph(s) withheld whole.", nullptr, deidentifier.droppedCount()) << Qt::endl;
    return 0;
}

} // namespace imr
