#pragma once

#include "export/summarycsvwriter.h"
#include "folder/letterformat.h"
#include "folder/lettersummary.h"
#include "store/reviewstore.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QTextStream;

namespace imr {

// A folder as the charts see it: every letter's compact row, with the
// review so far, and the analyst's choices among duplicate cases.
struct FolderSummaries
{
    QList<LetterSummary> letters;
    QHash<QString, QByteArray> caseChoices;
    QList<AuditRecord> audit; // the review store's audit trail, oldest first
};

// `imr-workbench --export-summary FILE FOLDER`: the summary CSV
// (SummaryCsvWriter), headless. Also reads folders for the headless report.
class SummaryJob final
{
    Q_DECLARE_TR_FUNCTIONS(imr::SummaryJob)
public:
    // progress(done, total) after each batch; returning false cancels.
    using Progress = std::function<bool(int done, int total)>;

    // Reads the folder through its store (or the team's); problems that do
    // not stop the reading (a store read failure) are written to err.
    static Result<FolderSummaries> readFolder(const QString &folder, const QList<std::shared_ptr<const LetterFormat>> &formats,
                                              const QString &teamStoreUrl, QTextStream &err,
                                              const Progress &progress = {});
    // Another folder (compareFolder) or two guideline sources of this one
    // (options.compareSources), or nothing. Returns an exit code: 0, or 1 or
    // 2 when the other folder cannot be read (the reason is written to err).
    static int compare(const QString &folder, const FolderSummaries &read, const DecisionSummary &summary,
                       const DuplicateCases &duplicates, const SummaryOptions &options, const QString &compareFolder,
                       const QList<std::shared_ptr<const LetterFormat>> &formats, QTextStream &err,
                       SummaryComparison &out);
    // compareFolder: another folder, compared category by category.
    static int run(const QString &folder, const QString &outputPath, QTextStream &err,
                   const QList<std::shared_ptr<const LetterFormat>> &formats = {}, const QString &teamStoreUrl = {},
                   const SummaryOptions &options = {}, const QString &compareFolder = {});
};

} // namespace imr
