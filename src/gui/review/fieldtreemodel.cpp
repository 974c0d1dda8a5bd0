#include "fieldtreemodel.h"

#include "fieldschema.h"

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

void FieldTreeModel::setRecord(const DeterminationRecord &record)
{
    beginResetModel();
    m_record = record;
    rebuildGroups();
    endResetModel();
}

void FieldTreeModel::rebuildGroups()
{
    m_groups.clear();
    m_groups << Group{tr("Case"), -1,
                      {FieldId::CaseNumber, FieldId::DateAssigned, FieldId::DecisionDate, FieldId::Priority,
                       FieldId::DateOfInjury, FieldId::UrDenialDate, FieldId::ApplicationReceived}};
    m_groups << Group{tr("Reviewer"), -1, {FieldId::ReviewerLicensure, FieldId::ReviewerSpecialty}};
    m_groups << Group{tr("Patient"), -1, {FieldId::PatientAge, FieldId::PatientSex, FieldId::Diagnoses}};
    for (int i = 0; i < m_record.items.size(); ++i)
        m_groups << Group{tr("Item %1").arg(i + 1), i, FieldSchema::itemFields()};
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

QVariant FieldTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kGroupId) {
        if (role == Qt::DisplayRole && index.column() == FieldColumn)
            return m_groups.at(index.row()).title;
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
            return v.value;
        return v.value.isEmpty() ? QString() : QString::number(qRound(v.confidence * 100)) + u'%';
    case Qt::ToolTipRole: {
        QStringList lines;
        if (!v.note.isEmpty())
            lines << v.note;
        lines << v.flags;
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    case FieldIdRole: return QVariant::fromValue(id);
    case ItemIndexRole: return group.item;
    case ConfidenceRole: return v.confidence;
    }
    return {};
}

QVariant FieldTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn: return tr("Field");
    case ValueColumn: return tr("Value");
    case ConfidenceColumn: return tr("Confidence");
    }
    return {};
}

} // namespace imr::gui
