#include "letterlistmodel.h"

using namespace Qt::StringLiterals;

namespace imr::gui {

LetterListModel::LetterListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LetterListModel::reset(const QStringList &relativePaths)
{
    beginResetModel();
    m_letters.clear();
    m_loaded.clear();
    for (const QString &path : relativePaths) {
        Letter l;
        l.relativePath = path;
        m_letters << l;
        m_loaded << false;
    }
    endResetModel();
}

void LetterListModel::setLetter(int row, const Letter &letter)
{
    if (row < 0 || row >= m_letters.size())
        return;
    m_letters[row] = letter;
    m_loaded[row] = true;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int LetterListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_letters.size());
}

int LetterListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LetterListModel::statusText(int row) const
{
    if (!m_loaded.at(row))
        return tr("loading");
    return m_letters.at(row).ok() ? tr("unreviewed") : tr("error");
}

QString LetterListModel::decisionsText(int row) const
{
    int upheld = 0;
    int overturned = 0;
    for (const DisputedItem &item : m_letters.at(row).record.items) {
        const QString d = item.field(FieldId::Decision).value;
        upheld += d == u"Upheld"_s;
        overturned += d == u"Overturned"_s;
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
    const Letter &l = m_letters.at(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return l.relativePath;
        case StatusColumn: return statusText(row);
        case ItemsColumn: return m_loaded.at(row) && l.ok() ? QVariant(int(l.record.items.size())) : QVariant();
        case DecisionsColumn: return decisionsText(row);
        }
        return {};
    case Qt::ToolTipRole:
        return l.ok() ? (l.warning.isEmpty() ? QVariant() : QVariant(l.warning)) : QVariant(l.error);
    case StatusRole: return statusText(row);
    case ErrorRole: return l.error;
    case RelativePathRole: return l.relativePath;
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
