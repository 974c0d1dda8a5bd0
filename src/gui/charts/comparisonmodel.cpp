#include "comparisonmodel.h"

#include "chartbuilder.h"
#include "stats/wilsoninterval.h"

#include <QBrush>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace imr::gui {

ComparisonModel::ComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ComparisonModel::setComparison(const QList<ComparisonRow> &rows, const QString &firstName,
                                    const QString &secondName, int minGroupSize)
{
    beginResetModel();
    m_rows = rows;
    m_firstName = firstName;
    m_secondName = secondName;
    m_minGroupSize = minGroupSize;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, First, Second);
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ComparisonModel::rateCell(int overturned, int total)
{
    if (total == 0)
        return tr("no items");
    return tr("%1% (%2), n = %3")
        .arg(qRound(100.0 * overturned / total))
        .arg(ChartBuilder::intervalText(WilsonInterval::of(overturned, total)))
        .arg(total);
}

QString ComparisonModel::pValueText(const ProportionComparison &test)
{
    if (test.method == ProportionComparison::Method::None)
        return u"–"_s;
    if (test.pValue < 0.001)
        return u"< 0.001"_s;
    return QString::number(test.pValue, 'f', 3);
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComparisonRow &r = m_rows[index.row()];
    const bool small = r.total1 < m_minGroupSize || r.total2 < m_minGroupSize;
    const bool tested = r.test.method != ProportionComparison::Method::None;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Group:
            return RateComparison::groupName(r.group);
        case Label:
            return RateComparison::displayLabel(r);
        case First:
            return rateCell(r.overturned1, r.total1);
        case Second:
            return rateCell(r.overturned2, r.total2);
        case Difference:
            return tested ? tr("%1%2 points").arg(r.test.difference > 0 ? u"+"_s : QString())
                                .arg(QString::number(r.test.difference * 100, 'f', 1))
                          : u"–"_s;
        case PValue:
            return pValueText(r.test);
        case Test:
            return ProportionTest::methodName(r.test.method);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ForegroundRole:
        if (small)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        break;
    case Qt::ToolTipRole:
        if (small)
            return tr("Fewer than %n items on one side: the difference is not reliable.", nullptr, m_minGroupSize);
        break;
    case Qt::TextAlignmentRole:
        return int((index.column() >= First && index.column() != Test ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case Qt::UserRole: // the p-value as a number, for sorting and tests
        return tested ? QVariant(r.test.pValue) : QVariant();
    default:
        break;
    }
    return {};
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Group:
        return tr("Group");
    case Label:
        return tr("Label");
    case First:
        return m_firstName.isEmpty() ? tr("First") : m_firstName;
    case Second:
        return m_secondName.isEmpty() ? tr("Second") : m_secondName;
    case Difference:
        return tr("Difference");
    case PValue:
        return tr("p");
    case Test:
        return tr("Test");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace imr::gui
