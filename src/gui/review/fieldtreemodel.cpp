#include "fieldtreemodel.h"

#include "extraction/fieldschema.h"
#include "fieldcolors.h"

#include <QApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace imr::gui {
namespace {

// Group rows have internal id 0; a field row stores its group index + 1.
constexpr quintptr kGroupId = 0;

} // namespace

FieldTreeModel::FieldTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

QList<FieldTreeModel::Group> FieldTreeModel::groupsFor(const DeterminationRecord &record) const
{
    QList<Group> groups;
    for (const FieldGroup &g : FieldSchema::letterGroups())
        groups << Group{FieldSchema::groupTitle(g), -1, g.fields};
    for (int i = 0; i < record.items.size(); ++i)
        groups << Group{tr("Item %1").arg(i + 1), i, FieldSchema::reviewItemFields()};
    return groups;
}

void FieldTreeModel::setRecord(const DeterminationRecord &record)
{
    beginResetModel();
    m_record = record;
    m_groups = groupsFor(record);
    endResetModel();
}

void FieldTreeModel::updateRecord(const DeterminationRecord &record)
{
    if (record.items.size() != m_record.items.size()) {
        setRecord(record); // items added or removed: the tree's shape changes
        return;
    }
    m_record = record;
    for (int g = 0; g < m_groups.size(); ++g) {
        const QModelIndex parent = index(g, 0);
        emit dataChanged(index(0, 0, parent), index(rowCount(parent) - 1, ColumnCount - 1, parent));
    }
}

QModelIndex FieldTreeModel::indexOf(const FieldAddress &address, int column) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        if (m_groups[g].item != address.item)
            continue;
        const qsizetype row = m_groups[g].fields.indexOf(address.field);
        if (row >= 0)
            return index(int(row), column, index(g, 0));
    }
    return {};
}

std::optional<FieldAddress> FieldTreeModel::addressOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kGroupId)
        return std::nullopt;
    const Group &group = m_groups.at(int(index.internalId() - 1));
    return FieldAddress{group.item, group.fields.at(index.row())};
}

QModelIndex FieldTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex FieldTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int FieldTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != kGroupId || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).fields.size());
}

int FieldTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString FieldTreeModel::statusText(const FieldValue &v)
{
    switch (v.state) {
    case ReviewState::Confirmed: return tr("✔ confirmed");
    case ReviewState::Corrected: return tr("✎ corrected");
    case ReviewState::Extracted: break;
    }
    if (v.needsAttention())
        return tr("⚠ needs attention");
    return v.value.isEmpty() ? tr("not found") : tr("extracted %1%").arg(qRound(v.confidence * 100));
}

QStringList FieldTreeModel::groupTitles()
{
    QStringList titles;
    for (const FieldGroup &g : FieldSchema::letterGroups())
        titles << FieldSchema::groupTitle(g);
    return titles << tr("Item %1").arg(99);
}

QString FieldTreeModel::statusMark(const FieldValue &v)
{
    // The column says it in a glance; the tooltip and screen readers get
    // statusText().
    switch (v.state) {
    case ReviewState::Confirmed: return tr("✔");
    case ReviewState::Corrected: return tr("✎");
    case ReviewState::Extracted: break;
    }
    if (v.needsAttention())
        return tr("⚠ %1%").arg(qRound(v.confidence * 100));
    return v.value.isEmpty() ? tr("–") : tr("%1%").arg(qRound(v.confidence * 100));
}

QString FieldTreeModel::shownValue(const QString &value)
{
    // The row shows one line, which the delegate elides, but it lays out the
    // whole text first: the panel's few paragraph-long values (rationale,
    // guidelines) were about a tenth of its repaint, on every letter switch.
    // No panel is wide enough to show more than this; the editor, the tooltip
    // and the document pane keep the whole text.
    constexpr qsizetype kShown = 300;
    if (value.size() <= kShown)
        return value;
    qsizetype end = kShown;
    if (value.at(end - 1).isHighSurrogate())
        --end;
    return value.left(end) + u'…';
}

QStringList FieldTreeModel::statusMarks()
{
    return {tr("✔"), tr("✎"), tr("⚠ %1%").arg(100), tr("–"), tr("%1%").arg(100)};
}

QVariant FieldTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kGroupId) {
        if (role == Qt::DisplayRole && index.column() == FieldColumn)
            return m_groups.at(index.row()).title;
        if (role == ItemIndexRole)
            return m_groups.at(index.row()).item;
        return {};
    }
    const Group &group = m_groups.at(int(index.internalId() - 1));
    return fieldData(group, group.fields.at(index.row()), index.column(), role);
}

QVariant FieldTreeModel::fieldData(const Group &group, FieldId id, int column, int role) const
{
    const FieldValue v = m_record.field(group.item, id);
    switch (role) {
    case Qt::DisplayRole:
        if (column == FieldColumn)
            return FieldSchema::label(id);
        if (column == ValueColumn)
            return shownValue(v.value);
        return statusMark(v);
    case Qt::AccessibleTextRole:
        if (column == ValueColumn)
            return v.value;
        return column == StatusColumn ? statusText(v) : QVariant();
    case Qt::EditRole:
        return column == ValueColumn ? QVariant(v.value) : QVariant();
    case Qt::ToolTipRole: {
        QStringList lines{FieldSchema::label(id) + u": "_s + (v.value.isEmpty() ? tr("(empty)") : v.value)};
        lines << statusText(v);
        if (!v.note.isEmpty())
            lines << v.note;
        lines << v.flags;
        return lines.join(u'\n');
    }
    case Qt::DecorationRole:
        if (column == FieldColumn)
            return FieldColors::colorFor(id, QApplication::palette());
        return {};
    case Qt::ForegroundRole:
        if (column == StatusColumn && v.needsAttention())
            return FieldColors::attention(QApplication::palette());
        return {};
    case FieldIdRole: return QVariant::fromValue(id);
    case ItemIndexRole: return group.item;
    case ConfidenceRole: return v.confidence;
    case NeedsAttentionRole: return v.needsAttention();
    case ReviewStateRole: return int(v.state);
    }
    return {};
}

bool FieldTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const std::optional<FieldAddress> address = addressOf(index);
    if (role != Qt::EditRole || !address || index.column() != ValueColumn || !m_editable)
        return false;
    emit editRequested(*address, value.toString());
    return true;
}

Qt::ItemFlags FieldTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (m_editable && index.column() == ValueColumn && addressOf(index))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant FieldTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn: return tr("Field");
    case ValueColumn: return tr("Value");
    case StatusColumn: return tr("Status");
    }
    return {};
}

} // namespace imr::gui
