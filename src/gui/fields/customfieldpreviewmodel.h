#pragma once

#include "extraction/customfieldpreview.h"

#include <QAbstractTableModel>
#include <QList>

namespace imr::gui {

// The preview's rows: each letter (or item) with what the rule took from
// it, misses included, so an analyst sees what a rule leaves out.
class CustomFieldPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FileColumn, ItemColumn, ValueColumn, ColumnCount };
    static constexpr int kMaxRows = 5000; // shown; the counts cover every letter

    explicit CustomFieldPreviewModel(QObject *parent = nullptr);

    void clear();
    void append(const QList<PreviewRow> &rows);
    const QList<PreviewRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PreviewRow> m_rows;
};

} // namespace imr::gui
