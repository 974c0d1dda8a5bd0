#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace imr::gui {

class LetterListModel;

// Filters the letter list by status, decision, category, the letters behind
// a chart, and a search; sorting follows the clicked column. The search
// matches the name and case number here, and the letters' text through the
// store's search index (the matching text ids are given to this model).
class LetterFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LetterFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void setStatusFilter(int status);   // LetterStatus, -1: any
    void setDecisionFilter(const QString &decision); // empty: any
    void setCategoryFilter(const QString &category); // empty: any
    // textMatches: the letters whose text matched (std::nullopt: the text
    // was not searched).
    void setSearch(const QString &text, std::optional<QSet<qint64>> textMatches);
    // Source rows behind the chart the analyst clicked; empty: no restriction.
    void setRowRestriction(const QList<int> &sourceRows);

    // The next letter after proxy row `from` (in view order) that is not yet
    // reviewed and not an error; -1 when there is none.
    int nextUnreviewed(int from) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    LetterListModel *m_letters = nullptr;
    int m_status = -1;
    QString m_decision;
    QString m_category;
    QString m_search;
    std::optional<QSet<qint64>> m_textMatches;
    QSet<int> m_rows;
};

} // namespace imr::gui
