#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "app/appsettings.h"
#include "store/storefactory.h"
#include "app/colorscheme.h"
#include "app/emptystate.h"
#include "app/exportdialog.h"
#include "app/preferencesdialog.h"
#include "app/teamstoredialog.h"
#include "app/unshapedtext.h"
#include "extraction/taxonomyfile.h"
#include "charts/chartspage.h"
#include "charts/reportrenderer.h"
#include "document/documentview.h"
#include "document/pdfpageview.h"
#include "folder/folderindexer.h"
#include "folder/lettersummary.h"
#include "folder/letterloader.h"
#include "pdfletterformat.h"
#include "letters/letterfiltermodel.h"
#include "letters/letterlistmodel.h"
#include "review/fieldtreemodel.h"
#include "review/reviewcontroller.h"
#include "review/reviewpanel.h"
#include "export/reviewedcsvwriter.h"
#include "review/reviewstatus.h"
#include "extraction/treatmenttaxonomy.h"

#include "export/exportjob.h"
#include "export/deidentifier.h"
#include "export/summaryjob.h"
#include "extraction/customfields.h"
#include "fields/customfielddialog.h"
#include "stats/revieweffort.h"

#include <QActionGroup>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileSystemWatcher>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMetaEnum>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QProgressBar>
#include <QProgressDialog>
#include <QTextStream>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoGroup>

using namespace Qt::StringLiterals;

namespace imr::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_letters(new LetterListModel(this))
    , m_filter(new LetterFilterModel(this))
    , m_review(new ReviewController(m_letters, this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_counts(new QLabel(this))
    , m_showAll(new QToolButton(this))
    , m_chartsUpdate(new QTimer(this))
{
    m_folderWatcher = new QFileSystemWatcher(this);
    m_rescanSoon = new QTimer(this);
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_letters);
    m_ui->letterView->setModel(m_filter);
    for (QWidget *textHeavy : std::initializer_list<QWidget *>{m_ui->letterView, m_ui->reviewPanel->view(), m_ui->documentView})
        preferUnshapedText(textHeavy);
    m_ui->letterView->sortByColumn(-1, Qt::AscendingOrder); // folder order until a header is clicked
    setUpLayout();
    setUpEmptyState();
    setUpAccessibility();

    m_counts->setObjectName(u"letterCounts"_s);
    m_progress->setMaximumWidth(200);
    m_progress->setVisible(false);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop loading the folder"));
    m_cancel->setVisible(false);
    m_showAll->setText(tr("Show all letters"));
    m_showAll->setVisible(false);
    statusBar()->addPermanentWidget(m_showAll);
    statusBar()->addPermanentWidget(m_counts);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    // A passing message gives the status bar back to the standing notice.
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &message) {
        if (message.isEmpty() && !m_loading && !m_notice.isEmpty())
            QTimer::singleShot(0, this, [this] {
                if (statusBar()->currentMessage().isEmpty() && !m_loading)
                    restoreNotice();
            });
    });

    setUpActions();
    setUpFilters();
    connect(m_cancel, &QToolButton::clicked, this, &MainWindow::cancelLoading);
    connect(m_showAll, &QToolButton::clicked, this, &MainWindow::showAllLetters);
    // Charts follow the review live, but not on every keystroke.
    m_chartsUpdate->setSingleShot(true);
    m_chartsUpdate->setInterval(250);
    connect(m_chartsUpdate, &QTimer::timeout, this, [this] {
        m_ui->chartsTab->setLetters(m_letters->summaries(), duplicates());
        refreshEffort();
    });
    connect(&m_duplicatesFinder, &QFutureWatcherBase::finished, this, &MainWindow::adoptDuplicates);
    connect(&m_effortWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_effortFolder != m_folder)
            return; // read for the folder open before: a new reading follows the charts
        const Result<EffortSummary> effort = m_effortWatcher.result();
        if (effort)
            m_ui->chartsTab->setEffort(effort.value());
        else
            showError(tr("Review effort cannot be read: %1").arg(effort.error()));
        if (std::exchange(m_effortAgain, false))
            refreshEffort();
    });
    // Hidden charts wait: they are brought up to date when their tab opens.
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_ui->tabs->currentWidget() == m_ui->chartsTab && m_chartsStale) {
            m_chartsStale = false;
            m_chartsUpdate->start(0);
        }
    });
    connect(m_ui->chartsTab, &ChartsPage::lettersSelected, this, &MainWindow::showChartLetters);
    // Letters added, changed or removed while the folder is open are picked
    // up once the folder has been quiet for a moment.
    m_rescanSoon->setSingleShot(true);
    m_rescanSoon->setInterval(1000);
    connect(m_rescanSoon, &QTimer::timeout, this, &MainWindow::rescan);
    connect(m_folderWatcher, &QFileSystemWatcher::directoryChanged, m_rescanSoon, qOverload<>(&QTimer::start));
    // The letter on screen is watched too: a file rewritten in place
    // changes no folder entry.
    connect(m_folderWatcher, &QFileSystemWatcher::fileChanged, m_rescanSoon, qOverload<>(&QTimer::start));
    connect(m_ui->letterView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentLetterChanged);
    connect(m_review, &ReviewController::letterChanged, this, &MainWindow::onLetterChanged);
    connect(m_review, &ReviewController::errorOccurred, this, [this](const QString &message) { showError(message); });
    // Another analyst took or let go of the letter on screen.
    connect(m_review, &ReviewController::claimChanged, this, [this](const QString &holder) {
        const Letter &letter = m_review->currentLetter();
        m_ui->reviewPanel->setReviewable(storeTakesChanges() && letter.reviewable());
        if (!holder.isEmpty())
            statusBar()->showMessage(tr("In review by %1: read-only here until they move on.").arg(holder));
        else if (m_review->store() && m_review->store()->isShared() && storeTakesChanges())
            statusBar()->showMessage(tr("%1 is yours to review.").arg(letter.relativePath), 5000);
    });
    connect(m_review, &ReviewController::categorySuggested, this, [this](int items, const QString &category) {
        statusBar()->showMessage(
            tr("%n other item(s) with the same request now show \"%1\", marked: Enter accepts it there. "
               "Review > Save Category as Rule keeps it for other folders.", nullptr, items)
                .arg(category),
            15000);
    });
    connect(m_review, &ReviewController::categoryRuleAvailable, m_ui->actionSaveCategoryRule, &QAction::setEnabled);
    // A refused save is not a passing message: the reviewer must know the
    // change was not kept.
    connect(m_review, &ReviewController::saveFailed, this, [this](const QString &message) {
        showError(message, 0);
        QMessageBox::warning(this, tr("Change not saved"), message);
    });

    ReviewPanel *panel = m_ui->reviewPanel;
    connect(panel, &ReviewPanel::confirmRequested, this, &MainWindow::confirmField);
    connect(panel, &ReviewPanel::confirmAllRequested, this, &MainWindow::confirmAllAndNext);
    connect(panel, &ReviewPanel::editRequested, this, &MainWindow::correctField);
    connect(panel, &ReviewPanel::addItemRequested, this, [this] { m_review->addItem(currentLetter()); });
    connect(panel, &ReviewPanel::removeItemRequested, this,
            [this](int item) { m_review->removeItem(currentLetter(), item); });
    connect(panel, &ReviewPanel::currentFieldChanged, m_ui->documentView, &DocumentView::setCurrentField);
    connect(panel, &ReviewPanel::currentFieldChanged, m_ui->pageView, &PdfPageView::setCurrentField);
    const auto selectField = [panel](const FieldAddress &a) {
        panel->setCurrentField(a);
        panel->view()->setFocus();
    };
    connect(m_ui->documentView, &DocumentView::fieldClicked, panel, selectField);
    connect(m_ui->pageView, &PdfPageView::fieldClicked, panel, selectField);
    panel->setReviewable(false);
    statusBar()->showMessage(tr("Open a folder of letters with File > Open Folder (Ctrl+O)."));
}

void MainWindow::setUpLayout()
{
    QHeaderView *header = m_ui->letterView->header();
    header->setStretchLastSection(false);
    // Columns fit what they show, measured from the font and the texts they
    // can hold, not from the rows: measuring 100,000 rows on every change
    // would stall the window while a folder loads.
    const QFontMetrics fm(m_ui->letterView->font());
    const QFontMetrics headerFm(header->font());
    const int margin = style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_ui->letterView) + 1;
    const int headerMargin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int sortMark = style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    const auto fit = [&](int column, const QStringList &texts, int extra = 0) {
        int width = headerFm.horizontalAdvance(m_letters->headerData(column, Qt::Horizontal).toString()) + 4 * headerMargin
                    + sortMark;
        for (const QString &t : texts)
            width = std::max(width, fm.horizontalAdvance(t) + 4 * margin + extra);
        header->resizeSection(column, width);
        return width;
    };
    // Names: a case number file name whole, with room for a warning icon.
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_ui->letterView);
    int listWidth = fit(LetterListModel::NameColumn, {u"CM16-0000000.pdf"_s}, icon + 2 * margin);
    listWidth += fit(LetterListModel::StatusColumn, LetterListModel::statusTexts());
    listWidth += fit(LetterListModel::ItemsColumn, {u"99"_s});
    listWidth += fit(LetterListModel::DecisionsColumn, {LetterListModel::widestDecisions()});
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(LetterListModel::NameColumn, QHeaderView::Stretch);
    // Longer paths (subfolders) keep both ends: the folder and the case number.
    m_ui->letterView->setTextElideMode(Qt::ElideMiddle);
    listWidth += style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_ui->letterView)
                 + 2 * m_ui->letterView->frameWidth() + 2 * margin;
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1); // the letter takes what the window gains
    m_ui->splitter->setStretchFactor(2, 0);
    const int panelWidth = m_ui->reviewPanel->preferredWidth();
    m_ui->splitter->installEventFilter(this);

    // The user's own arrangement wins over the one measured here.
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    constexpr int kNarrowest = 80;
    m_listWidth = std::max(kNarrowest, settings.value(u"window/listWidth"_s, listWidth).toInt());
    m_panelWidth = std::max(kNarrowest, settings.value(u"window/panelWidth"_s, panelWidth).toInt());
    connect(m_ui->splitter, &QSplitter::splitterMoved, this, [this] {
        const QList<int> sizes = m_ui->splitter->sizes();
        m_listWidth = sizes.value(0);
        m_panelWidth = sizes.value(2);
        m_splitterMoved = true;
    });

    // Column widths and the sort order the user chose, in the list and the
    // panel. Only a column the user can size counts: the stretching ones
    // follow the pane.
    QHeaderView *panelHeader = m_ui->reviewPanel->view()->header();
    header->restoreState(settings.value(u"window/listHeader"_s).toByteArray());
    panelHeader->restoreState(settings.value(u"window/panelHeader"_s).toByteArray());
    for (QHeaderView *h : {header, panelHeader}) {
        connect(h, &QHeaderView::sectionResized, this, [this, h](int logical) {
            if (h->sectionResizeMode(logical) == QHeaderView::Interactive)
                m_headersMoved = true;
        });
    }
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this] { m_headersMoved = true; });
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The list and the panel keep their widths (measured, or the user's);
    // the letter takes what the window gives or takes.
    if (watched == m_ui->splitter && event->type() == QEvent::Resize) {
        const int handles = 2 * m_ui->splitter->handleWidth();
        const int rest = std::max(200, m_ui->splitter->width() - handles - m_listWidth - m_panelWidth);
        m_ui->splitter->setSizes({m_listWidth, rest, m_panelWidth});
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setUpAccessibility()
{
    // What each information-holding widget is, for screen readers (a
    // combo box or a view alone says only its current value).
    const auto describe = [](QWidget *w, const QString &name, const QString &description) {
        w->setAccessibleName(name);
        w->setAccessibleDescription(description);
    };
    describe(m_ui->searchEdit, tr("Search the letters"), tr("Letters whose text has every word typed; Enter searches at once"));
    describe(m_ui->statusFilter, tr("Status filter"), tr("Show letters of one review status"));
    describe(m_ui->decisionFilter, tr("Decision filter"), tr("Show letters with an item of this decision"));
    describe(m_ui->categoryFilter, tr("Category filter"), tr("Show letters with an item of this treatment category"));
    describe(m_ui->letterView, tr("Letters"), tr("The folder's letters with their status, items and decisions"));
    describe(m_ui->documentTabs, tr("Letter"), tr("The letter on its PDF pages, or as text"));
    describe(m_ui->pageView, tr("Letter pages"), tr("The PDF pages, with a box over every extracted value"));
    describe(m_ui->documentView, tr("Letter text"), tr("The letter's text, extracted values highlighted"));
    describe(m_ui->reviewPanel->view(), tr("Fields"),
             tr("Extracted fields with value and status; Enter confirms, F2 edits"));
    describe(m_ui->tabs, tr("Workbench"), tr("Review the letters, or read the charts"));
    describe(m_counts, tr("Letter counts"), tr("Letters in the folder by review status"));
    describe(m_progress, tr("Loading progress"), tr("Letters read so far"));
}

void MainWindow::setUpEmptyState()
{
    // Before a folder is open the window says what to do instead of showing
    // empty panes.
    QWidget *work = takeCentralWidget();
    m_pages = new QStackedWidget(this);
    m_emptyState = new EmptyState(m_pages);
    m_emptyState->setObjectName(u"emptyState"_s);
    m_emptyState->setSamplesAvailable(!AppSettings::sampleFolder().isEmpty());
    m_pages->addWidget(m_emptyState);
    m_pages->addWidget(work);
    setCentralWidget(m_pages);
    connect(m_emptyState, &EmptyState::openFolderRequested, this, &MainWindow::chooseFolder);
    connect(m_emptyState, &EmptyState::openSamplesRequested, this,
            [this] { openFolder(AppSettings::sampleFolder()); });
}

void MainWindow::updateRecentMenu()
{
    QMenu *menu = m_ui->menuRecent;
    menu->clear();
    const QStringList folders = AppSettings::recentFolders();
    for (const QString &folder : folders) {
        QAction *a = menu->addAction(QDir::toNativeSeparators(folder));
        a->setEnabled(QFileInfo(folder).isDir());
        connect(a, &QAction::triggered, this, [this, folder] { openFolder(folder); });
    }
    if (folders.isEmpty())
        menu->addAction(tr("No recent folders"))->setEnabled(false);
    menu->addSeparator();
    QAction *clear = menu->addAction(tr("&Clear Menu"));
    clear->setEnabled(!folders.isEmpty());
    connect(clear, &QAction::triggered, this, [] { AppSettings::clearRecentFolders(); });
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    if (m_splitterMoved) {
        settings.setValue(u"window/listWidth"_s, m_listWidth);
        settings.setValue(u"window/panelWidth"_s, m_panelWidth);
    }
    if (m_headersMoved) {
        settings.setValue(u"window/listHeader"_s, m_ui->letterView->header()->saveState());
        settings.setValue(u"window/panelHeader"_s, m_ui->reviewPanel->view()->header()->saveState());
    }
    settings.sync();
    QFile::setPermissions(settings.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

MainWindow::~MainWindow()
{
    saveLayout();
    cancelLoading();
    if (m_indexer)
        m_indexer->waitForFinished();
    m_effortWatcher.waitForFinished(); // it reads the store
    m_storeOpening.waitForFinished();
    m_duplicatesFinder.waitForFinished(); // it reads the rows
    AppSettings::waitForSaves();
}

// Review effort from the store's audit trail, read and counted off the GUI
// thread: a year's trail is millions of rows.
void MainWindow::refreshEffort()
{
    ReviewStore *store = m_storeError.isEmpty() ? m_review->store() : nullptr;
    if (!store)
        return;
    if (m_effortWatcher.isRunning()) {
        m_effortAgain = true;
        return;
    }
    const QList<LetterSummary> letters = m_letters->summaries();
    m_effortFolder = m_folder;
    m_effortWatcher.setFuture(QtConcurrent::run([store, letters]() -> Result<EffortSummary> {
        const auto log = store->auditLog();
        if (!log)
            return failure(log.error());
        return ReviewEffort::compute(log.value(), letters);
    }));
}

void MainWindow::connectTeamStore()
{
    if (m_folder.isEmpty()) {
        showError(tr("Open a folder first: the team store is chosen for a folder."));
        return;
    }
    const QString current = m_teamStoreOverride.isEmpty() ? AppSettings::teamStore(m_folder) : m_teamStoreOverride;
    TeamStoreDialog dialog(current, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_teamStoreOverride.clear();
    AppSettings::setTeamStore(m_folder, dialog.url());
    openFolder(m_folder);
    // Said once the store has answered: it opens in the background.
    m_whenStoreOpened = [this] {
        if (!m_storeError.isEmpty())
            QMessageBox::warning(this, tr("Team Store"), m_storeError);
    };
}

void MainWindow::setUpActions()
{
    m_ui->actionOpenFolder->setShortcut(QKeySequence::Open);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionConfirmAllNext->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    QAction *undo = m_review->undoGroup()->createUndoAction(this, tr("&Undo"));
    QAction *redo = m_review->undoGroup()->createRedoAction(this, tr("&Redo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    undo->setObjectName(u"actionUndo"_s);
    redo->setObjectName(u"actionRedo"_s);
    m_ui->menuEdit->addAction(undo);
    m_ui->menuEdit->addAction(redo);

    connect(m_ui->actionOpenFolder, &QAction::triggered, this, &MainWindow::chooseFolder);
    connect(m_ui->actionRescan, &QAction::triggered, this, &MainWindow::rescan);
    connect(m_ui->actionCountThisFile, &QAction::triggered, this, &MainWindow::countCurrentFile);
    connect(m_ui->actionShowDuplicates, &QAction::triggered, this, &MainWindow::showDuplicates);
    connect(m_ui->actionCustomFields, &QAction::triggered, this, &MainWindow::editCustomFields);
    connect(m_ui->chartsTab, &ChartsPage::compareFolderRequested, this, &MainWindow::compareWithFolder);
    connect(m_ui->actionExportCsv, &QAction::triggered, this, &MainWindow::exportCsv);
    connect(m_ui->actionExportJson, &QAction::triggered, this, &MainWindow::exportJson);
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_ui->actionConnectTeamStore, &QAction::triggered, this, &MainWindow::connectTeamStore);
    connect(m_ui->actionReopenLetter, &QAction::triggered, this, [this] {
        if (const Status s = m_review->reopenCurrent(); !s)
            showError(s.error());
    });
    connect(m_ui->menuRecent, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    connect(m_ui->actionPrint, &QAction::triggered, this, &MainWindow::printReport);
    connect(m_ui->actionExportReport, &QAction::triggered, this, &MainWindow::exportReport);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionConfirmAllNext, &QAction::triggered, this, &MainWindow::confirmAllAndNext);
    connect(m_ui->actionSaveCategoryRule, &QAction::triggered, this, &MainWindow::saveCategoryRule);
    connect(m_ui->actionTakeSelection, &QAction::triggered, this, &MainWindow::takeSelection);
    connect(m_ui->actionEditField, &QAction::triggered, this, [this] {
        QTreeView *view = m_ui->reviewPanel->view();
        view->setFocus();
        view->edit(view->currentIndex().siblingAtColumn(FieldTreeModel::ValueColumn));
    });
    connect(m_ui->actionNextLetter, &QAction::triggered, this, [this] { moveLetter(1); });
    connect(m_ui->actionPreviousLetter, &QAction::triggered, this, [this] { moveLetter(-1); });
    connect(m_ui->actionNextUnreviewed, &QAction::triggered, this, &MainWindow::openNextUnreviewed);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->searchEdit->setFocus();
        m_ui->searchEdit->selectAll();
    });
    setUpTextLayoutMenu();
    setUpColorSchemeMenu();
}

namespace {

// One choice of a menu's exclusive, checkable set.
struct MenuChoice
{
    QString objectName;
    QString text;
    bool checked = false;
    std::function<void()> choose;
};

void addChoices(QMenu *menu, const QList<MenuChoice> &choices)
{
    auto *group = new QActionGroup(menu);
    for (const MenuChoice &choice : choices) {
        QAction *action = menu->addAction(choice.text);
        action->setObjectName(choice.objectName);
        action->setCheckable(true);
        action->setChecked(choice.checked);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu, choice.choose);
    }
}

} // namespace

// View > Color Scheme: the desktop's, light or dark.
void MainWindow::setUpColorSchemeMenu()
{
    using Scheme = ColorScheme::Scheme;
    QMenu *menu = m_ui->menuView->addMenu(tr("&Color Scheme"));
    menu->setObjectName(u"menuColorScheme"_s);
    QList<MenuChoice> choices;
    for (const auto &[scheme, text] : {std::pair{Scheme::System, tr("&System")}, std::pair{Scheme::Light, tr("&Light")},
                                       std::pair{Scheme::Dark, tr("&Dark")}}) {
        choices.append({u"actionColorScheme"_s + ColorScheme::name(scheme), text, scheme == ColorScheme::saved(),
                        [scheme] {
                            ColorScheme::apply(scheme);
                            ColorScheme::save(scheme);
                        }});
    }
    addChoices(menu, choices);
}

// View > Text Layout: reading (paragraphs reflowed), as extracted, no wrap.
// The choice is the analyst's habit, so it is remembered.
void MainWindow::setUpTextLayoutMenu()
{
    using Layout = DocumentView::TextLayout;
    QMenu *menu = m_ui->menuView->addMenu(tr("&Text Layout"));
    menu->setObjectName(u"menuTextLayout"_s);
    const QMetaEnum meta = QMetaEnum::fromType<Layout>();
    const QString saved = QSettings().value(u"view/textLayout"_s).toString();
    bool known = false;
    const Layout current = Layout(meta.keyToValue(saved.toLatin1().constData(), &known));
    m_ui->documentView->setTextLayout(known ? current : Layout::Reading);
    QList<MenuChoice> choices;
    for (const auto &[layout, text] : {std::pair{Layout::Reading, tr("&Reading (Paragraphs Reflowed)")},
                                       std::pair{Layout::AsExtracted, tr("&As Extracted (Line Breaks Kept)")},
                                       std::pair{Layout::NoWrap, tr("&No Wrap")}}) {
        const QString key = QString::fromLatin1(meta.valueToKey(int(layout)));
        choices.append({u"actionTextLayout"_s + key, text, layout == m_ui->documentView->textLayout(),
                        [this, layout, key] {
                            m_ui->documentView->setTextLayout(layout);
                            QSettings().setValue(u"view/textLayout"_s, key);
                        }});
    }
    addChoices(menu, choices);
}

void MainWindow::setUpFilters()
{
    m_ui->statusFilter->addItem(tr("Any status"), -1);
    for (LetterStatus s : {LetterStatus::Unreviewed, LetterStatus::InProgress, LetterStatus::Reviewed, LetterStatus::Error})
        m_ui->statusFilter->addItem(ReviewStatus::displayName(s), int(s));
    m_ui->decisionFilter->addItem(tr("Any decision"), QString());
    m_ui->decisionFilter->addItem(tr("Upheld"), u"Upheld"_s);
    m_ui->decisionFilter->addItem(tr("Overturned"), u"Overturned"_s);
    m_ui->categoryFilter->addItem(tr("Any category"), QString());
    for (const QString &c : TreatmentTaxonomy::instance().categories())
        m_ui->categoryFilter->addItem(c, c);
    connect(m_ui->statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatusFilter(m_ui->statusFilter->currentData().toInt()); });
    connect(m_ui->decisionFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setDecisionFilter(m_ui->decisionFilter->currentData().toString()); });
    connect(m_ui->categoryFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setCategoryFilter(m_ui->categoryFilter->currentData().toString()); });
    // Searching every letter's text on each keystroke would stall typing.
    auto *search = new QTimer(this);
    search->setSingleShot(true);
    search->setInterval(200);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, search, qOverload<>(&QTimer::start));
    connect(search, &QTimer::timeout, this, &MainWindow::runSearch);
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, search, &QTimer::stop);
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &MainWindow::runSearch);
}

void MainWindow::chooseFolder()
{
    const QString start = m_folder.isEmpty() ? AppSettings::lastFolder() : m_folder;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Folder of Letters"), start);
    if (!folder.isEmpty())
        openFolder(folder);
}

void MainWindow::openFolder(const QString &folder)
{
    cancelLoading();
    if (m_indexer)
        m_indexer->waitForFinished(); // it uses the store: stop it first
    m_indexer.reset();
    // A store still opening is not wanted any more. The folder's own store,
    // opening again, must first let go of its lock: that opening is local
    // and short, and is waited for. Any other (a team store a server away)
    // is left to finish; its continuation lets it go.
    m_whenStoreOpened = {};
    // Before waiting: whenever the last opening's continuation runs, it
    // finds a newer generation and only lets its store go.
    const int generation = ++m_generation;
    if (m_storeOpening.isValid() && m_storeOpeningFolder == QDir(folder).absolutePath() && m_storeOpeningLocal) {
        m_storeOpening.waitForFinished();
        if (m_storeOpening.resultCount() > 0)
            if (const auto &unwanted = m_storeOpening.result(); unwanted && *unwanted)
                unwanted->value().reset();
    }
    m_storeOpening = {};
    showAllLetters(); // rows picked from the last folder's charts mean nothing here
    if (!m_folder.isEmpty())
        m_folderWatcher->removePath(m_folder);
    m_folder = QDir(folder).absolutePath();
    m_pages->setCurrentIndex(1);
    setWindowTitle(tr("%1 — IMR Workbench").arg(QDir::toNativeSeparators(m_folder)));
    m_review->setReviewer(AppSettings::reviewerName());
    const QString teamStore = m_teamStoreOverride.isEmpty() ? AppSettings::teamStore(m_folder) : m_teamStoreOverride;
    // The folder's own fields, before its store is opened (an upgrade writes review
    // status, which counts them) and its letters are read (the loader's
    // extractor takes them). A file that cannot be read is said, not ignored.
    auto customFields = CustomFields::load(m_folder);
    CustomFields::install(std::make_shared<const CustomFields>(customFields ? customFields.value() : CustomFields()));
    const QString customFieldsProblem = customFields ? QString() : customFields.error();
    m_effortWatcher.waitForFinished(); // reads the store about to be replaced
    m_effortAgain = false;
    m_ui->chartsTab->setEffort({});
    m_review->closeStore();
    m_loader = makeLoader(nullptr); // nothing may read the last folder's store meanwhile
    m_review->setLoader(m_loader);
    // Until the store is open nothing can be reviewed: it reads as missing.
    m_storeError = tr("The review store is being opened.");
    m_readOnlyReason.clear();
    m_ui->reviewPanel->setReviewable(false);
    m_ui->actionReopenLetter->setEnabled(false);
    m_letters->setPaths({});
    m_ui->documentView->clear();
    m_ui->pageView->clear();
    m_ui->reviewPanel->clear();
    markDuplicatesStale();
    m_duplicateNoticePending = false; // the last folder's letter
    m_caseChoices.clear();
    m_ui->chartsTab->setLetters({}, DuplicateCases()); // the last folder's rows mean nothing here
    m_ui->chartsTab->setCaseChoices(m_caseChoices);
    m_loading = true;
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancel->setVisible(false); // nothing to cancel yet: opening a store is short
    statusBar()->showMessage(tr("Opening the review store…"));
    // Opened off the GUI thread: creating or upgrading a store syncs it to
    // disk, and a team store is a server away; either can take longer than
    // the window may stop answering.
    m_storeOpeningFolder = m_folder;
    m_storeOpeningLocal = teamStore.isEmpty();
    m_storeOpening = QtConcurrent::run([folder = m_folder, teamStore, reviewer = AppSettings::reviewerName()] {
        return std::make_shared<Result<std::unique_ptr<ReviewStore>>>(
            StoreFactory::open(folder, teamStore, true, reviewer));
    });
    // Always through the event loop: a continuation attached to a future
    // that has finished, or one run by waitForFinished() on this thread,
    // would otherwise run at once, inside openFolder().
    m_storeOpening.then(this, [this, generation, teamStore, customFieldsProblem](
                                  const std::shared_ptr<Result<std::unique_ptr<ReviewStore>>> &opened) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, teamStore, customFieldsProblem, opened] {
                if (generation == m_generation)
                    onStoreOpened(std::move(*opened), teamStore, customFieldsProblem);
                else if (*opened)
                    opened->value().reset(); // a folder opened since: let its claims and lock go now
            },
            Qt::QueuedConnection);
    });
    // Last: it saves in the background, and the settings read above would
    // wait for that save.
    AppSettings::setLastFolder(m_folder);
}

std::shared_ptr<const LetterLoader> MainWindow::makeLoader(ReviewStore *store) const
{
    auto loader = std::make_shared<LetterLoader>(m_folder);
    loader->addFormat(m_pdfFormat ? m_pdfFormat : std::make_shared<pdf::PdfLetterFormat>());
    loader->setFollowLinksOutside(AppSettings::followLinksOutside());
    if (store)
        loader->setStore(store);
    return loader;
}

void MainWindow::onStoreOpened(Result<std::unique_ptr<ReviewStore>> opened, const QString &teamStore,
                               const QString &customFieldsProblem)
{
    m_storeError = m_review->adoptStore(std::move(opened)).error();
    if (!teamStore.isEmpty() && m_storeError.isEmpty())
        setWindowTitle(tr("%1 — %2 — IMR Workbench")
                           .arg(QDir::toNativeSeparators(m_folder), m_review->store()->location()));
    m_readOnlyReason = m_storeError.isEmpty() ? m_review->store()->readOnlyReason() : QString();
    if (!m_readOnlyReason.isEmpty())
        setWindowTitle(tr("%1 (read-only)").arg(windowTitle()));
    m_ui->reviewPanel->setReviewable(storeTakesChanges());
    m_ui->actionReopenLetter->setEnabled(storeTakesChanges() && m_review->store()->isShared());
    m_loader = makeLoader(m_storeError.isEmpty() ? m_review->store() : nullptr);
    m_review->setLoader(m_loader);
    m_folderNotice = !m_storeError.isEmpty() ? tr("Review is read-only: %1").arg(m_storeError) : m_readOnlyReason;
    // Which file counts for a case held by several: a failure to read the
    // choices is said, and the latest decision counts meanwhile.
    if (m_storeError.isEmpty()) {
        if (const auto choices = m_review->store()->caseChoices(); choices)
            m_caseChoices = choices.value();
        else
            m_folderNotice = joinNotices(m_folderNotice, tr("Choices among duplicate cases cannot be read (%1): the "
                                                            "latest decision counts.")
                                                             .arg(choices.error()));
    }
    if (!customFieldsProblem.isEmpty())
        m_folderNotice = joinNotices(m_folderNotice, customFieldsProblem);
    markDuplicatesStale();
    m_ui->chartsTab->setCaseChoices(m_caseChoices);
    m_notice.clear();
    if (!m_folderNotice.isEmpty())
        showError(m_folderNotice, 0);
    m_folderWatcher->addPath(m_folder);
    startIndexing();
    if (const auto then = std::exchange(m_whenStoreOpened, {}))
        then();
}

void MainWindow::rescan()
{
    if (m_folder.isEmpty())
        return;
    if (m_loading) {
        m_rescanPending = true; // once the running load is done
        return;
    }
    startIndexing();
}

void MainWindow::startIndexing()
{
    m_indexer.reset();
    m_indexer = std::make_unique<FolderIndexer>(m_loader, m_storeError.isEmpty() ? m_review->store() : nullptr);
    // Batches already queued by a replaced indexer still arrive after it is
    // gone (perhaps from a new one at the same address): a generation tells.
    const int generation = ++m_generation;
    connect(m_indexer.get(), &FolderIndexer::batchReady, this, [this, generation](const imr::IndexBatch &batch) {
        if (generation == m_generation)
            onBatch(batch);
    });
    connect(m_indexer.get(), &FolderIndexer::finished, this, [this, generation](bool cancelled) {
        if (generation == m_generation)
            onLoadFinished(cancelled);
    });
    connect(m_indexer.get(), &FolderIndexer::storeFailed, this, [this](const QString &message) {
        showError(tr("The folder's index could not be saved: %1").arg(message));
    });
    m_loading = true;
    m_rescanPending = false;
    m_letters->forgetLocalChanges(); // this run reads the store after them
    m_loadClock.start();
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    statusBar()->showMessage(tr("Reading the folder…"));
    m_indexer->start();
}

void MainWindow::cancelLoading()
{
    if (m_indexer)
        m_indexer->cancel();
}

void MainWindow::onBatch(const imr::IndexBatch &batch)
{
    if (batch.listed) {
        if (m_letters->rowCount() == 0)
            m_letters->resetRows(batch.letters, batch.rowOfPath);
        else
        {
            showAllLetters(); // chart selections name rows, which a rescan moves
            m_letters->setPaths(batch.paths); // a rescan: rows that stay keep what is known
        }

        m_progress->setRange(0, std::max(1, batch.total));
        m_progress->setValue(0);
        updateCounts();
        return;
    }
    m_letters->applySummaries(batch.letters);
    showProgress(batch);
    updateCounts();
    markDuplicatesStale();
    if (m_ui->tabs->currentWidget() == m_ui->chartsTab)
        m_chartsUpdate->start(1000); // charts follow the load, but not batch by batch
    else
        m_chartsStale = true;
    const int current = currentLetter();
    if (current < 0 && m_filter->rowCount() > 0 && m_letters->isLoaded(0))
        m_ui->letterView->setCurrentIndex(m_filter->index(0, 0));
    else if (current >= 0 && m_review->currentRow() != current && m_letters->isLoaded(current))
        onCurrentLetterChanged(); // the letter on screen has just been read
    else if (current >= 0 && m_review->currentRow() == current)
        noticeChangeOnDisk(current);
}

void MainWindow::noticeChangeOnDisk(int row)
{
    // The file on screen was replaced while the analyst reviewed it (a new
    // download, an amended letter). What they acknowledged is stored under
    // the earlier content and stays; the window moves to the new content,
    // which the store marks as changed after review, and says so.
    const Letter &shown = m_review->currentLetter();
    const LetterSummary &listed = m_letters->summary(row);
    if (!shown.ok() || listed.relativePath != shown.relativePath || listed.contentHash.isEmpty()
        || listed.contentHash == shown.contentHash)
        return;
    const QString path = shown.relativePath;
    const bool reviewed = ReviewStatus::of(shown) != LetterStatus::Unreviewed;
    onCurrentLetterChanged();
    const QString message = reviewed
        ? tr("%1 changed on disk: your review of the earlier version is kept; the new version is shown.").arg(path)
        : tr("%1 changed on disk: the new version is shown.").arg(path);
    showError(message, 0);
    emit letterChangedOnDisk(path);
}

void MainWindow::showProgress(const imr::IndexBatch &batch)
{
    m_progress->setValue(batch.done);
    const double seconds = m_loadClock.elapsed() / 1000.0;
    if (batch.extracted < 50 || seconds < 1.0) {
        statusBar()->showMessage(tr("Loading %1 of %n letter(s)…", nullptr, batch.total).arg(batch.done));
        return;
    }
    const double perSecond = batch.extracted / seconds;
    const int left = int((batch.total - batch.done) / std::max(perSecond, 1.0));
    statusBar()->showMessage(tr("Loading %1 of %n letter(s), %2 per second, about %3 left…", nullptr, batch.total)
                                 .arg(batch.done)
                                 .arg(qRound(perSecond))
                                 .arg(left >= 120 ? tr("%n min", nullptr, (left + 59) / 60) : tr("%n s", nullptr, left)));
}

void MainWindow::onLoadFinished(bool cancelled)
{
    m_loading = false;
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    updateCounts();
    if (cancelled)
        statusBar()->showMessage(tr("Loading cancelled; the letters read so far are kept, and reopening the folder goes on from there."));
    else
        restoreNotice();
    if (currentLetter() < 0 && m_filter->rowCount() > 0)
        m_ui->letterView->setCurrentIndex(m_filter->index(0, 0));
    markDuplicatesStale();
    findDuplicatesInBackground();
    if (m_ui->tabs->currentWidget() == m_ui->chartsTab)
        m_chartsUpdate->start(0);
    else
        m_chartsStale = true;
    if (!m_ui->searchEdit->text().trimmed().isEmpty())
        runSearch(); // letters added since the search was made
    emit folderLoaded();
    if (m_rescanPending && !cancelled)
        rescan();
}

void MainWindow::runSearch()
{
    const QString text = m_ui->searchEdit->text().trimmed();
    std::optional<QSet<qint64>> matches;
    if (!text.isEmpty() && m_review->canReview()) {
        const auto ids = m_review->store()->searchText(text);
        if (ids)
            matches = QSet<qint64>(ids->cbegin(), ids->cend());
        else
            showError(tr("The letters' text could not be searched: %1").arg(ids.error()));
    }
    m_filter->setSearch(text, std::move(matches));
    updateCounts();
}

void MainWindow::updateCounts()
{
    QStringList parts{tr("%n letter(s)", nullptr, m_letters->rowCount())};
    if (const int loading = m_letters->rowCount() - m_letters->loadedCount(); loading > 0)
        parts << tr("%n loading", nullptr, loading);
    if (const int n = m_letters->count(LetterStatus::Reviewed))
        parts << tr("%n reviewed", nullptr, n);
    if (const int n = m_letters->count(LetterStatus::InProgress))
        parts << tr("%n in progress", nullptr, n);
    if (const int n = m_letters->count(LetterStatus::Unreviewed))
        parts << tr("%n unreviewed", nullptr, n);
    if (const int n = m_letters->count(LetterStatus::Error))
        parts << tr("%n unreadable", nullptr, n);
    if (m_filter->rowCount() != m_letters->rowCount())
        parts << tr("%1 shown").arg(m_filter->rowCount());
    m_counts->setText(parts.join(u" · "_s));
}

void MainWindow::selectLetter(int row)
{
    const QModelIndex proxy = m_filter->mapFromSource(m_letters->index(row, 0));
    if (proxy.isValid())
        m_ui->letterView->setCurrentIndex(proxy);
}

int MainWindow::currentLetter() const
{
    const QModelIndex current = m_filter->mapToSource(m_ui->letterView->currentIndex());
    return current.isValid() ? current.row() : -1;
}

Letter MainWindow::letterAt(int row) const
{
    return m_review->letterAt(row);
}

void MainWindow::onCurrentLetterChanged()
{
    const int row = currentLetter();
    if (row != m_review->currentRow() && m_notice != m_folderNotice) {
        m_notice = m_folderNotice; // what was said of the last letter is said
        restoreNotice();
    }
    m_review->setCurrentLetter(row);
    if (row < 0 || !m_letters->isLoaded(row)) {
        m_ui->documentView->clear();
        m_ui->pageView->clear();
        m_ui->reviewPanel->clear();
        return;
    }
    showCurrentLetter();
    noticeDuplicate(row);
}

void MainWindow::markDuplicatesStale()
{
    m_duplicatesStale = true;
    ++m_duplicatesVersion;
}

// A pass over a year of letters takes a good part of a second at worst: once
// a load is done it is made off the GUI thread, so neither the charts nor a
// letter switch wait for it. Not during a load: the rows it reads are shared
// with the list, and each batch would copy them all.
void MainWindow::findDuplicatesInBackground()
{
    if (!m_duplicatesStale || m_duplicatesFinder.isRunning())
        return;
    const quint64 version = m_duplicatesVersion;
    m_duplicatesFinderVersion = version;
    m_duplicatesFinder.setFuture(
        QtConcurrent::run([letters = m_letters->summaries(), choices = m_caseChoices, version] {
            return std::pair{DuplicateCases::find(letters, choices), version};
        }));
}

const DuplicateCases &MainWindow::duplicates()
{
    if (m_duplicatesStale && m_duplicatesFinder.isRunning()) {
        m_duplicatesFinder.waitForFinished();
        adoptDuplicates();
    }
    if (m_duplicatesStale) {
        m_duplicates = DuplicateCases::find(m_letters->summaries(), m_caseChoices);
        m_duplicatesStale = false;
    }
    return m_duplicates;
}

void MainWindow::adoptDuplicates()
{
    if (m_duplicatesFinder.future().resultCount() > 0) {
        auto [found, version] = m_duplicatesFinder.result();
        if (version == m_duplicatesVersion && m_duplicatesStale) { // nothing changed since it started
            m_duplicates = std::move(found);
            m_duplicatesStale = false;
        }
    }
    if (std::exchange(m_duplicateNoticePending, false)) {
        if (const int row = currentLetter(); row >= 0 && row == m_review->currentRow() && m_letters->isLoaded(row))
            noticeDuplicate(row);
    }
}

// What the folder's duplicates say of one letter, from the rows that share
// its case number or bytes: a letter switch, even while a year of letters
// loads, costs the case's files, not a pass over the folder.
DuplicateCases MainWindow::duplicatesAround(int row) const
{
    return DuplicateCases::findAmong(m_letters->summaries(), m_letters->rowsSharingCase(row), m_caseChoices);
}

// A letter whose case another file holds says so, and which file counts.
void MainWindow::noticeDuplicate(int row)
{
    // The folder's duplicates are being found (just after a load): the
    // notice follows them, a fraction of a second later, rather than a
    // switch finding a large case's files a second time meanwhile.
    if (m_duplicatesStale && m_duplicatesFinder.isRunning() && m_duplicatesFinderVersion == m_duplicatesVersion) {
        m_ui->actionCountThisFile->setEnabled(false);
        m_duplicateNoticePending = true;
        return;
    }
    const DuplicateCases around = m_duplicatesStale ? duplicatesAround(row) : DuplicateCases();
    const DuplicateCases &local = m_duplicatesStale ? around : m_duplicates;
    const CaseGroup *group = row >= 0 ? local.groupOf(row) : nullptr;
    m_ui->actionCountThisFile->setEnabled(group && group->counted != row && storeTakesChanges());
    if (const QString notice = row >= 0 ? local.notice(row, m_letters->summaries()) : QString(); !notice.isEmpty())
        showError(notice, 0);
}

void MainWindow::countCurrentFile()
{
    const int row = currentLetter();
    const DuplicateCases local = duplicatesAround(row);
    const CaseGroup *group = row >= 0 ? local.groupOf(row) : nullptr;
    if (!group || !m_review->store())
        return;
    const QByteArray hash = m_letters->summary(row).contentHash;
    if (const Status s = m_review->store()->saveCaseChoice(group->caseNumber, hash); !s) {
        warn(tr("Count This File"), s.error());
        return;
    }
    // Shown as chosen only once it is in the store.
    m_caseChoices.insert(group->caseNumber, hash);
    markDuplicatesStale();
    m_ui->chartsTab->setCaseChoices(m_caseChoices);
    noticeDuplicate(row);
}

void MainWindow::editCustomFields()
{
    if (m_folder.isEmpty() || isLoading()) {
        statusBar()->showMessage(isLoading() ? tr("Wait until the folder has loaded.") : tr("Open a folder first."));
        return;
    }
    QStringList paths;
    for (const LetterSummary &s : m_letters->summaries()) {
        if (s.ok())
            paths << s.relativePath;
    }
    CustomFieldDialog dialog(CustomFields::current()->rules(), m_loader, paths, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto fields = CustomFields::of(dialog.rules());
    if (!fields) {
        warn(tr("Analyst Fields"), fields.error());
        return;
    }
    if (const Status saved = fields->save(m_folder); !saved) {
        warn(tr("Analyst Fields"), saved.error());
        return;
    }
    // Opened again: every letter is extracted with the new rules; reviews
    // keep what was acknowledged.
    openFolder(m_folder);
    m_whenStoreOpened = [this, saved = int(fields->rules().size())] {
        statusBar()->showMessage(tr("%n analyst field(s) saved with the folder.", nullptr, saved), 5000);
    };
}

void MainWindow::showDuplicates()
{
    // Files of a case another file holds, and second copies of the same bytes.
    QList<int> rows;
    const DuplicateCases &d = duplicates();
    for (int row = 0; row < m_letters->rowCount(); ++row) {
        if (d.groupOf(row) || !d.counts(row))
            rows << row;
    }
    showChartLetters(rows, tr("duplicate cases"));
}

// Another folder's letters, read in the background with progress and
// cancel, for the Charts tab's comparison.
void MainWindow::compareWithFolder()
{
    const QString other = QFileDialog::getExistingDirectory(this, tr("Compare with Folder"), m_folder);
    if (other.isEmpty())
        return;
    QProgressDialog progress(tr("Reading %1…").arg(QDir::toNativeSeparators(other)), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    std::atomic_int done{0}, total{0};
    std::atomic_bool cancelled{false};
    QFutureWatcher<Result<FolderSummaries>> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QTimer tick;
    connect(&tick, &QTimer::timeout, &progress, [&] {
        progress.setMaximum(total);
        progress.setValue(done);
    });
    connect(&progress, &QProgressDialog::canceled, &progress, [&] { cancelled = true; });
    tick.start(100);
    const auto formats = QList<std::shared_ptr<const LetterFormat>>{
        m_pdfFormat ? m_pdfFormat : std::make_shared<pdf::PdfLetterFormat>()};
    QString messages;
    watcher.setFuture(QtConcurrent::run([&, formats, other] {
        QTextStream err(&messages);
        return SummaryJob::readFolder(other, formats, {}, err, [&](int n, int of) {
            done = n;
            total = of;
            return !cancelled.load();
        });
    }));
    loop.exec();
    progress.reset();
    const Result<FolderSummaries> read = watcher.result();
    if (!read) {
        if (!cancelled)
            warn(tr("Compare with Folder"), read.error());
        return;
    }
    m_ui->chartsTab->compareWithLetters(read->letters, QFileInfo(other).fileName(), read->caseChoices);
    if (!messages.trimmed().isEmpty())
        showError(messages.trimmed());
}

void MainWindow::showCurrentLetter()
{
    const Letter &letter = m_review->currentLetter();
    if (const QStringList watched = m_folderWatcher->files(); !watched.isEmpty())
        m_folderWatcher->removePaths(watched);
    if (letter.ok() && !letter.filePath.isEmpty())
        m_folderWatcher->addPath(letter.filePath);
    m_ui->reviewPanel->setReviewable(storeTakesChanges() && letter.reviewable());
    if (!letter.reviewError.isEmpty())
        showError(tr("%1 is read-only: %2").arg(letter.relativePath, letter.reviewError), 0);
    m_ui->documentView->showLetter(letter.ok() ? letter.text : letter.error, letter.record);
    // PDFs open on the page itself; the text view stays one tab away.
    const bool paged = m_ui->pageView->showLetter(letter);
    m_ui->documentTabs->setTabEnabled(0, paged);
    m_ui->documentTabs->setCurrentIndex(paged ? 0 : 1);
    m_ui->reviewPanel->showLetter(letter);
    if (letter.ok()) {
        // Start where the work is; a fully reviewed letter starts at the top.
        const auto first = ReviewNavigator::firstToReview(letter.record);
        m_ui->reviewPanel->setCurrentField(first.value_or(FieldAddress{}));
    }
}

void MainWindow::onLetterChanged(int row)
{
    updateCounts();
    // Finding duplicates again costs a pass over the folder: only when the
    // change touched a case number or a decision date.
    if (row < 0 || row >= m_letters->rowCount() || !m_duplicates.isCurrentFor(row, m_letters->summary(row)))
        markDuplicatesStale();
    if (m_ui->tabs->currentWidget() == m_ui->chartsTab)
        m_chartsUpdate->start();
    else
        m_chartsStale = true;
    if (row != currentLetter() || row != m_review->currentRow())
        return;
    const Letter &letter = m_review->currentLetter();
    m_ui->reviewPanel->setReviewable(storeTakesChanges() && letter.reviewable());
    m_ui->documentView->setFields(letter.record);
    m_ui->pageView->setFields(letter.record);
    m_ui->reviewPanel->updateLetter(letter);
    m_ui->documentView->setCurrentField(m_ui->reviewPanel->currentField());
}

void MainWindow::goToNextField(const FieldAddress &from)
{
    const int row = currentLetter();
    if (row < 0)
        return;
    if (row != m_review->currentRow())
        return;
    if (const auto next = ReviewNavigator::nextToReview(m_review->currentLetter().record, from))
        m_ui->reviewPanel->setCurrentField(*next);
}

void MainWindow::confirmField(const FieldAddress &address)
{
    const int row = currentLetter();
    if (row < 0)
        return;
    m_review->confirm(row, address);
    goToNextField(address);
}

void MainWindow::correctField(const FieldAddress &address, const QString &value)
{
    const int row = currentLetter();
    if (row >= 0 && m_review->correct(row, address, value))
        goToNextField(address);
}

void MainWindow::confirmAllAndNext()
{
    const int row = currentLetter();
    if (row < 0 || !m_review->canReview())
        return;
    m_ui->reviewPanel->commitOpenEditor(); // a value being typed is part of the review
    m_review->confirmAll(row);
    // Move on only when everything was saved; otherwise the error is showing.
    if (m_letters->summary(row).effectiveStatus() == LetterStatus::Reviewed)
        openNextUnreviewed();
}

void MainWindow::openNextUnreviewed()
{
    const int next = m_filter->nextUnreviewed(m_ui->letterView->currentIndex().row());
    if (next >= 0)
        m_ui->letterView->setCurrentIndex(m_filter->index(next, 0));
    else
        statusBar()->showMessage(tr("No unreviewed letter after this one."), 5000);
}

void MainWindow::takeSelection()
{
    const int row = currentLetter();
    const auto field = m_ui->reviewPanel->currentField();
    const bool onPage = m_ui->documentTabs->currentWidget() == m_ui->pageView;
    const auto selected = onPage ? m_ui->pageView->selection() : m_ui->documentView->selection();
    if (row < 0 || !field || !selected) {
        statusBar()->showMessage(tr("Select text in the letter and a field in the side panel first."), 5000);
        return;
    }
    if (m_review->correct(row, *field, selected->first, {selected->second}))
        goToNextField(*field);
}

void MainWindow::moveLetter(int step)
{
    m_ui->reviewPanel->commitOpenEditor();
    const int next = m_ui->letterView->currentIndex().row() + step;
    if (next >= 0 && next < m_filter->rowCount())
        m_ui->letterView->setCurrentIndex(m_filter->index(next, 0));
}

void MainWindow::saveCategoryRule()
{
    const QString path = TaxonomyFile::configuredPath();
    if (const QString error = m_review->saveCategoryRule(path); !error.isEmpty()) {
        warn(tr("Save Category as Rule"), error);
        return;
    }
    // The rule serves letters read from now on; this folder's letters with
    // the same request already show the category as a suggestion.
    if (const QString error = TaxonomyFile::install(path); !error.isEmpty()) {
        warn(tr("Save Category as Rule"), error);
        return;
    }
    statusBar()->showMessage(tr("Rule saved to %1: \"%2\" is %3 in the letters read from now on.")
                                 .arg(QDir::toNativeSeparators(path), m_review->lastCategoryCorrection().request,
                                      m_review->lastCategoryCorrection().category),
                             10000);
}

void MainWindow::warn(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showError(const QString &message, int timeoutMs)
{
    // A message without a timeout is a notice: the status bar comes back to
    // it after loading messages and passing ones, until the analyst moves
    // to another letter (a read-only folder's notice stays with the folder).
    if (timeoutMs == 0)
        m_notice = message;
    statusBar()->showMessage(message, timeoutMs);
}

void MainWindow::restoreNotice()
{
    if (m_notice.isEmpty())
        statusBar()->clearMessage();
    else
        statusBar()->showMessage(m_notice);
}

QString MainWindow::joinNotices(const QString &first, const QString &second)
{
    return first.isEmpty() ? second : second.isEmpty() ? first : first + u" · "_s + second;
}

bool MainWindow::storeTakesChanges() const
{
    return m_storeError.isEmpty() && m_readOnlyReason.isEmpty();
}

void MainWindow::exportCsv()
{
    exportLetters(ExportFormat::ReviewedCsv);
}

void MainWindow::exportJson()
{
    exportLetters(ExportFormat::ProvenanceJson);
}

void MainWindow::exportLetters(ExportFormat format)
{
    if (m_folder.isEmpty() || isLoading()) {
        statusBar()->showMessage(isLoading() ? tr("Wait until the folder has loaded.") : tr("Open a folder before exporting."));
        return;
    }
    const bool csv = format == ExportFormat::ReviewedCsv;
    const QString title = csv ? tr("Export Reviewed CSV") : tr("Export Provenance JSON");
    ExportDialog dialog(title, m_folder + (csv ? u"/reviewed.csv"_s : u"/provenance.jsonl"_s),
                        csv ? tr("CSV files (*.csv)") : tr("JSON Lines files (*.jsonl *.json)"), this, csv);
    if (dialog.exec() != QDialog::Accepted || dialog.path().isEmpty())
        return;
    QStringList paths;
    for (const LetterSummary &s : m_letters->summaries()) {
        if (!dialog.reviewedOnly() || s.effectiveStatus() == LetterStatus::Reviewed)
            paths << s.relativePath;
    }
    // Each letter is read again from its file and the store: a large folder
    // is written in the background, with progress and cancel.
    QProgressDialog progress(tr("Exporting %n letter(s)…", nullptr, int(paths.size())), tr("Cancel"), 0,
                             int(paths.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0); // at once: the window must not change under the export
    progress.show();
    std::atomic_int done{0};
    std::atomic_bool cancelled{false};
    QFutureWatcher<Result<ExportJob::Counts>> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QTimer tick;
    connect(&tick, &QTimer::timeout, &progress, [&] { progress.setValue(done); });
    connect(&progress, &QProgressDialog::canceled, &progress, [&] { cancelled = true; });
    tick.start(100);
    const std::shared_ptr<const LetterLoader> loader = m_loader;
    const QString path = dialog.path();
    // A secret of this export only: its pseudonyms match no other file's.
    const auto deidentifier = dialog.deidentify() ? std::make_shared<const Deidentifier>() : nullptr;
    // Which file counts for a case, as the charts count it (the whole
    // folder, the analyst's choices), even when only some letters go out.
    const auto countedInstead = std::make_shared<const QHash<QString, QString>>(
        csv ? duplicates().countedInsteadByPath(m_letters->summaries()) : QHash<QString, QString>());
    watcher.setFuture(QtConcurrent::run([loader, path, format, paths, deidentifier, countedInstead, &done, &cancelled] {
        return ExportJob::writeFile(path, format, *loader, paths, [&](qsizetype n) {
            done = int(n);
            return !cancelled.load();
        }, deidentifier.get(), countedInstead.get());
    }));
    loop.exec(); // the progress dialog shows itself if the export takes a while
    progress.reset();
    const Result<ExportJob::Counts> result = watcher.result();
    if (!result) {
        if (!cancelled)
            QMessageBox::warning(this, title, result.error());
        return;
    }
    if (deidentifier)
        statusBar()->showMessage(tr("Exported %n letter(s), de-identified, to %1 (%2 paragraphs withheld)", nullptr,
                                    int(paths.size()))
                                     .arg(QDir::toNativeSeparators(path))
                                     .arg(deidentifier->droppedCount()));
    else
        statusBar()->showMessage(
            tr("Exported %n letter(s) to %1", nullptr, int(paths.size())).arg(QDir::toNativeSeparators(path)));
}

void MainWindow::showChartLetters(const QList<int> &rows, const QString &description)
{
    m_filter->setRowRestriction(rows.isEmpty() ? QList<int>{-1} : rows);
    m_showAll->setVisible(true);
    m_ui->tabs->setCurrentIndex(0);
    statusBar()->showMessage(tr("Letters behind \"%1\": %n letter(s)", nullptr, int(rows.size())).arg(description));
    updateCounts();
}

void MainWindow::showAllLetters()
{
    m_filter->setRowRestriction({});
    m_showAll->setVisible(false);
    updateCounts();
}

// What the report shows besides the charts: the Charts tab's filter, small
// groups, standard tables and comparison.
ReportRenderer::Info MainWindow::reportInfo() const
{
    ReportRenderer::Info info;
    info.folder = m_folder;
    info.filter = m_ui->chartsTab->filter();
    info.when = QDateTime::currentDateTime();
    info.minGroupSize = m_ui->chartsTab->minGroupSize();
    info.tables = m_ui->chartsTab->standardTables();
    info.effort = m_ui->chartsTab->effort();
    info.comparison = m_ui->chartsTab->comparison();
    info.firstName = m_ui->chartsTab->firstName();
    info.secondName = m_ui->chartsTab->secondName();
    return info;
}

void MainWindow::printReport()
{
    const DecisionSummary summary = m_ui->chartsTab->summary();
    const ReportRenderer::Info info = reportInfo();
    QPrintPreviewDialog preview(this);
    preview.setWindowTitle(tr("Print Report"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&](QPrinter *printer) { ReportRenderer::render(*printer, summary, info); });
    preview.exec();
}

void MainWindow::exportReport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Report as PDF"), m_folder + u"/report.pdf"_s,
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString error = ReportRenderer::writePdf(path, m_ui->chartsTab->summary(), reportInfo());
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export Report as PDF"), error);
    else
        statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_review->setReviewer(AppSettings::reviewerName());
    // New rules give new extraction results: the folder's letters are
    // extracted again (reviews are kept; they are stored apart).
    if ((dialog.taxonomyChanged() || dialog.linksChanged()) && !m_folder.isEmpty())
        openFolder(m_folder);
}

void MainWindow::showShortcuts()
{
    const QList<std::pair<QString, QString>> rows{
        {tr("Enter"), tr("Confirm the current field, go to the next that needs attention")},
        {tr("Ctrl+Enter"), tr("Confirm every remaining field, open the next unreviewed letter")},
        {tr("Tab / Shift+Tab"), tr("Next / previous field")},
        {tr("F2"), tr("Edit the current field")},
        {tr("Esc"), tr("Cancel the edit")},
        {tr("F3"), tr("Put the text selected in the letter into the current field")},
        {tr("Alt+Down / Alt+Up"), tr("Next / previous letter")},
        {tr("Alt+Page Down"), tr("Next unreviewed letter")},
        {tr("Ctrl+Z / Ctrl+Shift+Z"), tr("Undo / redo (per letter)")},
        {tr("Ctrl+F"), tr("Search the letters' text")},
        {tr("Ctrl+O"), tr("Open a folder")},
        {tr("Ctrl+E"), tr("Export the reviewed CSV")},
        {tr("Ctrl+P"), tr("Print the charts report")},
    };
    QString html = u"<table cellpadding='3'>"_s;
    for (const auto &[key, what] : rows)
        html += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(key.toHtmlEscaped(), what.toHtmlEscaped());
    html += u"</table>"_s;
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard Shortcuts"), html, QMessageBox::Close, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About IMR Workbench"),
                       tr("<p><b>IMR Workbench</b> %1</p><p>Review California Independent Medical Review "
                          "determination letters: extracted fields over the original letter, "
                          "corrected and confirmed from the keyboard.</p><p>No data leaves this computer.</p>"
                          "<p>Licensed under the MIT licence. Built with Qt %2 (LGPL-3.0; "
                          "<a href=\"https://www.qt.io/licensing/\">qt.io/licensing</a>) and KDE Frameworks "
                          "KSyntaxHighlighting (MIT).</p>")
                           .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

} // namespace imr::gui
