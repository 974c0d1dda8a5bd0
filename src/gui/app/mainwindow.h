#pragma once

#include "charts/reportrenderer.h"
#include "stats/duplicatecases.h"
#include "stats/revieweffort.h"
#include "result.h"
#include "folder/folderindexer.h"
#include "folder/letter.h"
#include "store/reviewstore.h"
#include "review/reviewnavigator.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QMainWindow>

#include <functional>
#include <memory>

class QFileSystemWatcher;
class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;

namespace Ui {
class MainWindow;
}

namespace imr {
class LetterLoader;
enum class ExportFormat;
}

class QStackedWidget;

namespace imr::gui {

class EmptyState;

class LetterFilterModel;
class LetterListModel;
class ReviewController;

// The main window: letter list, document pane, side panel, charts tab.
// It wires the widgets to the review controller; the decisions are made in
// imr_core (ReviewNavigator, ReviewEditor, ReviewStatus).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openFolder(const QString &folder);
    QString folder() const { return m_folder; }
    bool isLoading() const { return m_loading; }
    // Picks up letters added, changed or removed since the folder was read.
    void rescan();
    // A problem the user must see but that stops nothing (an invalid
    // taxonomy file at start): a window that does not block.
    void warn(const QString &title, const QString &message);
    LetterListModel *letterModel() const { return m_letters; }
    LetterFilterModel *filterModel() const { return m_filter; }
    ReviewController *reviewController() const { return m_review; }
    // Rows of the letter model (not of the filtered view).
    void selectLetter(int row);
    int currentLetter() const;
    // A row's letter, whole (text and record), read from its file and the store.
    Letter letterAt(int row) const;
    QString storeError() const { return m_storeError; }
    // Why reviews cannot be saved although the store is read (see ReviewStore).
    QString readOnlyReason() const { return m_readOnlyReason; }
    // How PDFs are read (by default in this process).
    void setPdfFormat(std::shared_ptr<const LetterFormat> format) { m_pdfFormat = std::move(format); }
    // Review the next folder opened in this team store (--store), whatever
    // the folder's setting says.
    void setTeamStore(const QString &url) { m_teamStoreOverride = url; }

signals:
    void folderLoaded();
    // The letter on screen was replaced on disk while under review.
    void letterChangedOnDisk(const QString &relativePath);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpLayout();
    void setUpEmptyState();
    void setUpAccessibility();
    void updateRecentMenu();
    void saveLayout() const;
    void setUpActions();
    void setUpTextLayoutMenu();
    void setUpColorSchemeMenu();
    void setUpFilters();
    void chooseFolder();
    void exportCsv();
    void exportJson();
    void exportLetters(ExportFormat format);
    void showPreferences();
    void connectTeamStore();
    void saveCategoryRule();
    void showShortcuts();
    void showAbout();
    void startIndexing();
    void onStoreOpened(Result<std::unique_ptr<ReviewStore>> opened, const QString &teamStore,
                       const QString &customFieldsProblem);
    std::shared_ptr<const LetterLoader> makeLoader(ReviewStore *store) const;
    void onBatch(const imr::IndexBatch &batch);
    void showProgress(const imr::IndexBatch &batch);
    void onLoadFinished(bool cancelled);
    void onCurrentLetterChanged();
    void onLetterChanged(int row);
    void cancelLoading();
    void updateCounts();
    void confirmField(const FieldAddress &address);
    void correctField(const FieldAddress &address, const QString &value);
    void confirmAllAndNext();
    void takeSelection();
    void moveLetter(int step);
    void openNextUnreviewed();
    void goToNextField(const FieldAddress &from);
    void showError(const QString &message, int timeoutMs = 10000);
    bool storeTakesChanges() const;
    void restoreNotice();
    void noticeChangeOnDisk(int row);
    ReportRenderer::Info reportInfo() const;
    // Duplicate cases: which file counts, the current letter's notice, and
    // the analyst's choice (kept in the review store).
    DuplicateCases duplicatesAround(int row) const;
    const DuplicateCases &duplicates();
    void markDuplicatesStale();
    void findDuplicatesInBackground();
    void adoptDuplicates();
    void noticeDuplicate(int row);
    void countCurrentFile();
    void showDuplicates();
    void compareWithFolder();
    void refreshEffort();
    static QString joinNotices(const QString &first, const QString &second);
    void editCustomFields();
    void printReport();
    void exportReport();
    void showChartLetters(const QList<int> &rows, const QString &description);
    void showAllLetters();
    void runSearch();
    void showCurrentLetter();

    std::unique_ptr<Ui::MainWindow> m_ui;
    LetterListModel *m_letters = nullptr;
    LetterFilterModel *m_filter = nullptr;
    ReviewController *m_review = nullptr;
    std::unique_ptr<FolderIndexer> m_indexer;
    std::shared_ptr<const LetterLoader> m_loader;
    QFileSystemWatcher *m_folderWatcher = nullptr;
    QTimer *m_rescanSoon = nullptr;
    QElapsedTimer m_loadClock;
    bool m_loading = false;
    bool m_rescanPending = false;
    int m_generation = 0;
    std::shared_ptr<const LetterFormat> m_pdfFormat;
    QString m_folder;
    QString m_storeError;
    QString m_readOnlyReason;
    QString m_folderNotice; // why the folder is read-only, while it is open
    QString m_notice;       // the status bar's resting message
    QString m_teamStoreOverride;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    QLabel *m_counts = nullptr;
    QToolButton *m_showAll = nullptr;
    QTimer *m_chartsUpdate = nullptr;
    bool m_chartsStale = false;
    DuplicateCases m_duplicates;
    bool m_duplicatesStale = true;
    quint64 m_duplicatesVersion = 0; // counts the changes that make them stale
    QFutureWatcher<std::pair<DuplicateCases, quint64>> m_duplicatesFinder;
    quint64 m_duplicatesFinderVersion = 0; // the version the finder works on
    bool m_duplicateNoticePending = false; // the letter's notice waits for the finder
    QHash<QString, QByteArray> m_caseChoices;
    QFutureWatcher<Result<EffortSummary>> m_effortWatcher;
    // The folder's store, opening in the background (openFolder()).
    QFuture<std::shared_ptr<Result<std::unique_ptr<ReviewStore>>>> m_storeOpening;
    QString m_storeOpeningFolder;
    bool m_storeOpeningLocal = false;       // the folder's own SQLite store, not a team store
    std::function<void()> m_whenStoreOpened; // what a caller of openFolder() says once the store answered
    bool m_effortAgain = false; // asked again while reading
    QString m_effortFolder;     // the folder being read for
    int m_listWidth = 0;
    int m_panelWidth = 0;
    bool m_splitterMoved = false; // the user arranged the panes: saved as theirs
    bool m_headersMoved = false;  // the user sized or sorted columns: saved as theirs
    QStackedWidget *m_pages = nullptr; // the empty state, then the work
    EmptyState *m_emptyState = nullptr;
};

} // namespace imr::gui
