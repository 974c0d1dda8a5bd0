#include "letterlistmodel.h"

#include <QSet>

#include <algorithm>

#include "folder/folderscanner.h"
#include "stats/duplicatecases.h"

#include <QIcon>

using namespace Qt::StringLiterals;

namespace imr::gui {

LetterListModel::LetterListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LetterListModel::rebuildIndexes()
{
    m_rowOfPath.clear();
    m_rowsOfHash.clear();
    m_rowsOfCase.clear();
    m_counts = {};
    m_rowOfPath.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row) {
        m_rowOfPath.insert(m_rows.at(row).relativePath, row);
        indexRow(row);
    }
}

void LetterListModel::setPaths(const QStringList &relativePaths)
{
    if (m_rows.isEmpty() || relativePaths.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        m_rows.reserve(relativePaths.size());
        for (const QString &path : relativePaths)
            m_rows.append(LetterSummary::listed(path));
        rebuildIndexes();
        endResetModel();
        return;
    }
    // Both lists are sorted the same way: walk them together, removing rows
    // that are gone and inserting new ones in runs.
    int row = 0;
    qsizetype i = 0;
    while (row < m_rows.size() || i < relativePaths.size()) {
        const bool rowGone = row < m_rows.size()
            && (i >= relativePaths.size() || FolderScanner::naturalLess(m_rows[row].relativePath, relativePaths[i]));
        if (rowGone) {
            int last = row;
            while (last + 1 < m_rows.size()
                   && (i >= relativePaths.size()
                       || FolderScanner::naturalLess(m_rows[last + 1].relativePath, relativePaths[i])))
                ++last;
            beginRemoveRows({}, row, last);
            m_rows.remove(row, last - row + 1);
            endRemoveRows();
            continue;
        }
        if (row < m_rows.size() && m_rows[row].relativePath == relativePaths[i]) {
            ++row;
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < relativePaths.size()
               && (row >= m_rows.size() || FolderScanner::naturalLess(relativePaths[end], m_rows[row].relativePath)))
            ++end;
        if (end == i) { // same sort position, different spelling: treat as new
            end = i + 1;
        }
        beginInsertRows({}, row, int(row + end - i - 1));
        for (qsizetype k = i; k < end; ++k)
            m_rows.insert(row + (k - i), LetterSummary::listed(relativePaths[k]));
        endInsertRows();
        row += int(end - i);
        i = end;
    }
    rebuildIndexes();
}

void LetterListModel::resetRows(QList<LetterSummary> rows, QHash<QString, int> rowOfPath)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_rowOfPath = std::move(rowOfPath);
    m_rowsOfHash.clear();
    m_rowsOfCase.clear();
    m_counts = {};
    // Read through a const reference: the rows are shared with the batch they
    // came in, and a write access would copy all of them on the GUI thread.
    const QList<LetterSummary> &listed = m_rows;
    for (const LetterSummary &s : listed) {
        if (s.loaded || !s.contentHash.isEmpty()) { // not from the indexer's listing
            rebuildIndexes();
            break;
        }
    }
    endResetModel();
}

void LetterListModel::countRow(const LetterSummary &row, int delta)
{
    if (row.loaded)
        m_counts[size_t(row.effectiveStatus())] += delta;
}

namespace {

template<typename Key>
void removeFromIndex(QHash<Key, QList<int>> &index, const Key &key, int row)
{
    if (key.isEmpty())
        return;
    auto it = index.find(key);
    if (it != index.end()) {
        it->removeAll(row);
        if (it->isEmpty())
            index.erase(it);
    }
}

QString caseKeyOf(const LetterSummary &s)
{
    return s.loaded && s.ok() ? DuplicateCases::key(s.caseNumber) : QString();
}

} // namespace

void LetterListModel::indexRow(int row)
{
    const LetterSummary &s = m_rows.at(row);
    countRow(s, 1);
    if (!s.contentHash.isEmpty())
        m_rowsOfHash[s.contentHash].append(row);
    if (const QString key = caseKeyOf(s); !key.isEmpty())
        m_rowsOfCase[key].append(row);
}

void LetterListModel::forgetRow(int row)
{
    const LetterSummary &s = m_rows.at(row);
    countRow(s, -1);
    removeFromIndex(m_rowsOfHash, s.contentHash, row);
    removeFromIndex(m_rowsOfCase, caseKeyOf(s), row);
}

void LetterListModel::replaceRow(int row, LetterSummary summary)
{
    forgetRow(row);
    m_rows[row] = std::move(summary);
    indexRow(row);
}

QList<int> LetterListModel::rowsSharingCase(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const LetterSummary &s = m_rows.at(row);
    QList<int> rows = m_rowsOfCase.value(caseKeyOf(s)) + m_rowsOfHash.value(s.contentHash);
    rows << row;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

void LetterListModel::applySummaries(const QList<LetterSummary> &letters)
{
    int first = int(m_rows.size());
    int last = -1;
    for (const LetterSummary &s : letters) {
        const int row = rowOfPath(s.relativePath);
        if (row < 0)
            continue;
        const auto local = m_localFacts.constFind(s.contentHash);
        if (local == m_localFacts.cend() || !s.ok()) {
            replaceRow(row, s);
        } else {
            LetterSummary merged = s;
            merged.status = local->status;
            merged.caseNumber = local->caseNumber;
            merged.decisionDate = local->decisionDate;
            merged.injuryDate = local->injuryDate;
            merged.specialties = local->specialties;
            merged.items = local->items;
            replaceRow(row, std::move(merged));
        }
        first = std::min(first, row);
        last = std::max(last, row);
    }
    // One signal for the batch: rows of a batch are neighbours.
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void LetterListModel::setFacts(const QByteArray &contentHash, const LetterSummary &facts)
{
    m_localFacts.insert(contentHash, facts);
    for (int row : rowsOf(contentHash)) {
        LetterSummary s = m_rows[row];
        s.status = facts.status;
        s.caseNumber = facts.caseNumber;
        s.decisionDate = facts.decisionDate;
        s.injuryDate = facts.injuryDate;
        s.specialties = facts.specialties;
        s.items = facts.items;
        replaceRow(row, std::move(s));
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void LetterListModel::setClaims(const QHash<QByteArray, QString> &claims)
{
    QSet<QByteArray> changed;
    for (auto it = m_claims.cbegin(); it != m_claims.cend(); ++it)
        if (claims.value(it.key()) != it.value())
            changed.insert(it.key());
    for (auto it = claims.cbegin(); it != claims.cend(); ++it)
        if (m_claims.value(it.key()) != it.value())
            changed.insert(it.key());
    m_claims = claims;
    for (const QByteArray &hash : std::as_const(changed)) {
        for (int row : rowsOf(hash))
            emit dataChanged(index(row, StatusColumn), index(row, StatusColumn), {Qt::DisplayRole, Qt::ToolTipRole});
    }
}

int LetterListModel::loadedCount() const
{
    return m_counts[0] + m_counts[1] + m_counts[2] + m_counts[3];
}

int LetterListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LetterListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LetterListModel::statusText(int row) const
{
    const LetterSummary &s = m_rows.at(row);
    if (!s.loaded)
        return tr("loading");
    if (const QString holder = m_claims.value(s.contentHash); !holder.isEmpty())
        return tr("In review by %1").arg(holder);
    return ReviewStatus::displayName(s.effectiveStatus());
}

QStringList LetterListModel::statusTexts()
{
    QStringList texts{tr("loading")};
    for (LetterStatus status : {LetterStatus::Unreviewed, LetterStatus::InProgress, LetterStatus::Reviewed, LetterStatus::Error})
        texts << ReviewStatus::displayName(status);
    // On a team store; longer names are elided, and the tooltip has them whole.
    texts << tr("In review by %1").arg(u"Ana"_s);
    return texts;
}

QString LetterListModel::widestDecisions()
{
    return tr("%1 upheld, %2 overturned").arg(99).arg(99); // a year holds letters of ten items and more
}

QString LetterListModel::decisionsText(int row) const
{
    int upheld = 0;
    int overturned = 0;
    for (const ItemFacts &item : m_rows.at(row).items) {
        upheld += item.decision == u"Upheld"_s;
        overturned += item.decision == u"Overturned"_s;
    }
    if (upheld + overturned == 0)
        return {};
    return tr("%1 upheld, %2 overturned").arg(upheld).arg(overturned);
}

QVariant LetterListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const LetterSummary &s = m_rows.at(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return s.relativePath;
        case StatusColumn: return statusText(row);
        case ItemsColumn: return s.loaded && s.ok() ? QVariant(int(s.items.size())) : QVariant();
        case DecisionsColumn: return decisionsText(row);
        }
        return {};
    case Qt::ToolTipRole:
        if (const QString holder = m_claims.value(s.contentHash); !holder.isEmpty() && index.column() == StatusColumn)
            return tr("In review by %1").arg(holder); // the column may be too narrow for a long name
        if (!s.ok())
            return s.error;
        return s.warning.isEmpty() ? QVariant() : QVariant(s.warning);
    case Qt::DecorationRole:
        if (index.column() == NameColumn && s.loaded && (!s.ok() || !s.warning.isEmpty()))
            return QIcon::fromTheme(s.ok() ? u"dialog-warning"_s : u"dialog-error"_s);
        return {};
    case StatusRole: return s.loaded ? int(s.effectiveStatus()) : -1;
    case ErrorRole: return s.error;
    case RelativePathRole: return s.relativePath;
    case CaseNumberRole: return s.caseNumber;
    case DecisionsRole:
    case CategoriesRole: {
        QStringList values;
        for (const ItemFacts &item : s.items)
            values << (role == DecisionsRole ? item.decision : item.category);
        return values;
    }
    }
    return {};
}

QVariant LetterListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Letter");
    case StatusColumn: return tr("Status");
    case ItemsColumn: return tr("Items");
    case DecisionsColumn: return tr("Decisions");
    }
    return {};
}

} // namespace imr::gui
