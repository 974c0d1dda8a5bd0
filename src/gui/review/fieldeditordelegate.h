#pragma once

#include <QStyledItemDelegate>

namespace imr::gui {

// Typed editors for the side panel: a date editor for dates, a list for
// enumerations, a spin box for the age, a line for text.
class FieldEditorDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace imr::gui
