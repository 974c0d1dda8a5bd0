#include "export/summarycsvwriter.h"

#include "export/reviewedcsvwriter.h"

#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace imr {
namespace {

enum Column {
    Table,
    Group,
    Label,
    Letters,
    Items,
    Upheld,
    Overturned,
    OverturnRate,
    OverturnLow,
    OverturnHigh,
    UpholdRate,
    UpholdLow,
    UpholdHigh,
    Share,
    SmallGroup,
    MedianDays,
    P90Days,
    LimitDays,
    OverLimit,
    ComparedItems,
    ComparedOverturned,
    ComparedRate,
    ComparedLow,
    ComparedHigh,
    Difference,
    PValue,
    Test,
    Seconds,
    Corrections,
    Confirmations,
    Side,
    ComparedSide,
    ColumnCount
};

QString number(double value)
{
    return QString::number(value, 'f', 4);
}

class Rows
{
public:
    explicit Rows(const SummaryOptions &options)
        : m_options(options)
    {
    }
    QStringList &add(const QString &table, const QString &group, const QString &label)
    {
        QStringList row(ColumnCount);
        row[Table] = table;
        row[Group] = group;
        row[Label] = label;
        m_rows << row;
        return m_rows.last();
    }
    // A group's decisions: counts, both rates with their intervals, and
    // its share of `whole` items when whole > 0.
    void addRate(const QString &table, const QString &group, const Tally &t, int whole = 0)
    {
        QStringList &row = add(table, group, t.label);
        row[Letters] = QString::number(t.letters.size());
        row[Items] = QString::number(t.total());
        row[Upheld] = QString::number(t.upheld);
        row[Overturned] = QString::number(t.overturned);
        if (t.total() > 0) {
            const RateInterval o = t.overturnInterval();
            const RateInterval u = t.upholdInterval();
            row[OverturnRate] = number(t.overturnRate());
            row[OverturnLow] = number(o.low);
            row[OverturnHigh] = number(o.high);
            row[UpholdRate] = number(t.upholdRate());
            row[UpholdLow] = number(u.low);
            row[UpholdHigh] = number(u.high);
        }
        if (whole > 0)
            row[Share] = number(double(t.total()) / whole);
        row[SmallGroup] = t.total() < m_options.minGroupSize ? u"yes"_s : u"no"_s;
    }
    QByteArray bytes() const
    {
        QString out;
        for (const QStringList &row : m_rows) {
            QStringList cells;
            for (qsizetype c = 0; c < row.size(); ++c)
                cells << ReviewedCsvWriter::escapeCell(row[c], c >= Letters && c != SmallGroup && c != Test);
            out += cells.join(u',') + u"\r\n"_s;
        }
        return out.toUtf8();
    }

private:
    SummaryOptions m_options;
    QList<QStringList> m_rows;
};

} // namespace

QStringList SummaryCsvWriter::header()
{
    return {u"table"_s,        u"group"_s,         u"label"_s,          u"letters"_s,    u"items"_s,
            u"upheld"_s,       u"overturned"_s,    u"overturn_rate"_s,  u"overturn_ci_low"_s, u"overturn_ci_high"_s,
            u"uphold_rate"_s,  u"uphold_ci_low"_s, u"uphold_ci_high"_s, u"share"_s,      u"small_group"_s,
            u"median_days"_s,  u"p90_days"_s,      u"limit_days"_s,     u"over_limit"_s,
            u"compared_items"_s, u"compared_overturned"_s, u"compared_overturn_rate"_s, u"compared_ci_low"_s,
            u"compared_ci_high"_s, u"difference"_s, u"p_value"_s, u"test"_s, u"seconds"_s, u"corrections"_s,
            u"confirmations"_s, u"side"_s, u"compared_side"_s};
}

QByteArray SummaryCsvWriter::bytes(const DecisionSummary &s, const StandardTableSet &t, const SummaryOptions &options,
                                   const SummaryComparison &comparison, const EffortSummary &effort)
{
    Rows rows(options);
    // The table names are a contract for scripts: never translated.
    QStringList &folder = rows.add(u"folder"_s, {}, u"letters"_s);
    folder[Letters] = QString::number(s.lettersInScope);
    folder[Items] = QString::number(s.items);
    QStringList &dupes = rows.add(u"folder"_s, {}, u"duplicates_left_out"_s);
    dupes[Letters] = QString::number(s.duplicatesLeftOut);
    rows.addRate(u"outcome"_s, {}, s.outcome);
    for (const Tally &c : s.byCategory) {
        rows.addRate(u"category"_s, {}, c, s.items);
        for (const Tally &sub : s.bySubcategory.value(c.label))
            rows.addRate(u"subcategory"_s, c.label, sub, c.total());
    }
    for (const Tally &d : t.drugGroups)
        rows.addRate(u"drug_group"_s, QString(StandardTables::kPharmaceuticals), d, t.pharmaceuticalItems);
    for (const Tally &g : s.byGuideline)
        rows.addRate(u"guideline"_s, {}, g);
    for (const Tally &sp : s.bySpecialty)
        rows.addRate(u"specialty"_s, {}, sp);
    for (const MonthVolume &m : t.months) {
        QStringList &row = rows.add(u"month"_s, {}, m.month);
        row[Letters] = QString::number(m.letters);
        row[Items] = QString::number(m.items);
    }
    for (const TurnaroundRow &r : t.turnaround) {
        QStringList &row = rows.add(u"turnaround"_s,
                                    r.measure == TurnaroundRow::Measure::ApplicationToDecision
                                        ? u"application_to_decision"_s
                                        : u"assignment_to_decision"_s,
                                    r.priority);
        row[Letters] = QString::number(r.letters);
        row[MedianDays] = QString::number(r.median, 'f', 1);
        row[P90Days] = QString::number(r.p90, 'f', 1);
        if (r.limitDays > 0) {
            row[LimitDays] = QString::number(r.limitDays);
            row[OverLimit] = QString::number(r.overLimit);
        }
        row[SmallGroup] = r.letters < options.minGroupSize ? u"yes"_s : u"no"_s;
    }
    for (const ComparisonRow &c : comparison.rows) {
        const QString group = c.group == ComparisonRow::Group::All        ? u"all"_s
                            : c.group == ComparisonRow::Group::Category   ? u"category"_s
                                                                            : u"guideline"_s;
        QStringList &row = rows.add(u"comparison"_s, group, c.label);
        row[Items] = QString::number(c.total1);
        row[Overturned] = QString::number(c.overturned1);
        row[ComparedItems] = QString::number(c.total2);
        row[ComparedOverturned] = QString::number(c.overturned2);
        row[Side] = comparison.firstName;
        row[ComparedSide] = comparison.secondName;
        // The rates from the counts: a row without a test (one side empty)
        // has no rates in it.
        if (c.total1 > 0) {
            const RateInterval i = WilsonInterval::of(c.overturned1, c.total1);
            row[OverturnRate] = number(double(c.overturned1) / c.total1);
            row[OverturnLow] = number(i.low);
            row[OverturnHigh] = number(i.high);
        }
        if (c.total2 > 0) {
            const RateInterval i = WilsonInterval::of(c.overturned2, c.total2);
            row[ComparedRate] = number(double(c.overturned2) / c.total2);
            row[ComparedLow] = number(i.low);
            row[ComparedHigh] = number(i.high);
        }
        if (c.test.method != ProportionComparison::Method::None) {
            row[Difference] = number(c.test.difference);
            row[PValue] = QString::number(c.test.pValue, 'g', 4);
            row[Test] = c.test.method == ProportionComparison::Method::FisherExact ? u"fisher_exact"_s : u"z_test"_s;
        }
        row[SmallGroup] = std::min(c.total1, c.total2) < options.minGroupSize ? u"yes"_s : u"no"_s;
    }
    if (effort.actions > 0) {
        // Letters: reviewed ones; items: acknowledged changes; the median
        // and 90th percentile are seconds per letter.
        QStringList &all = rows.add(u"effort"_s, {}, u"all"_s);
        all[Letters] = QString::number(effort.letters);
        all[Items] = QString::number(effort.actions);
        all[Seconds] = QString::number(effort.totalSeconds, 'f', 0);
        all[MedianDays] = QString::number(effort.medianLetterSeconds, 'f', 1);
        all[P90Days] = QString::number(effort.p90LetterSeconds, 'f', 1);
        for (const FieldEffort &f : effort.fields) {
            QStringList &row = rows.add(u"effort_field"_s, {}, f.field);
            row[Items] = QString::number(f.actions);
            row[Seconds] = QString::number(f.seconds, 'f', 0);
            row[Corrections] = QString::number(f.corrections);
            row[Confirmations] = QString::number(f.confirmations);
        }
        for (const CategoryCorrections &c : effort.categories) {
            QStringList &row = rows.add(u"effort_category"_s, {}, c.category);
            row[Items] = QString::number(c.items);
            row[Corrections] = QString::number(c.corrections);
        }
    }
    QStringList headerCells = header();
    QByteArray out = "\xEF\xBB\xBF" + headerCells.join(u',').toUtf8() + "\r\n";
    return out + rows.bytes();
}

QString SummaryCsvWriter::writeFile(const QString &path, const DecisionSummary &summary, const StandardTableSet &tables,
                                    const SummaryOptions &options, const SummaryComparison &comparison,
                                    const EffortSummary &effort)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    const QByteArray data = bytes(summary, tables, options, comparison, effort);
    if (file.write(data) != data.size() || !file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace imr
