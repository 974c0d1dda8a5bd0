#include "stats/standardtables.h"

#include "stats/duplicatecases.h"

#include <QDate>
#include <QHash>
#include <QMap>

#include <cmath>

using namespace Qt::StringLiterals;

namespace imr {
namespace {

void count(QHash<QString, qsizetype> &index, QList<Tally> &tallies, const QString &label, bool overturned)
{
    auto it = index.find(label);
    if (it == index.end()) {
        it = index.insert(label, tallies.size());
        tallies.append(Tally{label, 0, 0, {}});
    }
    Tally &t = tallies[*it];
    (overturned ? t.overturned : t.upheld) += 1;
}

void byShare(QList<Tally> &tallies)
{
    std::stable_sort(tallies.begin(), tallies.end(), [](const Tally &a, const Tally &b) {
        return a.total() != b.total() ? a.total() > b.total() : a.label < b.label;
    });
}

int limitFor(const QString &priority)
{
    if (priority == u"Standard"_s)
        return StandardTables::kStandardLimitDays;
    if (priority == u"Expedited"_s)
        return StandardTables::kExpeditedLimitDays;
    return 0;
}

} // namespace

double StandardTables::quantile(const QList<int> &sorted, double q)
{
    if (sorted.isEmpty())
        return 0.0;
    const double h = (sorted.size() - 1) * q;
    const auto lo = qsizetype(std::floor(h));
    const auto hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (h - double(lo)) * (sorted[hi] - sorted[lo]);
}

QString StandardTables::measureName(TurnaroundRow::Measure measure)
{
    return measure == TurnaroundRow::Measure::ApplicationToDecision ? tr("Application received to decision")
                                                                    : tr("Assignment to decision");
}

StandardTableSet StandardTables::compute(const QList<LetterSummary> &letters, const ChartFilter &filter,
                                         const DuplicateCases *duplicates)
{
    StandardTableSet t;
    QHash<QString, qsizetype> categoryIndex, drugIndex;
    QMap<QString, MonthVolume> months;
    // (measure, priority) -> days
    QMap<std::pair<int, QString>, QList<int>> days;
    for (int row = 0; row < letters.size(); ++row) {
        const LetterSummary &l = letters[row];
        if (!DecisionStatistics::inScope(l, filter) || (duplicates && !duplicates->counts(row)))
            continue;
        int decidedItems = 0;
        for (const ItemFacts &item : l.items) {
            if (!DecisionStatistics::itemInScope(item, filter))
                continue;
            const bool overturned = item.decision == u"Overturned"_s;
            const QString category = item.category.isEmpty() ? u"Other"_s : item.category;
            count(categoryIndex, t.categories, category, overturned);
            if (category == kPharmaceuticals) {
                ++t.pharmaceuticalItems;
                count(drugIndex, t.drugGroups, item.subcategory.isEmpty() ? u"Other"_s : item.subcategory, overturned);
            }
            ++decidedItems;
        }
        if ((!filter.categories.isEmpty() || !filter.guidelineSources.isEmpty() || !filter.notGuidelineSources.isEmpty())
            && decidedItems == 0)
            continue; // a letter about other categories or sources only
        ++t.letters;
        t.items += decidedItems;
        const QDate decided = QDate::fromString(l.decisionDate, Qt::ISODate);
        if (decided.isValid()) {
            MonthVolume &m = months[decided.toString(u"yyyy-MM"_s)];
            m.month = decided.toString(u"yyyy-MM"_s);
            m.letters += 1;
            m.items += decidedItems;
        }
        const QString priority = l.priority.isEmpty() ? u"Unknown"_s : l.priority; // a key, as the priorities
        bool dated = false;
        for (auto [measure, from] : {std::pair{TurnaroundRow::Measure::ApplicationToDecision, &l.applicationReceived},
                                     std::pair{TurnaroundRow::Measure::AssignmentToDecision, &l.assignedDate}}) {
            const QDate start = QDate::fromString(*from, Qt::ISODate);
            if (!decided.isValid() || !start.isValid() || start > decided)
                continue;
            days[{int(measure), priority}] << int(start.daysTo(decided));
            dated = true;
        }
        if (!dated)
            ++t.lettersWithoutDates;
    }
    byShare(t.categories);
    byShare(t.drugGroups);
    for (auto it = days.begin(); it != days.end(); ++it) {
        QList<int> &values = it.value();
        std::sort(values.begin(), values.end());
        TurnaroundRow r;
        r.measure = TurnaroundRow::Measure(it.key().first);
        r.priority = it.key().second;
        r.letters = int(values.size());
        r.median = quantile(values, 0.5);
        r.p90 = quantile(values, 0.9);
        r.limitDays = limitFor(r.priority);
        if (r.limitDays > 0)
            r.overLimit = int(std::count_if(values.cbegin(), values.cend(), [&](int d) { return d > r.limitDays; }));
        t.turnaround << r;
    }
    // Standard before Expedited before Unknown, within each measure.
    const QStringList order{u"Standard"_s, u"Expedited"_s};
    std::stable_sort(t.turnaround.begin(), t.turnaround.end(), [&](const TurnaroundRow &a, const TurnaroundRow &b) {
        if (a.measure != b.measure)
            return int(a.measure) < int(b.measure);
        const auto rank = [&](const QString &p) { return order.contains(p) ? order.indexOf(p) : order.size(); };
        return rank(a.priority) < rank(b.priority);
    });
    t.months = months.values();
    return t;
}

} // namespace imr
