#include "customfieldpreviewmodel.h"

#include <QBrush>
#include <QPalette>

namespace imr::gui {

CustomFieldPreviewModel::CustomFieldPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CustomFieldPreviewModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void CustomFieldPreviewModel::append(const QList<PreviewRow> &rows)
{
    const qsizetype room = kMaxRows - m_rows.size();
    if (room <= 0 || rows.isEmpty())
        return;
    const QList<PreviewRow> taken = rows.mid(0, room);
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + taken.size() - 1));
    m_rows += taken;
    endInsertRows();
}

int CustomFieldPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomFieldPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomFieldPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PreviewRow &r = m_rows[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case FileColumn:
            return r.relativePath;
        case ItemColumn:
            return r.item < 0 ? QVariant() : QVariant(r.item + 1);
        case ValueColumn:
            return r.value.isEmpty() ? tr("(no match)") : r.value;
        default:
            break;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == ValueColumn && r.value.isEmpty())
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    return {};
}

QVariant CustomFieldPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("File");
    case ItemColumn:
        return tr("Item");
    case ValueColumn:
        return tr("Value taken");
    default:
        return {};
    }
}

} // namespace imr::gui
