#include "stats/ratecomparison.h"

using namespace Qt::StringLiterals;

namespace imr {
namespace {

void appendGroup(QList<ComparisonRow> &rows, ComparisonRow::Group group, const QList<Tally> &first,
                 const QList<Tally> &second)
{
    // Labels in the first set's order, then those only the second has.
    QStringList labels;
    for (const Tally &t : first)
        labels << t.label;
    for (const Tally &t : second) {
        if (!labels.contains(t.label))
            labels << t.label;
    }
    const auto find = [](const QList<Tally> &tallies, const QString &label) {
        const auto it = std::find_if(tallies.cbegin(), tallies.cend(), [&](const Tally &t) { return t.label == label; });
        return it == tallies.cend() ? Tally{label, 0, 0, {}} : *it;
    };
    for (const QString &label : std::as_const(labels)) {
        const Tally a = find(first, label);
        const Tally b = find(second, label);
        rows << ComparisonRow{group,          label,   a.overturned, a.total(), b.overturned, b.total(),
                              ProportionTest::compare(a.overturned, a.total(), b.overturned, b.total())};
    }
}

} // namespace

QList<ComparisonRow> RateComparison::compare(const DecisionSummary &first, const DecisionSummary &second)
{
    QList<ComparisonRow> rows;
    appendGroup(rows, ComparisonRow::Group::All, {Tally{u"All items"_s, first.outcome.upheld, first.outcome.overturned, {}}},
                {Tally{u"All items"_s, second.outcome.upheld, second.outcome.overturned, {}}});
    appendGroup(rows, ComparisonRow::Group::Category, first.byCategory, second.byCategory);
    appendGroup(rows, ComparisonRow::Group::Guideline, first.byGuideline, second.byGuideline);
    return rows;
}

QString RateComparison::groupName(ComparisonRow::Group group)
{
    switch (group) {
    case ComparisonRow::Group::All:
        return tr("All");
    case ComparisonRow::Group::Category:
        return tr("Treatment category");
    case ComparisonRow::Group::Guideline:
        return tr("Guideline source");
    }
    return {};
}

QString RateComparison::displayLabel(const ComparisonRow &row)
{
    return row.group == ComparisonRow::Group::All ? tr("All items") : row.label;
}

QString RateComparison::sideName(const QString &source, const QString &other)
{
    return tr("%1, not %2").arg(source, other);
}

QString RateComparison::sideKey(const QString &source, const QString &other)
{
    return u"%1, not %2"_s.arg(source, other);
}

SourceComparison RateComparison::compareSources(const QList<LetterSummary> &letters, const ChartFilter &filter,
                                                const QString &first, const QString &second,
                                                const DuplicateCases *duplicates)
{
    SourceComparison c;
    c.first = first;
    c.second = second;
    ChartFilter a = filter;
    a.guidelineSources = {first};
    a.notGuidelineSources = {second};
    ChartFilter b = filter;
    b.guidelineSources = {second};
    b.notGuidelineSources = {first};
    c.firstSummary = DecisionStatistics::compute(letters, a, duplicates);
    c.secondSummary = DecisionStatistics::compute(letters, b, duplicates);
    ChartFilter either = filter;
    either.guidelineSources = {first, second};
    c.citingBoth = DecisionStatistics::compute(letters, either, duplicates).items - c.firstSummary.items
        - c.secondSummary.items;
    c.rows = compare(c.firstSummary, c.secondSummary);
    return c;
}

} // namespace imr
