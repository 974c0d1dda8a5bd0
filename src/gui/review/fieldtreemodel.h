#pragma once

#include "extraction/determinationrecord.h"
#include "review/reviewnavigator.h"

#include <QAbstractItemModel>

namespace imr::gui {

// A letter's fields as a two-level tree: groups (Case, Reviewer, Patient,
// one per disputed item) and their fields with value and review status.
// Edits are not applied here: setData() asks for them (editRequested) and
// the review controller applies them through the undo stack.
class FieldTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { FieldColumn, ValueColumn, StatusColumn, ColumnCount };
    enum Role { FieldIdRole = Qt::UserRole + 1, ItemIndexRole, ConfidenceRole, NeedsAttentionRole, ReviewStateRole };

    explicit FieldTreeModel(QObject *parent = nullptr);

    void setRecord(const DeterminationRecord &record);
    // Keeps the rows, refreshes values (after a change to the same letter).
    void updateRecord(const DeterminationRecord &record);
    const DeterminationRecord &record() const { return m_record; }
    void setEditable(bool editable) { m_editable = editable; }

    QModelIndex indexOf(const FieldAddress &address, int column = ValueColumn) const;
    std::optional<FieldAddress> addressOf(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const FieldValue &value);
    // The status column's short form: ✔, ✎, ⚠ and the confidence.
    static QString statusMark(const FieldValue &value);
    // Every text statusMark() gives (the widest forms), and every group title
    // form: what the panel's columns must fit.
    static QStringList statusMarks();
    // What the value column shows of a value: the value, cut short with an
    // ellipsis when it is longer than any panel could show.
    static QString shownValue(const QString &value);
    static QStringList groupTitles();

signals:
    void editRequested(const imr::FieldAddress &address, const QString &value);

private:
    struct Group
    {
        QString title;
        int item = -1; // -1: letter-level fields
        QList<FieldId> fields;
    };
    QList<Group> groupsFor(const DeterminationRecord &record) const;
    QVariant fieldData(const Group &group, FieldId id, int column, int role) const;

    DeterminationRecord m_record;
    QList<Group> m_groups;
    bool m_editable = true;
};

} // namespace imr::gui
