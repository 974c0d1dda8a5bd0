#include "chartspage.h"

#include "comparisonmodel.h"
#include "extraction/treatmenttaxonomy.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSvgGenerator>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <numeric>

using namespace Qt::StringLiterals;

namespace imr::gui {

ChartsPage::ChartsPage(QWidget *parent)
    : QWidget(parent)
    , m_scope(new QComboBox(this))
    , m_useDates(new QCheckBox(tr("Decided from"), this))
    , m_from(new QDateEdit(QDate(2013, 1, 1), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_categories(new QToolButton(this))
    , m_categoryMenu(new QMenu(this))
    , m_back(new QToolButton(this))
    , m_counts(new QLabel(this))
    , m_minGroup(new QSpinBox(this))
    , m_compare(new QComboBox(this))
    , m_compareFrom(new QDateEdit(QDate(2013, 1, 1), this))
    , m_compareTo(new QDateEdit(QDate::currentDate(), this))
    , m_compareUntil(new QLabel(tr("to"), this))
    , m_sourceA(new QComboBox(this))
    , m_sourceAgainst(new QLabel(tr("against"), this))
    , m_sourceB(new QComboBox(this))
    , m_comparisonBox(new QGroupBox(this))
    , m_comparisonView(new QTableView(this))
    , m_comparisonModel(new ComparisonModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_scope->addItem(tr("All letters"), false);
    m_scope->addItem(tr("Reviewed letters only"), true);
    for (QDateEdit *d : {m_from, m_to, m_compareFrom, m_compareTo}) {
        d->setDisplayFormat(u"yyyy-MM-dd"_s);
        d->setCalendarPopup(true);
        d->setEnabled(false);
    }
    // The compared period has no checkbox: it is in use whenever it shows.
    m_compareFrom->setEnabled(true);
    m_compareTo->setEnabled(true);
    m_categories->setText(tr("Categories"));
    m_categories->setPopupMode(QToolButton::InstantPopup);
    m_categories->setMenu(m_categoryMenu);
    for (const QString &c : TreatmentTaxonomy::instance().categories()) {
        QAction *a = m_categoryMenu->addAction(c);
        a->setCheckable(true);
        connect(a, &QAction::toggled, this, &ChartsPage::rebuild);
    }
    m_back->setText(tr("All categories"));
    m_back->setToolTip(tr("Back from the subcategories to all categories"));
    m_back->setVisible(false);
    // Screen readers: what each filter is, not just its current value.
    m_scope->setAccessibleName(tr("Letters counted"));
    m_from->setAccessibleName(tr("Decided from"));
    m_to->setAccessibleName(tr("Decided until"));
    m_categories->setAccessibleDescription(tr("Treatment categories the charts count"));
    m_counts->setAccessibleName(tr("Letters and items in the charts"));
    bar->addWidget(m_scope);
    bar->addWidget(m_useDates);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    bar->addWidget(m_categories);
    bar->addWidget(m_back);
    bar->addStretch();
    bar->addWidget(m_counts);
    layout->addLayout(bar);

    // Second row: how small a group may be before its rate is greyed, and
    // what to compare with.
    auto *second = new QHBoxLayout;
    auto *minLabel = new QLabel(tr("Grey groups under"), this);
    m_minGroup->setRange(1, 10000);
    m_minGroup->setSuffix(tr(" items"));
    m_minGroup->setValue(QSettings().value(u"charts/minGroupSize"_s, ChartBuilder::kDefaultMinGroupSize).toInt());
    m_minGroup->setAccessibleName(tr("Smallest group with a reliable rate"));
    m_minGroup->setToolTip(tr("Rates of smaller groups are greyed: with few items, the 95% interval is wide."));
    minLabel->setBuddy(m_minGroup);
    m_compare->addItem(tr("No comparison"), int(CompareWith::Nothing));
    m_compare->addItem(tr("Compare with decisions from"), int(CompareWith::Period));
    m_compare->addItem(tr("Compare with another folder…"), int(CompareWith::Folder));
    m_compare->addItem(tr("Compare items citing"), int(CompareWith::Sources));
    m_sourceA->setAccessibleName(tr("Items citing this guideline source"));
    m_sourceB->setAccessibleName(tr("Against items citing this guideline source"));
    m_sourceA->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sourceB->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_compare->setAccessibleName(tr("Compare with"));
    m_compareFrom->setAccessibleName(tr("Compared decisions from"));
    m_compareTo->setAccessibleName(tr("Compared decisions until"));
    second->addWidget(minLabel);
    second->addWidget(m_minGroup);
    second->addSpacing(16);
    second->addWidget(m_compare);
    second->addWidget(m_compareFrom);
    second->addWidget(m_compareUntil);
    second->addWidget(m_compareTo);
    second->addWidget(m_sourceA);
    second->addWidget(m_sourceAgainst);
    second->addWidget(m_sourceB);
    second->addStretch();
    layout->addLayout(second);
    for (QWidget *w : {static_cast<QWidget *>(m_compareFrom), static_cast<QWidget *>(m_compareUntil),
                       static_cast<QWidget *>(m_compareTo), static_cast<QWidget *>(m_sourceA),
                       static_cast<QWidget *>(m_sourceAgainst), static_cast<QWidget *>(m_sourceB)})
        w->setVisible(false);

    auto *boxLayout = new QVBoxLayout(m_comparisonBox);
    m_comparisonView->setModel(m_comparisonModel);
    m_comparisonView->setAccessibleName(tr("Comparison"));
    m_comparisonView->verticalHeader()->setVisible(false);
    m_comparisonView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_comparisonView->horizontalHeader()->setStretchLastSection(true);
    m_comparisonView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_comparisonView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comparisonView->setMinimumHeight(160);
    boxLayout->addWidget(m_comparisonView);
    m_comparisonBox->setVisible(false);
    layout->addWidget(m_comparisonBox);

    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Charts"));
    scroll->setAccessibleDescription(tr("Decisions across the folder, one chart per view"));
    scroll->setWidgetResizable(true);
    auto *grid = new QWidget(scroll);
    m_grid = new QGridLayout(grid);
    // Two columns of equal width, whatever a chart would like: otherwise the
    // pie takes two thirds and the bar charts' labels lose their room.
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 1);
    scroll->setWidget(grid);
    layout->addWidget(scroll);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &ChartsPage::rebuild);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        rebuild();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &ChartsPage::rebuild);
    connect(m_to, &QDateEdit::dateChanged, this, &ChartsPage::rebuild);
    connect(m_back, &QToolButton::clicked, this, [this] { drillInto({}); });
    connect(m_minGroup, &QSpinBox::valueChanged, this, [this](int n) {
        QSettings().setValue(u"charts/minGroupSize"_s, n);
        refreshCharts();
        refreshComparison();
    });
    connect(m_compare, &QComboBox::activated, this, &ChartsPage::compareKindChosen);
    connect(m_compareFrom, &QDateEdit::dateChanged, this, &ChartsPage::refreshComparison);
    connect(m_compareTo, &QDateEdit::dateChanged, this, &ChartsPage::refreshComparison);
    connect(m_sourceA, &QComboBox::currentIndexChanged, this, &ChartsPage::refreshComparison);
    connect(m_sourceB, &QComboBox::currentIndexChanged, this, &ChartsPage::refreshComparison);
    rebuild();
}

void ChartsPage::compareKindChosen(int index)
{
    const auto kind = CompareWith(m_compare->itemData(index).toInt());
    if (kind == CompareWith::Folder) {
        // Back to what was compared until the other folder is read.
        const QSignalBlocker block(m_compare);
        m_compare->setCurrentIndex(m_compare->findData(int(m_compareWith)));
        emit compareFolderRequested();
        return;
    }
    if (kind == CompareWith::Period) {
        compareWithPeriod(m_compareFrom->date(), m_compareTo->date());
    } else if (kind == CompareWith::Sources) {
        m_compareWith = CompareWith::Sources;
        m_otherLetters.clear();
        refreshComparison();
    } else {
        stopComparing();
    }
}

void ChartsPage::compareWithPeriod(const QDate &from, const QDate &to)
{
    m_compareWith = CompareWith::Period;
    m_otherLetters.clear();
    {
        const QSignalBlocker b1(m_compare), b2(m_compareFrom), b3(m_compareTo);
        m_compare->setCurrentIndex(m_compare->findData(int(CompareWith::Period)));
        m_compareFrom->setDate(from);
        m_compareTo->setDate(to);
    }
    refreshComparison();
}

void ChartsPage::compareWithLetters(const QList<LetterSummary> &letters, const QString &name,
                                    const QHash<QString, QByteArray> &choices)
{
    m_compareWith = CompareWith::Folder;
    m_otherLetters = letters;
    m_otherChoices = choices;
    m_secondName = name;
    {
        const QSignalBlocker block(m_compare);
        // The folder's name stands in the list while it is compared.
        const int at = m_compare->findData(int(CompareWith::Folder));
        m_compare->setItemText(at, tr("Compared with %1").arg(name));
        m_compare->setCurrentIndex(at);
    }
    refreshComparison();
}

void ChartsPage::stopComparing()
{
    m_compareWith = CompareWith::Nothing;
    m_otherLetters.clear();
    const QSignalBlocker block(m_compare);
    m_compare->setItemText(m_compare->findData(int(CompareWith::Folder)), tr("Compare with another folder…"));
    m_compare->setCurrentIndex(0);
    refreshComparison();
}

bool ChartsPage::isComparing() const
{
    return m_compareWith != CompareWith::Nothing;
}

int ChartsPage::minGroupSize() const
{
    return m_minGroup->value();
}

void ChartsPage::setMinGroupSize(int size)
{
    m_minGroup->setValue(size);
}

void ChartsPage::setEffort(const EffortSummary &effort)
{
    m_effort = effort;
    refreshCharts();
}

void ChartsPage::setCaseChoices(const QHash<QString, QByteArray> &choices)
{
    m_caseChoices = choices;
    m_duplicates = DuplicateCases::find(m_letters, m_caseChoices);
    rebuild();
}

StandardTableSet ChartsPage::standardTables() const
{
    return StandardTables::compute(m_letters, filter(), &m_duplicates);
}

// Both sides under the same filter; for a period, only the decision dates differ.
void ChartsPage::refreshComparison()
{
    const bool period = m_compareWith == CompareWith::Period;
    for (QWidget *w : {static_cast<QWidget *>(m_compareFrom), static_cast<QWidget *>(m_compareUntil),
                       static_cast<QWidget *>(m_compareTo)})
        w->setVisible(period);
    for (QWidget *w : {static_cast<QWidget *>(m_sourceA), static_cast<QWidget *>(m_sourceAgainst),
                       static_cast<QWidget *>(m_sourceB)})
        w->setVisible(m_compareWith == CompareWith::Sources);
    if (m_compareWith == CompareWith::Nothing) {
        m_comparison.clear();
        m_firstName.clear();
        m_secondName.clear();
        m_comparisonModel->setComparison({}, {}, {}, minGroupSize());
        m_comparisonBox->setVisible(false);
        return;
    }
    const ChartFilter mine = filter();
    const auto periodName = [](const ChartFilter &f) {
        if (!f.from.isValid() && !f.to.isValid())
            return tr("All dates");
        return tr("Decided %1 to %2").arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate));
    };
    if (m_compareWith == CompareWith::Sources) {
        const QString a = m_sourceA->currentText();
        const QString b = m_sourceB->currentText();
        if (a.isEmpty() || b.isEmpty() || a == b) {
            m_comparison.clear();
            m_comparisonModel->setComparison({}, {}, {}, minGroupSize());
            m_comparisonBox->setTitle(tr("Choose two different guideline sources to compare"));
            m_comparisonBox->setVisible(true);
            return;
        }
        const SourceComparison c = RateComparison::compareSources(m_letters, mine, a, b, &m_duplicates);
        m_comparison = c.rows;
        m_firstName = RateComparison::sideName(a, b);
        m_secondName = RateComparison::sideName(b, a);
        m_comparisonModel->setComparison(m_comparison, m_firstName, m_secondName, minGroupSize());
        QString title = tr("Overturn rates: items citing %1 against items citing %2").arg(a, b);
        if (c.citingBoth > 0)
            title += u" — "_s + tr("%n item(s) citing both are in neither group", nullptr, c.citingBoth);
        m_comparisonBox->setTitle(title);
        m_comparisonBox->setVisible(true);
        return;
    }
    DecisionSummary other;
    if (period) {
        ChartFilter theirs = mine;
        theirs.from = m_compareFrom->date();
        theirs.to = m_compareTo->date();
        other = DecisionStatistics::compute(m_letters, theirs, &m_duplicates);
        m_firstName = periodName(mine);
        m_secondName = periodName(theirs);
    } else {
        const DuplicateCases theirDuplicates = DuplicateCases::find(m_otherLetters, m_otherChoices);
        other = DecisionStatistics::compute(m_otherLetters, mine, &theirDuplicates);
        m_firstName = tr("This folder");
    }
    m_comparison = RateComparison::compare(m_summary, other);
    // Periods that overlap share letters: the tests assume two independent
    // samples, so none is made, and the box says why.
    bool overlap = false;
    if (period) {
        const QDate aFrom = mine.from.isValid() ? mine.from : QDate(1, 1, 1);
        const QDate aTo = mine.to.isValid() ? mine.to : QDate(9999, 12, 31);
        overlap = !(m_compareTo->date() < aFrom || m_compareFrom->date() > aTo);
        if (overlap) {
            for (ComparisonRow &row : m_comparison)
                row.test = ProportionComparison{row.test.rate1, row.test.rate2, row.test.difference, 1.0, 0.0,
                                                ProportionComparison::Method::None};
        }
    }
    m_comparisonModel->setComparison(m_comparison, m_firstName, m_secondName, minGroupSize());
    m_comparisonBox->setTitle(overlap ? tr("Overturn rates: %1 against %2 — the periods overlap, so the differences "
                                           "are not tested; set Decided from on the bar above to two separate periods")
                                            .arg(m_firstName, m_secondName)
                                      : tr("Overturn rates: %1 against %2").arg(m_firstName, m_secondName));
    m_comparisonBox->setVisible(true);
}

ChartFilter ChartsPage::filter() const
{
    ChartFilter f;
    f.reviewedOnly = m_scope->currentData().toBool();
    if (m_useDates->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    for (const QAction *a : m_categoryMenu->actions()) {
        if (a->isChecked())
            f.categories << a->text();
    }
    return f;
}

void ChartsPage::setFilter(const ChartFilter &f)
{
    const QSignalBlocker b1(m_scope), b2(m_useDates), b3(m_from), b4(m_to);
    m_scope->setCurrentIndex(f.reviewedOnly ? 1 : 0);
    m_useDates->setChecked(f.from.isValid() || f.to.isValid());
    m_from->setEnabled(m_useDates->isChecked());
    m_to->setEnabled(m_useDates->isChecked());
    if (f.from.isValid())
        m_from->setDate(f.from);
    if (f.to.isValid())
        m_to->setDate(f.to);
    for (QAction *a : m_categoryMenu->actions()) {
        const QSignalBlocker block(a);
        a->setChecked(f.categories.contains(a->text()));
    }
    rebuild();
}

void ChartsPage::setLetters(const QList<LetterSummary> &letters)
{
    setLetters(letters, DuplicateCases::find(letters, m_caseChoices));
}

void ChartsPage::setLetters(const QList<LetterSummary> &letters, const DuplicateCases &duplicates)
{
    m_letters = letters; // shared, not copied, until the list changes
    m_duplicates = duplicates;
    rebuild();
}

void ChartsPage::setLetters(const QList<Letter> &letters)
{
    QList<LetterSummary> summaries;
    summaries.reserve(letters.size());
    for (const Letter &l : letters)
        summaries.append(LetterSummary::of(l));
    setLetters(summaries);
}

void ChartsPage::drillInto(const QString &category)
{
    m_drill = category;
    m_back->setVisible(!category.isEmpty());
    refreshCharts();
}

void ChartsPage::rebuild()
{
    m_summary = DecisionStatistics::compute(m_letters, filter(), &m_duplicates);
    QString counts = tr("%1 of %2 letters · %3 items").arg(m_summary.lettersInScope).arg(m_summary.letters).arg(m_summary.items);
    if (m_summary.duplicatesLeftOut > 0)
        counts += u" · "_s + tr("%n duplicate file(s) counted once", nullptr, m_summary.duplicatesLeftOut);
    m_counts->setText(counts);
    refreshSourceChoices();
    refreshCharts();
    refreshComparison();
}

// The folder's guideline sources, most cited first; a choice made stays
// while its source is still there.
void ChartsPage::refreshSourceChoices()
{
    QList<Tally> sources = m_summary.byGuideline;
    std::stable_sort(sources.begin(), sources.end(), [](const Tally &a, const Tally &b) { return a.total() > b.total(); });
    QStringList names;
    for (const Tally &t : std::as_const(sources))
        names << t.label;
    QStringList listed;
    for (int i = 0; i < m_sourceA->count(); ++i)
        listed << m_sourceA->itemText(i);
    if (listed == names)
        return; // refilled, an open list would close under the analyst's pointer
    const QString a = m_sourceA->currentText();
    const QString b = m_sourceB->currentText();
    const QSignalBlocker blockA(m_sourceA), blockB(m_sourceB);
    m_sourceA->clear();
    m_sourceB->clear();
    m_sourceA->addItems(names);
    m_sourceB->addItems(names);
    m_sourceA->setCurrentIndex(names.contains(a) ? int(names.indexOf(a)) : 0);
    m_sourceB->setCurrentIndex(names.contains(b) ? int(names.indexOf(b)) : std::min(1, int(names.size()) - 1));
}

void ChartsPage::refreshCharts()
{
    m_contents = ChartBuilder::contents(m_summary, m_drill, minGroupSize());
    m_contents += ChartBuilder::effortContents(m_effort);
    for (QWidget *w : std::as_const(m_charts))
        w->deleteLater(); // a chart may be the sender of the signal that got us here
    m_charts.clear();
    for (qsizetype i = 0; i < m_contents.size(); ++i) {
        QWidget *w = makeChart(m_contents[i]);
        m_grid->addWidget(w, int(i / 2), int(i % 2));
        m_charts << w;
    }
}

QWidget *ChartsPage::makeChart(const ChartContent &content)
{
    if (!content.emptyText.isEmpty()) {
        // Say what is missing instead of drawing empty axes.
        auto *label = new QLabel(u"<b>%1</b><br>%2"_s.arg(content.title.toHtmlEscaped(), content.emptyText.toHtmlEscaped()));
        label->setAlignment(Qt::AlignCenter);
        label->setAccessibleName(content.title);
        label->setAccessibleDescription(content.emptyText);
        label->setMinimumHeight(300);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        label->setFrameShape(QFrame::StyledPanel);
        return label;
    }
    auto *view = new QChartView(ChartBuilder::chart(content, palette(), false));
    view->setAccessibleName(content.title);
    view->setAccessibleDescription(tr("%n decision(s); a bar or slice lists the letters behind it.", nullptr,
                                      std::accumulate(content.rows.begin(), content.rows.end(), 0,
                                                      [](int n, const Tally &t) { return n + t.total(); })));
    view->setRenderHint(QPainter::Antialiasing);
    // Bar labels take two lines (the label, then its rate and count).
    view->setMinimumHeight(qMax(300, int(content.rows.size()) * 36 + 120));
    view->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    const QString title = content.title;
    connect(view, &QWidget::customContextMenuRequested, this,
            [this, view, title](const QPoint &pos) { showContextMenu(view, title, pos); });
    connectClicks(view, content);
    return view;
}

void ChartsPage::connectClicks(QWidget *widget, const ChartContent &content)
{
    auto *view = static_cast<QChartView *>(widget);
    if (!content.values.isEmpty())
        return; // effort bars have no letters behind them
    const QList<Tally> rows = content.rows;
    const ChartContent::Kind kind = content.kind;
    for (QAbstractSeries *series : view->chart()->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            const bool reversed = bars->property(ChartBuilder::kReversedRows).toBool();
            connect(bars, &QAbstractBarSeries::clicked, this, [this, rows, kind, reversed, drilled = content.drilledInto](int index, QBarSet *) {
                const Tally t = rows.value(reversed ? rows.size() - 1 - index : index);
                // A category bar drills into its subcategories; their bars show letters.
                // Queued: drilling rebuilds the charts, this one included, and
                // the bar series is still inside its click handler.
                if (kind == ChartContent::Kind::Category && drilled.isEmpty() && m_summary.bySubcategory.contains(t.label))
                    QTimer::singleShot(0, this, [this, label = t.label] { drillInto(label); });
                emit lettersSelected(t.letters, t.label);
            });
        } else if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            if (kind != ChartContent::Kind::Outcome)
                continue; // progress slices have no decisions behind them
            // Each slice: the letters with an item of that decision.
            connect(pie, &QPieSeries::clicked, this, [this](QPieSlice *slice) {
                const Tally t = m_summary.byDecision.value(slice->property("index").toInt());
                emit lettersSelected(t.letters, t.label);
            });
        }
    }
}

QWidget *ChartsPage::chartWidget(ChartContent::Kind kind) const
{
    for (qsizetype i = 0; i < m_contents.size(); ++i) {
        if (m_contents[i].kind == kind)
            return m_charts.value(i);
    }
    return nullptr;
}

void ChartsPage::showContextMenu(QWidget *widget, const QString &title, const QPoint &pos)
{
    auto *view = static_cast<QChartView *>(widget);
    QMenu menu(this);
    menu.addAction(tr("Save as PNG…"));
    QAction *svg = menu.addAction(tr("Save as SVG…"));
    QAction *chosen = menu.exec(view->mapToGlobal(pos));
    if (!chosen)
        return;
    const bool asSvg = chosen == svg;
    const QString path = QFileDialog::getSaveFileName(this, title, {}, asSvg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (!path.isEmpty() && !saveChart(view, asSvg && !path.endsWith(u".svg"_s) ? path + u".svg"_s : path, title))
        QMessageBox::warning(this, title, tr("Cannot write %1.").arg(path));
}

bool ChartsPage::saveChart(QWidget *view, const QString &path, const QString &title)
{
    if (!path.endsWith(u".svg"_s, Qt::CaseInsensitive))
        return view->grab().save(path, "PNG");
    QSvgGenerator generator; // vector output: the chart stays sharp at any size
    generator.setFileName(path);
    generator.setSize(view->size());
    generator.setViewBox(view->rect());
    generator.setTitle(title);
    QPainter painter(&generator);
    if (!painter.isActive())
        return false;
    view->render(&painter);
    return painter.end();
}

void ChartsPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refreshCharts(); // chart colours follow light and dark palettes
}

} // namespace imr::gui
