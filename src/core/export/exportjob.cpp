#include "export/exportjob.h"

#include "export/deidentifier.h"

#include "export/provenancejsonwriter.h"
#include "export/reviewedcsvwriter.h"
#include "folder/letterloader.h"
#include "store/storefactory.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

#include <QtConcurrent/QtConcurrentMap>

namespace imr {

Result<ExportJob::Counts> ExportJob::writeFile(const QString &outputPath, ExportFormat format,
                                               const LetterLoader &loader, const QStringList &paths,
                                               const Progress &progress, const Deidentifier *deidentifier)
{
    // The provenance export quotes the letters' text: it has no
    // de-identified form.
    if (deidentifier && format != ExportFormat::ReviewedCsv)
        return failure(tr("Only the reviewed CSV can be de-identified."));
    QSaveFile file(outputPath);
    const auto cannotWrite = [&] { return failure(tr("Cannot write %1: %2").arg(outputPath, file.errorString())); };
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite();
    if (format == ExportFormat::ReviewedCsv && !ReviewedCsvWriter::writeHeader(file))
        return cannotWrite();
    Counts counts;
    for (qsizetype first = 0; first < paths.size(); first += kBlock) {
        const QStringList block = paths.mid(first, kBlock);
        struct Rows
        {
            QByteArray bytes;
            qsizetype items = 0;
            bool error = false;
        };
        const QList<Rows> rows = QtConcurrent::blockingMapped(block, [&loader, format, deidentifier](const QString &path) {
            const Letter letter = loader.load(path);
            const QByteArray bytes = deidentifier ? ReviewedCsvWriter::rowBytes(deidentifier->apply(letter))
                                   : format == ExportFormat::ReviewedCsv ? ReviewedCsvWriter::rowBytes(letter)
                                                                          : ProvenanceJsonWriter::lineBytes(letter);
            return Rows{bytes, letter.record.items.size(), !letter.ok()};
        });
        for (const Rows &r : rows) {
            if (file.write(r.bytes) != r.bytes.size()) {
                file.cancelWriting();
                return cannotWrite();
            }
            counts.items += r.items;
            counts.errors += r.error;
        }
        counts.letters += block.size();
        if (progress && !progress(counts.letters)) {
            file.cancelWriting();
            return failure(tr("The export was cancelled."));
        }
    }
    if (!file.commit())
        return cannotWrite();
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
