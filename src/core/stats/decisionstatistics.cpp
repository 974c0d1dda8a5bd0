#include "stats/decisionstatistics.h"

#include "stats/duplicatecases.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace imr {
namespace {

// Counts into a tally by label, remembering first-seen order.
class TallyBuilder
{
public:
    void add(const QString &label, bool overturned, int letter)
    {
        auto it = m_index.find(label);
        if (it == m_index.end()) {
            it = m_index.insert(label, m_tallies.size());
            m_tallies.append(Tally{label, 0, 0, {}});
        }
        Tally &t = m_tallies[*it];
        (overturned ? t.overturned : t.upheld) += 1;
        if (t.letters.isEmpty() || t.letters.constLast() != letter)
            t.letters.append(letter);
    }
    QList<Tally> take() { return std::move(m_tallies); }

private:
    QHash<QString, qsizetype> m_index;
    QList<Tally> m_tallies;
};

void sortByRate(QList<Tally> &tallies)
{
    std::stable_sort(tallies.begin(), tallies.end(), [](const Tally &a, const Tally &b) {
        if (a.overturnRate() != b.overturnRate())
            return a.overturnRate() > b.overturnRate();
        return a.total() > b.total();
    });
}

QList<Tally> topAndOther(QList<Tally> tallies, int top)
{
    std::stable_sort(tallies.begin(), tallies.end(), [](const Tally &a, const Tally &b) { return a.total() > b.total(); });
    if (tallies.size() <= top + 1)
        return tallies;
    Tally other{DecisionStatistics::tr("Other"), 0, 0, {}};
    for (qsizetype i = top; i < tallies.size(); ++i) {
        other.upheld += tallies[i].upheld;
        other.overturned += tallies[i].overturned;
        other.letters += tallies[i].letters;
    }
    std::sort(other.letters.begin(), other.letters.end());
    other.letters.erase(std::unique(other.letters.begin(), other.letters.end()), other.letters.end());
    tallies.resize(top);
    tallies.append(other);
    return tallies;
}

} // namespace

bool DecisionStatistics::inScope(const LetterSummary &letter, const ChartFilter &filter)
{
    if (!letter.loaded || !letter.ok())
        return false;
    if (filter.reviewedOnly && letter.status != LetterStatus::Reviewed)
        return false;
    if (filter.from.isValid() || filter.to.isValid()) {
        const QDate decided = QDate::fromString(letter.decisionDate, Qt::ISODate);
        if (!decided.isValid() || (filter.from.isValid() && decided < filter.from)
            || (filter.to.isValid() && decided > filter.to))
            return false;
    }
    return true;
}

bool DecisionStatistics::itemInScope(const ItemFacts &item, const ChartFilter &filter)
{
    if (item.decision.isEmpty() || (!filter.categories.isEmpty() && !filter.categories.contains(item.category)))
        return false;
    if (filter.guidelineSources.isEmpty() && filter.notGuidelineSources.isEmpty())
        return true;
    const QStringList none{u"None"_s};
    const QStringList &sources = item.guidelineSources.isEmpty() ? none : item.guidelineSources;
    const auto cites = [&sources](const QStringList &any) {
        return std::any_of(any.cbegin(), any.cend(), [&sources](const QString &s) { return sources.contains(s); });
    };
    return (filter.guidelineSources.isEmpty() || cites(filter.guidelineSources)) && !cites(filter.notGuidelineSources);
}

DecisionSummary DecisionStatistics::compute(const QList<Letter> &letters, const ChartFilter &filter)
{
    QList<LetterSummary> summaries;
    summaries.reserve(letters.size());
    for (const Letter &l : letters)
        summaries.append(LetterSummary::of(l));
    return compute(summaries, filter);
}

DecisionSummary DecisionStatistics::compute(const QList<LetterSummary> &letters, const ChartFilter &filter,
                                            const DuplicateCases *duplicates)
{
    DecisionSummary s;
    s.letters = int(letters.size());
    s.outcome.label = DecisionStatistics::tr("All items");
    TallyBuilder categories, guidelines, specialties, months, years, decisions;
    QHash<QString, TallyBuilder> subcategories;
    bool anyDecisionDate = false;
    for (int row = 0; row < letters.size(); ++row) {
        const LetterSummary &letter = letters[row];
        if (!letter.loaded)
            continue;
        s.progress[letter.effectiveStatus()] += 1;
        if (!inScope(letter, filter))
            continue;
        if (duplicates && !duplicates->counts(row)) {
            ++s.duplicatesLeftOut;
            continue;
        }
        ++s.lettersInScope;
        const QString &decided = letter.decisionDate;
        const QString &injured = letter.injuryDate;
        const QStringList &specialtyList = letter.specialties;
        for (const ItemFacts &item : letter.items) {
            const QString &decision = item.decision;
            const QString &category = item.category;
            if (!itemInScope(item, filter))
                continue;
            const bool overturned = decision == u"Overturned"_s;
            ++s.items;
            (overturned ? s.outcome.overturned : s.outcome.upheld) += 1;
            if (s.outcome.letters.isEmpty() || s.outcome.letters.constLast() != row)
                s.outcome.letters.append(row);
            decisions.add(overturned ? u"Overturned"_s : u"Upheld"_s, overturned, row);
            const QString cat = category.isEmpty() ? u"Other"_s : category;
            categories.add(cat, overturned, row);
            const QString &sub = item.subcategory;
            subcategories[cat].add(sub.isEmpty() ? cat : sub, overturned, row);
            const QStringList &sources = item.guidelineSources;
            for (const QString &source : sources.isEmpty() ? QStringList{u"None"_s} : sources)
                guidelines.add(source, overturned, row);
            for (const QString &specialty : specialtyList.isEmpty() ? QStringList{u"Unknown"_s} : specialtyList)
                specialties.add(specialty, overturned, row);
            if (decided.size() >= 7) {
                anyDecisionDate = true;
                months.add(decided.left(7), overturned, row);
            }
            if (injured.size() >= 4)
                years.add(injured.left(4), overturned, row);
        }
    }
    // Always both, Upheld first, as the outcome chart draws them.
    const QList<Tally> decided = decisions.take();
    for (const QString &d : {u"Upheld"_s, u"Overturned"_s}) {
        const auto it = std::find_if(decided.begin(), decided.end(), [&](const Tally &t) { return t.label == d; });
        s.byDecision << (it != decided.end() ? *it : Tally{d, 0, 0, {}});
    }
    s.byCategory = categories.take();
    sortByRate(s.byCategory);
    for (auto it = subcategories.begin(); it != subcategories.end(); ++it) {
        QList<Tally> subs = it->take();
        sortByRate(subs);
        s.bySubcategory.insert(it.key(), subs);
    }
    // Guideline families in their usual order, not by count.
    const QStringList order{u"MTUS"_s, u"ACOEM"_s, u"ODG"_s, u"Other"_s, u"None"_s};
    s.byGuideline = guidelines.take();
    std::stable_sort(s.byGuideline.begin(), s.byGuideline.end(),
                     [&](const Tally &a, const Tally &b) { return order.indexOf(a.label) < order.indexOf(b.label); });
    s.bySpecialty = topAndOther(specialties.take(), kTopSpecialties);
    s.overTimeByInjuryYear = !anyDecisionDate;
    s.overTime = anyDecisionDate ? months.take() : years.take();
    std::sort(s.overTime.begin(), s.overTime.end(), [](const Tally &a, const Tally &b) { return a.label < b.label; });
    return s;
}

} // namespace imr
