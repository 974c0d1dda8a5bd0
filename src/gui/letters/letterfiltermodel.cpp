#include "letterfiltermodel.h"

#include "folderscanner.h"
#include "letterlistmodel.h"
#include "reviewstatus.h"

namespace imr::gui {

LetterFilterModel::LetterFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void LetterFilterModel::setStatusFilter(int status)
{
    m_status = status;
    invalidateRowsFilter();
}

void LetterFilterModel::setDecisionFilter(const QString &decision)
{
    m_decision = decision;
    invalidateRowsFilter();
}

void LetterFilterModel::setCategoryFilter(const QString &category)
{
    m_category = category;
    invalidateRowsFilter();
}

void LetterFilterModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateRowsFilter();
}

void LetterFilterModel::setRowRestriction(const QList<int> &sourceRows)
{
    m_rows = QSet<int>(sourceRows.begin(), sourceRows.end());
    invalidateRowsFilter();
}

bool LetterFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_rows.isEmpty() && !m_rows.contains(sourceRow))
        return false;
    if (m_status >= 0 && index.data(LetterListModel::StatusRole).toInt() != m_status)
        return false;
    if (!m_decision.isEmpty() && !index.data(LetterListModel::DecisionsRole).toStringList().contains(m_decision))
        return false;
    if (!m_category.isEmpty() && !index.data(LetterListModel::CategoriesRole).toStringList().contains(m_category))
        return false;
    if (!m_search.isEmpty()) {
        const QString name = index.data(LetterListModel::RelativePathRole).toString();
        if (!name.contains(m_search, Qt::CaseInsensitive)
            && !index.data(LetterListModel::TextRole).toString().contains(m_search, Qt::CaseInsensitive))
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
