#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace imr::gui {

// Filters the letter list by status, decision, category and a text search
// over the letters' text; sorting follows the clicked column.
class LetterFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LetterFilterModel(QObject *parent = nullptr);

    void setStatusFilter(int status);   // LetterStatus, -1: any
    void setDecisionFilter(const QString &decision); // empty: any
    void setCategoryFilter(const QString &category); // empty: any
    void setSearchText(const QString &text);
    // Source rows behind the chart the analyst clicked; empty: no restriction.
    void setRowRestriction(const QList<int> &sourceRows);

    // The next letter after proxy row `from` (in view order) that is not yet
    // reviewed and not an error; -1 when there is none.
    int nextUnreviewed(int from) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    int m_status = -1;
    QString m_decision;
    QString m_category;
    QString m_search;
    QSet<int> m_rows;
};

} // namespace imr::gui
