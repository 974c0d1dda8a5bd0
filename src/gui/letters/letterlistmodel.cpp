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
    m_rowsOfHash.clear();
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
    if (!letter.contentHash.isEmpty() && !m_rowsOfHash.value(letter.contentHash).contains(row))
        m_rowsOfHash[letter.contentHash].append(row);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int LetterListModel::count(LetterStatus status) const
{
    int n = 0;
    for (int row = 0; row < m_letters.size(); ++row)
        n += m_loaded[row] && ReviewStatus::of(m_letters[row]) == status;
    return n;
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
    return ReviewStatus::displayName(ReviewStatus::of(m_letters.at(row)));
}

QStringList LetterListModel::itemValues(int row, FieldId id) const
{
    QStringList values;
    for (const DisputedItem &item : m_letters.at(row).record.items)
        values << item.field(id).value;
    return values;
}

QString LetterListModel::decisionsText(int row) const
{
    const QStringList decisions = itemValues(row, FieldId::Decision);
    const auto upheld = decisions.count(u"Upheld"_s);
    const auto overturned = decisions.count(u"Overturned"_s);
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
    const bool loaded = m_loaded.at(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return l.relativePath;
        case StatusColumn: return statusText(row);
        case ItemsColumn: return loaded && l.ok() ? QVariant(int(l.record.items.size())) : QVariant();
        case DecisionsColumn: return decisionsText(row);
        }
        return {};
    case Qt::ToolTipRole:
        if (!l.ok())
            return l.error;
        return l.warning.isEmpty() ? QVariant() : QVariant(l.warning);
    case Qt::DecorationRole:
        if (index.column() == NameColumn && loaded && (!l.ok() || !l.warning.isEmpty()))
            return QIcon::fromTheme(l.ok() ? u"dialog-warning"_s : u"dialog-error"_s);
        return {};
    case StatusRole: return loaded ? int(ReviewStatus::of(l)) : -1;
    case ErrorRole: return l.error;
    case RelativePathRole: return l.relativePath;
    case DecisionsRole: return itemValues(row, FieldId::Decision);
    case CategoriesRole: return itemValues(row, FieldId::TreatmentCategory);
    case TextRole: return l.text;
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
