#pragma once

#include "chartbuilder.h"
#include "stats/decisionstatistics.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QMenu;
class QToolButton;

namespace imr::gui {

// The Charts tab: the folder's decisions at a glance, recomputed from the
// current records (corrections included) whenever they change. A filter bar
// applies to every chart; clicking a bar or slice shows the letters behind
// it; a chart's context menu saves it as PNG or SVG.
class ChartsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ChartsPage(QWidget *parent = nullptr);

    // The letter list's compact rows; row numbers are the list's.
    void setLetters(const QList<LetterSummary> &letters);
    void setLetters(const QList<Letter> &letters);
    ChartFilter filter() const;
    void setFilter(const ChartFilter &filter);
    const DecisionSummary &summary() const { return m_summary; }
    QList<ChartContent> contents() const { return m_contents; }
    // Shows one category's subcategories in the category chart (empty: back).
    void drillInto(const QString &category);
    QWidget *chartWidget(ChartContent::Kind kind) const;
    // Saves a chart as PNG or, for a path ending in .svg, as SVG.
    static bool saveChart(QWidget *chartView, const QString &path, const QString &title);

signals:
    // Rows of the letter list behind a clicked bar or slice.
    void lettersSelected(const QList<int> &rows, const QString &description);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void refreshCharts();
    QWidget *makeChart(const ChartContent &content);
    void connectClicks(QWidget *view, const ChartContent &content);
    void showContextMenu(QWidget *view, const QString &title, const QPoint &pos);

    QList<LetterSummary> m_letters;
    DecisionSummary m_summary;
    QList<ChartContent> m_contents;
    QString m_drill;
    QComboBox *m_scope = nullptr;
    QCheckBox *m_useDates = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QToolButton *m_categories = nullptr;
    QMenu *m_categoryMenu = nullptr;
    QToolButton *m_back = nullptr;
    QLabel *m_counts = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<QWidget *> m_charts;
};

} // namespace imr::gui
