#pragma once

#include "stats/ratecomparison.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace imr::gui {

// The comparison table of the Charts tab: one row per category and
// guideline source, both overturn rates with n and interval, the
// difference and the test's p-value. Rows where either side has fewer items
// than the chosen size are greyed, as in the charts.
class ComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Group, Label, First, Second, Difference, PValue, Test, ColumnCount };

    explicit ComparisonModel(QObject *parent = nullptr);

    void setComparison(const QList<ComparisonRow> &rows, const QString &firstName, const QString &secondName,
                       int minGroupSize);
    const QList<ComparisonRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "37% (29–46%), n = 120"
    static QString rateCell(int overturned, int total);
    // "< 0.001", "0.042", "–" when nothing was tested
    static QString pValueText(const ProportionComparison &test);

private:
    QList<ComparisonRow> m_rows;
    QString m_firstName;
    QString m_secondName;
    int m_minGroupSize = 0;
};

} // namespace imr::gui
