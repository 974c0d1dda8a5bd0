#include "stats/duplicatecases.h"

#include <QDate>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace imr {

namespace {

size_t signatureOf(const LetterSummary &l)
{
    return qHashMulti(0, l.caseNumber, l.decisionDate, l.contentHash, l.loaded, l.error.isEmpty());
}

} // namespace

QString DuplicateCases::key(const QString &caseNumber)
{
    // Most case numbers are already in their key's form: no copy then. The
    // test is ASCII first, as a find makes it for every file of a folder.
    const auto needsWork = [](QChar c) {
        const char16_t u = c.unicode();
        return u > 0x7e ? c.isSpace() || c.isLower() : u <= u' ' || (u >= u'a' && u <= u'z');
    };
    if (std::none_of(caseNumber.cbegin(), caseNumber.cend(), needsWork))
        return caseNumber;
    QString k;
    k.reserve(caseNumber.size());
    for (QChar c : caseNumber) {
        if (!c.isSpace())
            k.append(c.toUpper());
    }
    return k;
}

namespace {

// A decision date as the extractor and the review panel write it
// (yyyy-MM-dd) is read without QDate's general parser, which was most of a
// find; anything else goes through it.
QDate dateOf(const QString &iso)
{
    const auto digits = [&iso](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            const char16_t c = iso.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    if (iso.size() == 10 && iso.at(4) == u'-' && iso.at(7) == u'-') {
        const int year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
        if (year >= 0 && month >= 0 && day >= 0)
            return QDate(year, month, day); // invalid when out of range, as fromString's
    }
    return iso.isEmpty() ? QDate() : QDate::fromString(iso, Qt::ISODate);
}

// Every row of the folder, in order, without a list of them.
struct AllRows
{
    int count;
    struct Iterator
    {
        int row;
        int operator*() const { return row; }
        Iterator &operator++()
        {
            ++row;
            return *this;
        }
        bool operator!=(const Iterator &other) const { return row != other.row; }
    };
    Iterator begin() const { return {0}; }
    Iterator end() const { return {count}; }
    qsizetype size() const { return count; }
};

} // namespace

DuplicateCases DuplicateCases::find(const QList<LetterSummary> &letters, const QHash<QString, QByteArray> &choices)
{
    DuplicateCases d = findIn(letters, AllRows{int(letters.size())}, choices);
    d.m_signatures.reserve(letters.size());
    for (const LetterSummary &l : letters)
        d.m_signatures.append(signatureOf(l));
    return d;
}

DuplicateCases DuplicateCases::findAmong(const QList<LetterSummary> &letters, const QList<int> &rows,
                                         const QHash<QString, QByteArray> &choices)
{
    QList<int> valid;
    valid.reserve(rows.size());
    for (int row : rows) {
        if (row >= 0 && row < letters.size() && (valid.isEmpty() || row > valid.last()))
            valid << row;
    }
    return findIn(letters, valid, choices);
}

template<typename Rows>
DuplicateCases DuplicateCases::findIn(const QList<LetterSummary> &letters, const Rows &candidates,
                                      const QHash<QString, QByteArray> &choices)
{
    DuplicateCases d;
    d.m_counts.fill(true, letters.size());
    const auto exclude = [&d](int row) {
        if (d.m_counts[row]) {
            d.m_counts[row] = false;
            ++d.m_excluded;
        }
    };
    // One content, one vote: later copies of the same bytes never count.
    // A folder of a year is 150,000 rows with few duplicates: rows are only
    // listed for a case once a second file has it. Cases are kept in the
    // order of their first file, which is folder order, and each file's key
    // is looked up once.
    struct Case
    {
        QString key;
        int first;
        QList<int> rows;
    };
    QHash<QByteArray, int> firstOfContent;
    firstOfContent.reserve(candidates.size());
    QHash<QString, int> caseOfKey;
    caseOfKey.reserve(candidates.size());
    QList<Case> cases;
    cases.reserve(candidates.size());
    qsizetype grouped = 0;
    for (int row : candidates) {
        const LetterSummary &l = letters[row];
        if (!l.loaded || !l.ok())
            continue;
        if (!l.contentHash.isEmpty()) {
            const auto seen = firstOfContent.constFind(l.contentHash);
            if (seen != firstOfContent.cend()) {
                exclude(row);
                d.m_sameContentAs.insert(row, *seen);
                continue;
            }
            firstOfContent.insert(l.contentHash, row);
        }
        const QString k = key(l.caseNumber);
        if (k.isEmpty())
            continue;
        const auto known = caseOfKey.constFind(k);
        if (known == caseOfKey.cend()) {
            caseOfKey.insert(k, int(cases.size()));
            cases.append({k, row, {}});
            continue;
        }
        QList<int> &rows = cases[*known].rows;
        if (rows.isEmpty()) {
            rows << cases[*known].first;
            ++grouped;
        }
        rows << row;
        ++grouped;
    }
    d.m_groupOfRow.reserve(grouped);
    for (Case &c : cases) {
        if (c.rows.isEmpty())
            continue;
        CaseGroup g{c.key, std::move(c.rows), -1, false};
        const QByteArray chosen = choices.value(g.caseNumber);
        for (int row : std::as_const(g.rows)) {
            if (!chosen.isEmpty() && letters[row].contentHash == chosen) {
                g.counted = row;
                g.chosen = true;
            }
        }
        if (g.counted < 0) {
            // The latest decision date; an undated letter loses to a dated
            // one; ties go to the later file in folder order.
            QDate best;
            for (int row : std::as_const(g.rows)) {
                const QDate decided = dateOf(letters[row].decisionDate);
                if (g.counted < 0 || (decided.isValid() && (!best.isValid() || decided >= best))
                    || (!decided.isValid() && !best.isValid())) {
                    g.counted = row;
                    if (decided.isValid())
                        best = decided;
                }
            }
        }
        for (int row : std::as_const(g.rows)) {
            d.m_groupOfRow.insert(row, int(d.m_groups.size()));
            if (row != g.counted)
                exclude(row);
        }
        d.m_groups << std::move(g);
    }
    return d;
}

bool DuplicateCases::isCurrentFor(int row, const LetterSummary &letter) const
{
    return row >= 0 && row < m_signatures.size() && m_signatures[row] == signatureOf(letter);
}

const CaseGroup *DuplicateCases::groupOf(int row) const
{
    const auto it = m_groupOfRow.constFind(row);
    return it == m_groupOfRow.cend() ? nullptr : &m_groups[*it];
}

int DuplicateCases::countedInstead(int row) const
{
    if (counts(row))
        return -1;
    // An identical file stands for this one; when it does not count either
    // (its case is counted from another file), that other file does.
    const int same = m_sameContentAs.value(row, row);
    if (same != row && counts(same))
        return same;
    const CaseGroup *g = groupOf(same);
    return g ? g->counted : -1;
}

QHash<QString, QString> DuplicateCases::countedInsteadByPath(const QList<LetterSummary> &letters) const
{
    QHash<QString, QString> byPath;
    byPath.reserve(m_excluded);
    for (int row = 0; row < m_counts.size() && row < letters.size(); ++row) {
        if (m_counts[row])
            continue;
        if (const int instead = countedInstead(row); instead >= 0 && instead < letters.size())
            byPath.insert(letters[row].relativePath, letters[instead].relativePath);
    }
    return byPath;
}

QString DuplicateCases::notice(int row, const QList<LetterSummary> &letters) const
{
    const auto pathAt = [&letters](int r) { // by reference: a summary is not copied for its name
        return r >= 0 && r < letters.size() ? letters.at(r).relativePath : QString();
    };
    if (const auto same = m_sameContentAs.constFind(row); same != m_sameContentAs.cend())
        return tr("Identical to %1: counted once.").arg(pathAt(*same));
    const CaseGroup *g = groupOf(row);
    if (!g)
        return {};
    // A few names: a case in thousands of files must not cost a letter switch.
    constexpr int kNamed = 3;
    QStringList others;
    for (int r : g->rows) {
        if (r == row)
            continue;
        if (others.size() == kNamed)
            break;
        others << pathAt(r);
    }
    if (const qsizetype more = g->rows.size() - 1 - others.size(); more > 0)
        others << tr("%n more", nullptr, int(more));
    // The case named once: one sentence, not one per file.
    const QString files = others.join(u", "_s);
    // Why the file that counts does: the analyst's choice, a later
    // decision, or, between files decided the same day or not dated, the
    // later place in the folder ("decided later" would be untrue there, as
    // it would of a file with no date).
    const auto dateAt = [&letters](int r) {
        return r >= 0 && r < letters.size() ? dateOf(letters.at(r).decisionDate) : QDate();
    };
    const QDate countedDate = dateAt(g->counted);
    if (g->counted == row) {
        if (g->chosen)
            return tr("Case %1 is also in %2; this file counts (chosen).").arg(g->caseNumber, files);
        if (!countedDate.isValid())
            return tr("Case %1 is also in %2; this file counts (undated, last in the folder).").arg(g->caseNumber, files);
        bool undatedOthers = false;
        for (int r : g->rows) {
            const QDate date = dateAt(r);
            if (r != g->counted && date == countedDate)
                return tr("Case %1 is also in %2; this file counts (same decision date, last in the folder).")
                    .arg(g->caseNumber, files);
            undatedOthers = undatedOthers || !date.isValid();
        }
        return undatedOthers ? tr("Case %1 is also in %2; this file counts (latest dated decision).").arg(g->caseNumber, files)
                             : tr("Case %1 is also in %2; this file counts (latest decision).").arg(g->caseNumber, files);
    }
    const QString counted = pathAt(g->counted);
    const QDate date = dateAt(row);
    if (g->chosen)
        return tr("Case %1 is also in %2; %3 counts instead (chosen).").arg(g->caseNumber, files, counted);
    if (!countedDate.isValid())
        return tr("Case %1 is also in %2; %3 counts instead (undated, later in the folder).").arg(g->caseNumber, files, counted);
    if (!date.isValid())
        return tr("Case %1 is also in %2; %3 counts instead (this file is undated).").arg(g->caseNumber, files, counted);
    if (date < countedDate)
        return tr("Case %1 is also in %2; %3 counts instead (decided later).").arg(g->caseNumber, files, counted);
    return tr("Case %1 is also in %2; %3 counts instead (same decision date, later in the folder).")
        .arg(g->caseNumber, files, counted);
}

} // namespace imr
