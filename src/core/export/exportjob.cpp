#include "export/exportjob.h"

#include "export/deidentifier.h"

#include "export/provenancejsonwriter.h"
#include "export/reviewedcsvwriter.h"
#include "folder/letterloader.h"
#include "stats/duplicatecases.h"
#include "store/storefactory.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>
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

// The second pass of a spooled export: the rows are copied from the spool,
// with, on the rows of each file that does not count for its case, the file
// that does (cellFor() of its row, empty when it counts). Returns the
// device that failed.
const QFileDevice *copyMarkingDuplicates(QFile &spool, QFileDevice &file, const QList<qsizetype> &sizes,
                                         const QList<QList<qsizetype>> &duplicateOfAt,
                                         const std::function<QString(int)> &cellFor)
{
    if (!spool.seek(0))
        return &spool;
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        QByteArray rows = spool.read(sizes[i]);
        if (rows.size() != sizes[i])
            return &spool;
        if (const QString cell = cellFor(int(i)); !cell.isEmpty())
            rows = ReviewedCsvWriter::withDuplicateOf(rows, duplicateOfAt[i], cell);
        if (file.write(rows) != rows.size())
            return &file;
    }
    return nullptr;
}

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
    const auto cannotWrite = [&](const QFileDevice &device) {
        return failure(tr("Cannot write %1: %2").arg(outputPath, device.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file);
    const bool csv = format == ExportFormat::ReviewedCsv;
    if (csv && !ReviewedCsvWriter::writeHeader(file))
        return cannotWrite(file);
    // Which file counts for a case is known only once every file has been
    // read. Unless the caller knows it, the rows wait in a spool file beside
    // the export (owner-only, removed after), and the cell is filled in as
    // they are copied: a second pass over bytes, not over letters.
    const bool spooled = csv && !countedInstead;
    // Beside the export rather than in the system's temporary folder: the
    // user chose that disk for a file of this size. Its name goes at once,
    // so a killed export leaves no health information behind.
    QTemporaryFile spool(QFileInfo(outputPath).absolutePath() + u"/.imr-export-XXXXXX"_s);
    if (spooled) {
        if (!spool.open() || !spool.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return cannotWrite(spool);
#ifdef Q_OS_UNIX
        QFile::remove(spool.fileName());
#endif
    }
    QFileDevice &rowsOut = spooled ? static_cast<QFileDevice &>(spool) : file;
    const auto shownPath = [deidentifier](const QString &path) {
        return deidentifier && !path.isEmpty() ? deidentifier->filePseudonym(path) : path;
    };
    QList<LetterSummary> facts;
    QList<qsizetype> sizes;
    QList<QList<qsizetype>> duplicateOfAt;
    Counts counts;
    for (qsizetype first = 0; first < paths.size(); first += kBlock) {
        const QStringList block = paths.mid(first, kBlock);
        const QList<FormattedLetter> formatted = QtConcurrent::blockingMapped(block, [&](const QString &path) {
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
        });
        for (const FormattedLetter &f : formatted) {
            if (rowsOut.write(f.bytes) != f.bytes.size()) {
                file.cancelWriting();
                return cannotWrite(rowsOut);
            }
            counts.items += f.items;
            counts.errors += f.error;
            if (spooled) {
                facts << f.facts;
                sizes << f.bytes.size();
                duplicateOfAt << f.duplicateOfAt;
            }
        }
        counts.letters += block.size();
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
        const auto cellFor = [&](int row) {
            const int instead = duplicates.countedInstead(row);
            return instead < 0 ? QString() : shownPath(facts[instead].relativePath);
        };
        if (const QFileDevice *failed = copyMarkingDuplicates(spool, file, sizes, duplicateOfAt, cellFor)) {
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
