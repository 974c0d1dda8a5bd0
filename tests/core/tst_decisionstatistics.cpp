#include "stats/decisionstatistics.h"

#include <QSemaphore>
#include <QTest>
#include <QThreadPool>

#include <future>

using namespace Qt::StringLiterals;
using imr::DecisionStatistics;
using imr::FieldId;

namespace {

imr::DisputedItem item(const QString &decision, const QString &category, const QString &sub, const QString &sources)
{
    imr::DisputedItem i;
    i.fields[FieldId::Decision].value = decision;
    i.fields[FieldId::TreatmentCategory].value = category;
    i.fields[FieldId::TreatmentSubcategory].value = sub;
    i.fields[FieldId::MaximusGuidelineSources].value = sources;
    return i;
}

imr::Letter letter(const QString &decided, const QString &specialty, QList<imr::DisputedItem> items)
{
    imr::Letter l;
    l.relativePath = u"x.txt"_s;
    l.record.fields[FieldId::DecisionDate].value = decided;
    l.record.fields[FieldId::DateOfInjury].value = u"2014-03-02"_s;
    l.record.fields[FieldId::ReviewerSpecialty].value = specialty;
    l.record.items = std::move(items);
    return l;
}

// Three letters, one unreadable: 5 decided items.
QList<imr::Letter> sample()
{
    QList<imr::Letter> letters;
    letters << letter(u"2016-12-09"_s, u"Family Practice"_s,
                      {item(u"Upheld"_s, u"Diagnostic Testing"_s, u"Imaging/Radiology"_s, u"MTUS"_s),
                       item(u"Overturned"_s, u"Rehabilitation"_s, u"Physical Therapy/Occupational Therapy (PT/OT)"_s, u"MTUS; ODG"_s)});
    letters << letter(u"2017-01-15"_s, u"Orthopedic Surgery; Sports Medicine"_s,
                      {item(u"Upheld"_s, u"Rehabilitation"_s, u"Chiropractic"_s, u"ODG"_s),
                       item(u"Upheld"_s, u"Pharmaceuticals"_s, u"Opioids"_s, QString()),
                       item(u"Overturned"_s, u"Rehabilitation"_s, u"Physical Therapy/Occupational Therapy (PT/OT)"_s, u"ACOEM"_s)});
    imr::Letter broken;
    broken.relativePath = u"broken.pdf"_s;
    broken.error = u"encrypted"_s;
    letters << broken;
    return letters;
}

const imr::Tally *find(const QList<imr::Tally> &tallies, const QString &label)
{
    for (const imr::Tally &t : tallies) {
        if (t.label == label)
            return &t;
    }
    return nullptr;
}

} // namespace

class TestDecisionStatistics : public QObject
{
    Q_OBJECT
private slots:
    void noLetters();
    void oneLetter();
    void countsAcrossLetters();
    void correctionsCount();
    void filters_data();
    void filters();
    void topTenSpecialtiesAndOther();
    void injuryYearWhenNoDecisionDates();
    void aYearCountsAsItsParts_data();
    void aYearCountsAsItsParts();
    void aYearIsCountedWhileThePoolIsBusy();
};

void TestDecisionStatistics::noLetters()
{
    const imr::DecisionSummary s = DecisionStatistics::compute(QList<imr::Letter>{});
    QCOMPARE(s.letters, 0);
    QCOMPARE(s.byDecision.size(), 2);
    QCOMPARE(s.byDecision[1].total(), 0);
    QCOMPARE(s.items, 0);
    QCOMPARE(s.outcome.total(), 0);
    QCOMPARE(s.outcome.overturnRate(), 0.0);
    QVERIFY(s.byCategory.isEmpty());
    QVERIFY(s.overTime.isEmpty());
}

void TestDecisionStatistics::oneLetter()
{
    const imr::DecisionSummary s = DecisionStatistics::compute({sample().first()});
    QCOMPARE(s.items, 2);
    QCOMPARE(s.outcome.upheld, 1);
    QCOMPARE(s.outcome.overturned, 1);
    QCOMPARE(s.outcome.letters, QList<int>{0});
    QCOMPARE(s.byDecision.size(), 2);
    QCOMPARE(s.byDecision[0].label, u"Upheld"_s);
    QCOMPARE(s.byDecision[0].upheld, 1);
    QCOMPARE(s.byDecision[1].overturned, 1);
    QCOMPARE(s.progress.value(imr::LetterStatus::Unreviewed), 1);
}

void TestDecisionStatistics::countsAcrossLetters()
{
    const imr::DecisionSummary s = DecisionStatistics::compute(sample());
    QCOMPARE(s.letters, 3);
    QCOMPARE(s.lettersInScope, 2);
    QCOMPARE(s.items, 5);
    QCOMPARE(s.outcome.upheld, 3);
    QCOMPARE(s.outcome.overturned, 2);
    QCOMPARE(s.progress.value(imr::LetterStatus::Error), 1);
    // Letters behind each decision: both letters upheld something, both overturned something.
    QCOMPARE(s.byDecision[0].letters, (QList<int>{0, 1}));
    QCOMPARE(s.byDecision[1].overturned, 2);
    QCOMPARE(s.progress.value(imr::LetterStatus::Unreviewed), 2);
    // By category, sorted by overturn rate: Rehabilitation 2 of 3 first.
    QCOMPARE(s.byCategory.first().label, u"Rehabilitation"_s);
    QCOMPARE(s.byCategory.first().overturned, 2);
    QCOMPARE(s.byCategory.first().upheld, 1);
    QCOMPARE(s.byCategory.first().letters, (QList<int>{0, 1}));
    QCOMPARE(s.bySubcategory.value(u"Rehabilitation"_s).first().label, u"Physical Therapy/Occupational Therapy (PT/OT)"_s);
    QCOMPARE(s.bySubcategory.value(u"Rehabilitation"_s).first().overturned, 2);
    // Guideline sources: an item counts under each of its sources; none cited is "None".
    QCOMPARE(find(s.byGuideline, u"MTUS"_s)->total(), 2);
    QCOMPARE(find(s.byGuideline, u"ODG"_s)->total(), 2);
    QCOMPARE(find(s.byGuideline, u"ACOEM"_s)->overturned, 1);
    QCOMPARE(find(s.byGuideline, u"None"_s)->upheld, 1);
    QCOMPARE(s.byGuideline.first().label, u"MTUS"_s);
    // Specialties: every specialty of the reviewer.
    QCOMPARE(find(s.bySpecialty, u"Sports Medicine"_s)->total(), 3);
    QCOMPARE(find(s.bySpecialty, u"Family Practice"_s)->total(), 2);
    // Over time, by decision month.
    QVERIFY(!s.overTimeByInjuryYear);
    QCOMPARE(s.overTime.size(), 2);
    QCOMPARE(s.overTime[0].label, u"2016-12"_s);
    QCOMPARE(s.overTime[1].total(), 3);
}

void TestDecisionStatistics::correctionsCount()
{
    QList<imr::Letter> letters = sample();
    letters[1].record.items[0].fields[FieldId::Decision] = {u"Overturned"_s, {}, 1.0, {}, {}, imr::ReviewState::Corrected};
    const imr::DecisionSummary s = DecisionStatistics::compute(letters);
    QCOMPARE(s.outcome.overturned, 3);
    QCOMPARE(s.outcome.upheld, 2);
}

void TestDecisionStatistics::filters_data()
{
    QTest::addColumn<bool>("reviewedOnly");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<int>("items");
    QTest::newRow("all") << false << QDate() << QDate() << QStringList() << 5;
    QTest::newRow("reviewed only") << true << QDate() << QDate() << QStringList() << 3;
    QTest::newRow("2017 only") << false << QDate(2017, 1, 1) << QDate(2017, 12, 31) << QStringList() << 3;
    QTest::newRow("until 2016") << false << QDate() << QDate(2016, 12, 31) << QStringList() << 2;
    QTest::newRow("one category") << false << QDate() << QDate() << QStringList{u"Rehabilitation"_s} << 3;
    QTest::newRow("two categories") << false << QDate() << QDate()
                                    << QStringList{u"Pharmaceuticals"_s, u"Diagnostic Testing"_s} << 2;
}

void TestDecisionStatistics::filters()
{
    QFETCH(bool, reviewedOnly);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, categories);
    QFETCH(int, items);
    QList<imr::Letter> letters = sample();
    // Letter 1 is fully reviewed.
    for (imr::DisputedItem &i : letters[1].record.items) {
        for (FieldId id : {FieldId::ItemRequest, FieldId::TreatmentCategory, FieldId::TreatmentSubcategory, FieldId::Decision,
                           FieldId::MedicallyNecessary, FieldId::ClaimsAdministratorGuideline,
                           FieldId::ClaimsAdministratorGuidelineSources, FieldId::MaximusGuideline,
                           FieldId::MaximusGuidelineSources, FieldId::Rationale})
            i.fields[id].state = imr::ReviewState::Confirmed;
    }
    for (int f = 0; f < int(imr::kFirstItemField); ++f)
        letters[1].record.fields[FieldId(f)].state = imr::ReviewState::Confirmed;
    QCOMPARE(imr::ReviewStatus::of(letters[1]), imr::LetterStatus::Reviewed);
    const imr::DecisionSummary s = DecisionStatistics::compute(letters, {reviewedOnly, from, to, categories, {}, {}});
    QCOMPARE(s.items, items);
    QCOMPARE(s.progress.value(imr::LetterStatus::Reviewed), 1); // progress ignores the filter
}

void TestDecisionStatistics::topTenSpecialtiesAndOther()
{
    QList<imr::Letter> letters;
    for (int k = 0; k < 13; ++k) {
        QList<imr::DisputedItem> items;
        for (int i = 0; i <= k; ++i)
            items << item(u"Upheld"_s, u"Injection"_s, u"Epidural"_s, u"MTUS"_s);
        letters << letter(u"2016-12-01"_s, u"Specialty %1"_s.arg(k), items);
    }
    const imr::DecisionSummary s = DecisionStatistics::compute(letters);
    QCOMPARE(s.bySpecialty.size(), 11);
    QCOMPARE(s.bySpecialty.first().label, u"Specialty 12"_s);
    QCOMPARE(s.bySpecialty.last().label, u"Other"_s);
    QCOMPARE(s.bySpecialty.last().total(), 1 + 2 + 3); // specialties 0, 1 and 2
    QCOMPARE(s.bySpecialty.last().letters, (QList<int>{0, 1, 2}));
}

void TestDecisionStatistics::injuryYearWhenNoDecisionDates()
{
    QList<imr::Letter> letters = sample();
    letters.removeLast();
    for (imr::Letter &l : letters)
        l.record.fields[FieldId::DecisionDate].value.clear();
    const imr::DecisionSummary s = DecisionStatistics::compute(letters);
    QVERIFY(s.overTimeByInjuryYear);
    QCOMPARE(s.overTime.size(), 1);
    QCOMPARE(s.overTime.first().label, u"2014"_s);
    QCOMPARE(s.overTime.first().total(), 5);
}

// Varied letters, the same every run: categories, sources, specialties and
// months in turn, with rows not loaded yet and unreadable files among them.
QList<imr::LetterSummary> variedLetters(int count)
{
    const QStringList decisions{u"Upheld"_s, u"Overturned"_s, u"Upheld"_s};
    const QStringList categories{u"Diagnostic Testing"_s, u"Rehabilitation"_s, u"Pharmaceuticals"_s, QString(),
                                 u"Injection"_s};
    const QStringList sources{u"MTUS"_s, u"MTUS; ODG"_s, QString(), u"ACOEM"_s, u"ODG"_s};
    QList<imr::LetterSummary> letters;
    quint32 seed = 7;
    const auto next = [&seed](quint32 below) {
        seed = seed * 1103515245u + 12345u;
        return (seed >> 16) % below;
    };
    for (int row = 0; row < count; ++row) {
        if (row % 37 == 5) {
            letters << imr::LetterSummary(); // still loading
            continue;
        }
        QList<imr::DisputedItem> items;
        for (quint32 i = 0, n = next(4); i < n; ++i) {
            const QString category = categories[next(categories.size())];
            items << item(decisions[next(decisions.size())], category,
                          next(3) ? category.left(5) + QString::number(next(3)) : QString(), sources[next(sources.size())]);
        }
        const QString decided = next(9) ? u"2016-%1-09"_s.arg(int(1 + next(12)), 2, 10, QChar(u'0')) : QString();
        QString specialty = u"Specialty %1"_s.arg(next(14));
        if (next(4) == 0)
            specialty += u"; Specialty %1"_s.arg(next(14));
        imr::Letter l = letter(decided, specialty, items);
        if (row % 53 == 9)
            l.error = u"encrypted"_s;
        letters << imr::LetterSummary::of(l);
    }
    return letters;
}

// Each tally of the whole is the part's, `times` over, with the part's
// letters again at each repeat.
void compareRepeated(const QList<imr::Tally> &whole, const QList<imr::Tally> &part, int times, int stride)
{
    QCOMPARE(whole.size(), part.size());
    for (qsizetype i = 0; i < part.size(); ++i) {
        QCOMPARE(whole[i].label, part[i].label);
        QCOMPARE(whole[i].upheld, part[i].upheld * times);
        QCOMPARE(whole[i].overturned, part[i].overturned * times);
        QList<int> letters;
        for (int k = 0; k < times; ++k) {
            for (int row : part[i].letters)
                letters << row + k * stride;
        }
        QCOMPARE(whole[i].letters, letters);
    }
}

void TestDecisionStatistics::aYearCountsAsItsParts_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<QStringList>("sources");
    QTest::addColumn<QStringList>("notSources");
    QTest::newRow("all") << QDate() << QDate() << QStringList() << QStringList() << QStringList();
    QTest::newRow("decided in spring") << QDate(2016, 3, 1) << QDate(2016, 5, 31) << QStringList() << QStringList()
                                       << QStringList();
    QTest::newRow("two categories") << QDate() << QDate() << QStringList{u"Rehabilitation"_s, u"Injection"_s}
                                    << QStringList() << QStringList();
    QTest::newRow("ODG, not MTUS") << QDate() << QDate() << QStringList() << QStringList{u"ODG"_s}
                                   << QStringList{u"MTUS"_s};
}

// A year of letters is counted in runs on several threads: the runs'
// counts put together read as if counted in one pass, in the rows' order.
// A folder made of one part repeated eight times must count eight times the
// part, its labels in the part's order and its letters at each repeat.
void TestDecisionStatistics::aYearCountsAsItsParts()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, categories);
    QFETCH(QStringList, sources);
    QFETCH(QStringList, notSources);
    const imr::ChartFilter filter{false, from, to, categories, sources, notSources};
    constexpr int kPart = 5000; // counted in one run
    constexpr int kTimes = 8;   // 40,000 rows: runs that end in the middle of a part
    const QList<imr::LetterSummary> part = variedLetters(kPart);
    QList<imr::LetterSummary> year;
    for (int k = 0; k < kTimes; ++k)
        year += part;
    const imr::DecisionSummary p = DecisionStatistics::compute(part, filter);
    const imr::DecisionSummary y = DecisionStatistics::compute(year, filter);
    QVERIFY(p.items > 1000);
    QCOMPARE(y.letters, kPart * kTimes);
    QCOMPARE(y.lettersInScope, p.lettersInScope * kTimes);
    QCOMPARE(y.items, p.items * kTimes);
    QCOMPARE(y.duplicatesLeftOut, 0);
    QCOMPARE(y.progress.keys(), p.progress.keys());
    for (auto it = p.progress.cbegin(); it != p.progress.cend(); ++it)
        QCOMPARE(y.progress.value(it.key()), it.value() * kTimes);
    QCOMPARE(y.overTimeByInjuryYear, p.overTimeByInjuryYear);
    compareRepeated({y.outcome}, {p.outcome}, kTimes, kPart);
    QCOMPARE(y.outcome.label, p.outcome.label);
    compareRepeated(y.byDecision, p.byDecision, kTimes, kPart);
    compareRepeated(y.byCategory, p.byCategory, kTimes, kPart);
    compareRepeated(y.byGuideline, p.byGuideline, kTimes, kPart);
    compareRepeated(y.bySpecialty, p.bySpecialty, kTimes, kPart);
    compareRepeated(y.overTime, p.overTime, kTimes, kPart);
    QCOMPARE(y.bySubcategory.keys(), p.bySubcategory.keys());
    for (auto it = p.bySubcategory.cbegin(); it != p.bySubcategory.cend(); ++it)
        compareRepeated(y.bySubcategory.value(it.key()), it.value(), kTimes, kPart);
}

// While a folder loads, the global pool is full of letters: the charts,
// counted on threads, must not wait behind them (nor a report counted on
// that pool wait for threads its like holds).
void TestDecisionStatistics::aYearIsCountedWhileThePoolIsBusy()
{
    QList<imr::LetterSummary> year;
    const QList<imr::LetterSummary> part = variedLetters(5000);
    for (int k = 0; k < 8; ++k)
        year += part;
    QThreadPool *pool = QThreadPool::globalInstance();
    QSemaphore gate;
    QSemaphore started;
    for (int i = 0; i < pool->maxThreadCount(); ++i) {
        pool->start([&] {
            started.release();
            gate.acquire();
        });
    }
    QVERIFY(started.tryAcquire(pool->maxThreadCount(), 10000));
    auto counted = std::async(std::launch::async, [&] { return DecisionStatistics::compute(year); });
    const bool done = counted.wait_for(std::chrono::seconds(20)) == std::future_status::ready;
    gate.release(pool->maxThreadCount());
    pool->waitForDone();
    QVERIFY2(done, "the count waited for the busy pool");
    QCOMPARE(counted.get().items, DecisionStatistics::compute(part).items * 8);
}

QTEST_GUILESS_MAIN(TestDecisionStatistics)
#include "tst_decisionstatistics.moc"
