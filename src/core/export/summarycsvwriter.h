#pragma once

#include "stats/decisionstatistics.h"
#include "stats/ratecomparison.h"
#include "stats/revieweffort.h"
#include "stats/standardtables.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QIODevice;

namespace imr {

// What a summary says besides its numbers.
struct SummaryOptions
{
    int minGroupSize = 30; // groups with fewer items are flagged small_group
    // Two guideline sources of the folder compared with each other (items
    // citing the first and not the second, and the other way round).
    QStringList compareSources;
};

// Two sets of letters side by side (RateComparison), with the names of the
// two sides: folders, periods, or guideline sources of one folder.
struct SummaryComparison
{
    QList<ComparisonRow> rows;
    QString firstName;
    QString secondName;
};

// `--export-summary FILE`: every rate of the Charts tab and the standard
// tables (StandardTables) as one CSV in long form, one row per group, so a
// spreadsheet can filter by `table`. Each overturn rate carries its n and
// its Wilson 95% interval. UTF-8 with BOM, RFC 4180, CRLF, as the reviewed CSV.
class SummaryCsvWriter final
{
    Q_DECLARE_TR_FUNCTIONS(imr::SummaryCsvWriter)
public:
    static QStringList header();
    // comparison: rows of table "comparison", the first side in the usual
    // columns and the other in the compared_* ones; the sides' names in
    // "side" and "compared_side".
    // effort: tables "effort", "effort_field" and "effort_category" (seconds,
    // corrections and confirmations columns).
    static QByteArray bytes(const DecisionSummary &summary, const StandardTableSet &tables,
                            const SummaryOptions &options = {}, const SummaryComparison &comparison = {},
                            const EffortSummary &effort = {});
    // Atomic (QSaveFile) and readable by the user only; an error message, empty on success.
    static QString writeFile(const QString &path, const DecisionSummary &summary, const StandardTableSet &tables,
                             const SummaryOptions &options = {}, const SummaryComparison &comparison = {},
                             const EffortSummary &effort = {});
};

} // namespace imr
