#include "letterfiltermodel.h"

#include "folder/folderscanner.h"
#include "letterlistmodel.h"
#include "review/reviewstatus.h"

namespace imr::gui {

LetterFilterModel::LetterFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void LetterFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_letters = qobject_cast<LetterListModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void LetterFilterModel::refilter()
{
    // On a flat list of 100,000 rows one rebuild of the mapping is much
    // quicker than the row-by-row difference invalidateRowsFilter() works out.
    invalidate();
}

void LetterFilterModel::setStatusFilter(int status)
{
    m_status = status;
    refilter();
}

void LetterFilterModel::setDecisionFilter(const QString &decision)
{
    m_decision = decision;
    refilter();
}

void LetterFilterModel::setCategoryFilter(const QString &category)
{
    m_category = category;
    refilter();
}

void LetterFilterModel::setSearch(const QString &text, std::optional<QSet<qint64>> textMatches)
{
    m_search = text.trimmed();
    m_textMatches = std::move(textMatches);
    refilter();
}

void LetterFilterModel::setRowRestriction(const QList<int> &sourceRows)
{
    m_rows = QSet<int>(sourceRows.begin(), sourceRows.end());
    refilter();
}

bool LetterFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    // Called for every row of a large folder on each filter change: it reads
    // the compact rows directly rather than through QVariant roles.
    if (!m_letters)
        return true;
    const LetterSummary &s = m_letters->summary(sourceRow);
    if (!m_rows.isEmpty() && !m_rows.contains(sourceRow))
        return false;
    if (m_status >= 0 && (!s.loaded || int(s.effectiveStatus()) != m_status))
        return false;
    const auto anyItem = [&s](auto matches) { return std::any_of(s.items.cbegin(), s.items.cend(), matches); };
    if (!m_decision.isEmpty() && !anyItem([this](const ItemFacts &i) { return i.decision == m_decision; }))
        return false;
    if (!m_category.isEmpty() && !anyItem([this](const ItemFacts &i) { return i.category == m_category; }))
        return false;
    if (!m_search.isEmpty()) {
        const bool textMatch = m_textMatches && s.textId > 0 && m_textMatches->contains(s.textId);
        if (!textMatch && !s.relativePath.contains(m_search, Qt::CaseInsensitive)
            && !s.caseNumber.contains(m_search, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool LetterFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == LetterListModel::NameColumn)
        return FolderScanner::naturalLess(left.data().toString(), right.data().toString());
    return QSortFilterProxyModel::lessThan(left, right);
}

int LetterFilterModel::nextUnreviewed(int from) const
{
    for (int row = from + 1; row < rowCount(); ++row) {
        const int status = index(row, 0).data(LetterListModel::StatusRole).toInt();
        if (status == int(LetterStatus::Unreviewed) || status == int(LetterStatus::InProgress))
            return row;
    }
    return -1;
}

} // namespace imr::gui
