#pragma once

#include "folder/letterformat.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QTextStream;

namespace imr {

class Deidentifier;
class LetterLoader;

// What an export writes: the reviewed CSV (shared/eval/README.md) or the
// provenance JSON Lines (ProvenanceJsonWriter).
enum class ExportFormat { ReviewedCsv, ProvenanceJson };

// An export of a folder, streamed: letters are read a block at a time on the
// thread pool and their rows written in folder order, so no letter is held
// beyond its block (a reviewed CSV that finds its duplicates itself keeps a
// small record of each letter). Used by `--export-csv`, `--export-json` and
// by the window.
class ExportJob final
{
    Q_DECLARE_TR_FUNCTIONS(imr::ExportJob)
public:
    struct Counts
    {
        qsizetype letters = 0;
        qsizetype items = 0;
        qsizetype errors = 0;
    };
    // progress(done) is called after each block; returning false cancels
    // (the file is then not written).
    using Progress = std::function<bool(qsizetype done)>;

    // `imr-workbench --export-csv|--export-json OUT FOLDER`. Returns the
    // process exit code; messages go to err. formats: what the loader reads
    // besides text. teamStoreUrl: a postgresql:// team store to read the
    // reviews from instead of the folder's own.
    // deidentify: the reviewed CSV de-identified (Deidentifier), with a
    // secret of this export only.
    static int run(const QString &folder, const QString &outputPath, ExportFormat format, QTextStream &err,
                   const QList<std::shared_ptr<const LetterFormat>> &formats = {}, const QString &teamStoreUrl = {},
                   bool deidentify = false);

    // Writes the letters at these paths (relative to the loader's folder)
    // through QSaveFile: an earlier file stays as it was on failure.
    // With a deidentifier (reviewed CSV only), each letter goes through it.
    // countedInstead: for each file that does not count for its case, the
    // file that does (DuplicateCases::countedInsteadByPath over the whole
    // folder, as the window knows it). Without it the reviewed CSV finds
    // them among the exported letters, with the store's case choices.
    static Result<Counts> writeFile(const QString &outputPath, ExportFormat format, const LetterLoader &loader,
                                    const QStringList &paths, const Progress &progress = {},
                                    const Deidentifier *deidentifier = nullptr,
                                    const QHash<QString, QString> *countedInstead = nullptr);

    static constexpr qsizetype kBlock = 256; // letters formatted while the block before is written
    static constexpr qsizetype kRun = 16;    // letters of one task
};

} // namespace imr
