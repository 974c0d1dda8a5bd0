#include "stats/decisionstatistics.h"

#include "stats/duplicatecases.h"

#include <QCoreApplication>
#include <QHash>
#include <QThreadPool>
#include <QVarLengthArray>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace imr {
namespace {

// One decided item of a letter, counted into a tally.
void countItem(Tally &t, bool overturned, int letter)
{
    (overturned ? t.overturned : t.upheld) += 1;
    if (t.letters.isEmpty() || t.letters.constLast() != letter)
        t.letters.append(letter);
}

// A later run of rows' count of the same label: its letters come after.
void appendTally(Tally &mine, Tally &&later)
{
    mine.upheld += later.upheld;
    mine.overturned += later.overturned;
    mine.letters += std::move(later.letters);
}

// Counts into tallies by label, remembering first-seen order.
class TallyBuilder
{
public:
    // The tally of a label, made when first seen: a letter's labels are
    // looked up once, and counted for each of its items.
    qsizetype indexOf(const QString &label)
    {
        auto it = m_index.constFind(label);
        if (it == m_index.cend()) {
            it = m_index.insert(label, m_tallies.size());
            m_tallies.append(Tally{label, 0, 0, {}});
        }
        return *it;
    }
    void add(qsizetype index, bool overturned, int letter) { countItem(m_tallies[index], overturned, letter); }
    void add(const QString &label, bool overturned, int letter) { add(indexOf(label), overturned, letter); }
    // What a later run of rows counted: labels it saw first come after
    // this run's, and its letters after these.
    void append(TallyBuilder &&later)
    {
        for (Tally &t : later.m_tallies)
            appendTally(m_tallies[indexOf(t.label)], std::move(t));
    }
    bool isEmpty() const { return m_tallies.isEmpty(); }
    QList<Tally> take() { return std::move(m_tallies); }

private:
    QHash<QString, qsizetype> m_index;
    QList<Tally> m_tallies;
};

// The counts of one run of rows. A year of letters is counted in runs on
// the thread pool, each run's counts appended to the one before it, so the
// order of first sight and of the letters is the order of the rows.
struct RowCounts
{
    int lettersInScope = 0;
    int items = 0;
    int duplicatesLeftOut = 0;
    QMap<LetterStatus, int> progress;
    Tally outcome;
    TallyBuilder decisions, categories, guidelines, specialties, months, years;
    QHash<QString, TallyBuilder> subcategories;

    // Always both decisions, Upheld first, as the outcome chart draws them.
    static constexpr qsizetype kUpheld = 0;
    static constexpr qsizetype kOverturned = 1;
    RowCounts()
    {
        decisions.indexOf(u"Upheld"_s);
        decisions.indexOf(u"Overturned"_s);
    }

    void count(const QList<LetterSummary> &letters, int from, int to, const ChartFilter &filter,
               const DuplicateCases *duplicates);
    void append(RowCounts &&later);
};

void RowCounts::count(const QList<LetterSummary> &letters, int from, int to, const ChartFilter &filter,
                      const DuplicateCases *duplicates)
{
    static const QStringList none{u"None"_s};
    static const QStringList unknown{u"Unknown"_s};
    QVarLengthArray<qsizetype, 8> specialtyTallies;
    for (int row = from; row < to; ++row) {
        const LetterSummary &letter = letters[row];
        if (!letter.loaded)
            continue;
        progress[letter.effectiveStatus()] += 1;
        if (!DecisionStatistics::inScope(letter, filter))
            continue;
        if (duplicates && !duplicates->counts(row)) {
            ++duplicatesLeftOut;
            continue;
        }
        ++lettersInScope;
        // What is the same for each of the letter's items is looked up once.
        qsizetype month = -1;
        qsizetype year = -1;
        specialtyTallies.clear();
        bool looked = false;
        for (const ItemFacts &item : letter.items) {
            if (!DecisionStatistics::itemInScope(item, filter))
                continue;
            if (!std::exchange(looked, true)) {
                const QString &decided = letter.decisionDate;
                const QString &injured = letter.injuryDate;
                if (decided.size() >= 7)
                    month = months.indexOf(decided.left(7));
                if (injured.size() >= 4)
                    year = years.indexOf(injured.left(4));
                for (const QString &specialty : letter.specialties.isEmpty() ? unknown : letter.specialties)
                    specialtyTallies.append(specialties.indexOf(specialty));
            }
            const bool overturned = item.decision == u"Overturned"_s;
            ++items;
            countItem(outcome, overturned, row);
            decisions.add(overturned ? kOverturned : kUpheld, overturned, row);
            const QString cat = item.category.isEmpty() ? u"Other"_s : item.category;
            categories.add(cat, overturned, row);
            const QString &sub = item.subcategory;
            subcategories[cat].add(sub.isEmpty() ? cat : sub, overturned, row);
            for (const QString &source : item.guidelineSources.isEmpty() ? none : item.guidelineSources)
                guidelines.add(source, overturned, row);
            for (const qsizetype specialty : std::as_const(specialtyTallies))
                specialties.add(specialty, overturned, row);
            if (month >= 0)
                months.add(month, overturned, row);
            if (year >= 0)
                years.add(year, overturned, row);
        }
    }
}

void RowCounts::append(RowCounts &&later)
{
    lettersInScope += later.lettersInScope;
    items += later.items;
    duplicatesLeftOut += later.duplicatesLeftOut;
    for (auto it = later.progress.cbegin(); it != later.progress.cend(); ++it)
        progress[it.key()] += it.value();
    appendTally(outcome, std::move(later.outcome));
    decisions.append(std::move(later.decisions));
    categories.append(std::move(later.categories));
    guidelines.append(std::move(later.guidelines));
    specialties.append(std::move(later.specialties));
    months.append(std::move(later.months));
    years.append(std::move(later.years));
    // A category first seen in the later run comes after: QHash keeps no
    // order, and the subcategories are sorted by rate in the end anyway.
    for (auto it = later.subcategories.begin(); it != later.subcategories.end(); ++it)
        subcategories[it.key()].append(std::move(it.value()));
}

// The runs are counted on a pool of their own. A blocking map waits for its
// pool's threads without running any of the work itself: on the global pool
// the charts would wait behind a folder's queued letters, and a caller on
// that pool (a report, a summary) could wait for threads held by callers
// like it. Nothing counted here waits on this pool in turn.
Q_GLOBAL_STATIC(QThreadPool, statisticsPool)

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
    // Runs big enough to be worth a thread; a folder of a few thousand
    // letters is counted where it is asked for.
    constexpr int kRun = 16384;
    const int rows = int(letters.size());
    QList<std::pair<int, int>> runs;
    for (int from = 0; from < rows; from += kRun)
        runs.append({from, std::min(rows, from + kRun)});
    RowCounts c;
    if (runs.size() <= 1) {
        c.count(letters, 0, rows, filter, duplicates);
    } else {
        c = QtConcurrent::blockingMappedReduced<RowCounts>(
            statisticsPool(), runs,
            [&](const std::pair<int, int> &run) {
                RowCounts counts;
                counts.count(letters, run.first, run.second, filter, duplicates);
                return counts;
            },
            [](RowCounts &all, const RowCounts &run) { all.append(RowCounts(run)); },
            QtConcurrent::OrderedReduce | QtConcurrent::SequentialReduce);
    }
    DecisionSummary s;
    s.letters = rows;
    s.lettersInScope = c.lettersInScope;
    s.items = c.items;
    s.duplicatesLeftOut = c.duplicatesLeftOut;
    s.progress = c.progress;
    s.outcome = std::move(c.outcome);
    s.outcome.label = DecisionStatistics::tr("All items");
    s.byDecision = c.decisions.take();
    s.byCategory = c.categories.take();
    sortByRate(s.byCategory);
    for (auto it = c.subcategories.begin(); it != c.subcategories.end(); ++it) {
        QList<Tally> subs = it->take();
        sortByRate(subs);
        s.bySubcategory.insert(it.key(), subs);
    }
    // Guideline families in their usual order, not by count.
    const QStringList order{u"MTUS"_s, u"ACOEM"_s, u"ODG"_s, u"Other"_s, u"None"_s};
    s.byGuideline = c.guidelines.take();
    std::stable_sort(s.byGuideline.begin(), s.byGuideline.end(),
                     [&](const Tally &a, const Tally &b) { return order.indexOf(a.label) < order.indexOf(b.label); });
    s.bySpecialty = topAndOther(c.specialties.take(), kTopSpecialties);
    // Months when any counted letter has a decision date, else injury years.
    s.overTimeByInjuryYear = c.months.isEmpty();
    s.overTime = s.overTimeByInjuryYear ? c.years.take() : c.months.take();
    std::sort(s.overTime.begin(), s.overTime.end(), [](const Tally &a, const Tally &b) { return a.label < b.label; });
    return s;
}

} // namespace imr
