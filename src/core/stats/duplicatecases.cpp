#include "stats/duplicatecases.h"

#include <QDate>

namespace imr {

namespace {

size_t signatureOf(const LetterSummary &l)
{
    return qHashMulti(0, l.caseNumber, l.decisionDate, l.contentHash, l.loaded, l.error.isEmpty());
}

} // namespace

QString DuplicateCases::key(const QString &caseNumber)
{
    // Most case numbers are already in their key's form: no copy then.
    if (std::none_of(caseNumber.cbegin(), caseNumber.cend(), [](QChar c) { return c.isSpace() || c.isLower(); }))
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
    // One content, one vote: later copies of the same bytes never count.
    // A folder of a year is 150,000 rows with few duplicates: rows are only
    // listed for a case once a second file has it.
    QHash<QByteArray, int> firstOfContent;
    firstOfContent.reserve(candidates.size());
    QHash<QString, int> firstOfCase;
    firstOfCase.reserve(candidates.size());
    QHash<QString, QList<int>> rowsOfCase;
    for (int row : candidates) {
        const LetterSummary &l = letters[row];
        if (!l.loaded || !l.ok())
            continue;
        if (!l.contentHash.isEmpty()) {
            const auto seen = firstOfContent.constFind(l.contentHash);
            if (seen != firstOfContent.cend()) {
                d.m_counts[row] = false;
                d.m_sameContentAs.insert(row, *seen);
                continue;
            }
            firstOfContent.insert(l.contentHash, row);
        }
        const QString k = key(l.caseNumber);
        if (k.isEmpty())
            continue;
        const auto first = firstOfCase.constFind(k);
        if (first == firstOfCase.cend()) {
            firstOfCase.insert(k, row);
            continue;
        }
        QList<int> &rows = rowsOfCase[k];
        if (rows.isEmpty())
            rows << *first;
        rows << row;
    }
    // Groups in folder order of their first file.
    QList<std::pair<int, QString>> order;
    order.reserve(rowsOfCase.size());
    for (auto it = rowsOfCase.cbegin(); it != rowsOfCase.cend(); ++it)
        order.append({it->first(), it.key()});
    std::sort(order.begin(), order.end());
    for (const auto &[firstRow, k] : std::as_const(order)) {
        const QList<int> &rows = rowsOfCase[k];
        CaseGroup g{k, rows, -1, false};
        const QByteArray chosen = choices.value(k);
        for (int row : rows) {
            if (!chosen.isEmpty() && letters[row].contentHash == chosen) {
                g.counted = row;
                g.chosen = true;
            }
        }
        if (g.counted < 0) {
            // The latest decision date; an undated letter loses to a dated
            // one; ties go to the later file in folder order.
            QDate best;
            for (int row : rows) {
                const QDate decided = QDate::fromString(letters[row].decisionDate, Qt::ISODate);
                if (g.counted < 0 || (decided.isValid() && (!best.isValid() || decided >= best))
                    || (!decided.isValid() && !best.isValid())) {
                    g.counted = row;
                    if (decided.isValid())
                        best = decided;
                }
            }
        }
        for (int row : rows) {
            d.m_groupOfRow.insert(row, int(d.m_groups.size()));
            if (row != g.counted)
                d.m_counts[row] = false;
        }
        d.m_groups << g;
    }
    d.m_excluded = int(std::count(d.m_counts.cbegin(), d.m_counts.cend(), false));
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

QString DuplicateCases::reason(int row, const QList<LetterSummary> &letters) const
{
    if (counts(row))
        return {};
    if (const auto same = m_sameContentAs.constFind(row); same != m_sameContentAs.cend())
        return tr("Identical to %1: counted once.").arg(letters.value(*same).relativePath);
    const CaseGroup *g = groupOf(row);
    if (!g)
        return {};
    const QString counted = letters.value(g->counted).relativePath;
    return g->chosen ? tr("Case %1 is also in %2, chosen to count instead.").arg(g->caseNumber, counted)
                     : tr("Case %1 is also in %2, decided later, which counts instead.").arg(g->caseNumber, counted);
}

} // namespace imr
