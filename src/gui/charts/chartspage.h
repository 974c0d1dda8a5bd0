#pragma once

#include "chartbuilder.h"
#include "stats/decisionstatistics.h"
#include "stats/duplicatecases.h"
#include "stats/ratecomparison.h"
#include "stats/standardtables.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QGroupBox;
class QMenu;
class QSpinBox;
class QTableView;
class QToolButton;

namespace imr::gui {

class ComparisonModel;

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
    // The same, with the duplicates already found over these rows (the
    // window keeps them): a year's folder is not searched twice.
    void setLetters(const QList<LetterSummary> &letters, const DuplicateCases &duplicates);
    void setLetters(const QList<Letter> &letters);
    ChartFilter filter() const;
    void setFilter(const ChartFilter &filter);
    const DecisionSummary &summary() const { return m_summary; }
    QList<ChartContent> contents() const { return m_contents; }
    // Review effort from the audit trail (MainWindow reads it off the GUI thread).
    void setEffort(const EffortSummary &effort);
    const EffortSummary &effort() const { return m_effort; }
    // Which file counts for a case several files hold (ReviewStore::caseChoices()).
    void setCaseChoices(const QHash<QString, QByteArray> &choices);
    const DuplicateCases &duplicates() const { return m_duplicates; }
    // The published analyses' tables over the letters in the charts.
    StandardTableSet standardTables() const;
    // Groups with fewer items are greyed (saved in the settings).
    int minGroupSize() const;
    void setMinGroupSize(int size);

    // Side by side with the same filter over other decision dates, or over
    // another folder's letters (MainWindow reads it); no comparison: both off.
    void compareWithPeriod(const QDate &from, const QDate &to);
    // choices: the other folder's own (its store's) choices among duplicates.
    void compareWithLetters(const QList<LetterSummary> &letters, const QString &name,
                            const QHash<QString, QByteArray> &choices = {});
    void stopComparing();
    bool isComparing() const;
    const QList<ComparisonRow> &comparison() const { return m_comparison; }
    QString firstName() const { return m_firstName; }
    QString secondName() const { return m_secondName; }
    ComparisonModel *comparisonModel() const { return m_comparisonModel; }

    // Shows one category's subcategories in the category chart (empty: back).
    void drillInto(const QString &category);
    QWidget *chartWidget(ChartContent::Kind kind) const;
    // Saves a chart as PNG or, for a path ending in .svg, as SVG.
    static bool saveChart(QWidget *chartView, const QString &path, const QString &title);

signals:
    // Rows of the letter list behind a clicked bar or slice.
    void lettersSelected(const QList<int> &rows, const QString &description);
    // The analyst asked to compare with another folder, to be read elsewhere.
    void compareFolderRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void refreshCharts();
    void refreshComparison();
    void compareKindChosen(int index);
    void refreshSourceChoices();
    QWidget *makeChart(const ChartContent &content);
    void connectClicks(QWidget *view, const ChartContent &content);
    void showContextMenu(QWidget *view, const QString &title, const QPoint &pos);

    enum class CompareWith { Nothing, Period, Folder, Sources };

    QList<LetterSummary> m_letters;
    QHash<QString, QByteArray> m_caseChoices;
    DuplicateCases m_duplicates;
    DecisionSummary m_summary;
    EffortSummary m_effort;
    CompareWith m_compareWith = CompareWith::Nothing;
    QList<LetterSummary> m_otherLetters; // the other folder's
    QHash<QString, QByteArray> m_otherChoices;
    QList<ComparisonRow> m_comparison;
    QString m_firstName;
    QString m_secondName;
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
    QSpinBox *m_minGroup = nullptr;
    QComboBox *m_compare = nullptr;
    QDateEdit *m_compareFrom = nullptr;
    QDateEdit *m_compareTo = nullptr;
    QLabel *m_compareUntil = nullptr;
    QComboBox *m_sourceA = nullptr; // guideline sources compared with each other
    QLabel *m_sourceAgainst = nullptr;
    QComboBox *m_sourceB = nullptr;
    QGroupBox *m_comparisonBox = nullptr;
    QTableView *m_comparisonView = nullptr;
    ComparisonModel *m_comparisonModel = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<QWidget *> m_charts;
};

} // namespace imr::gui
