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
    // comparison: rows of table "comparison", this folder's side in the
    // usual columns and the other's in the compared_* ones.
    // effort: tables "effort", "effort_field" and "effort_category" (seconds,
    // corrections and confirmations columns).
    static QByteArray bytes(const DecisionSummary &summary, const StandardTableSet &tables,
                            const SummaryOptions &options = {}, const QList<ComparisonRow> &comparison = {},
                            const EffortSummary &effort = {});
    // Atomic (QSaveFile) and readable by the user only; an error message, empty on success.
    static QString writeFile(const QString &path, const DecisionSummary &summary, const StandardTableSet &tables,
                             const SummaryOptions &options = {}, const QList<ComparisonRow> &comparison = {},
                             const EffortSummary &effort = {});
};

} // namespace imr
