#pragma once

#include "determinationrecord.h"

#include <QAbstractItemModel>

namespace imr::gui {

// A letter's fields as a two-level tree: groups (Case, Reviewer, Patient,
// one per disputed item) and their fields with value and confidence.
class FieldTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { FieldColumn, ValueColumn, ConfidenceColumn, ColumnCount };
    enum Role { FieldIdRole = Qt::UserRole + 1, ItemIndexRole, ConfidenceRole };

    explicit FieldTreeModel(QObject *parent = nullptr);

    void setRecord(const DeterminationRecord &record);
    const DeterminationRecord &record() const { return m_record; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        QString title;
        int item = -1; // -1: letter-level fields
        QList<FieldId> fields;
    };
    void rebuildGroups();
    QVariant fieldData(const Group &group, FieldId id, int column, int role) const;

    DeterminationRecord m_record;
    QList<Group> m_groups;
};

} // namespace imr::gui
