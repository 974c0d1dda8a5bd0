#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "app/appsettings.h"
#include "folderloader.h"
#include "letterloader.h"
#include "letters/letterlistmodel.h"
#include "reviewedcsvwriter.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QProgressBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace imr::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_letters(new LetterListModel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    m_ui->setupUi(this);
    m_ui->letterView->setModel(m_letters);
    QHeaderView *header = m_ui->letterView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LetterListModel::NameColumn, QHeaderView::Stretch);
    m_ui->splitter->setSizes({380, 560, 340});
    m_ui->actionOpenFolder->setShortcut(QKeySequence::Open);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);

    m_progress->setMaximumWidth(200);
    m_progress->setVisible(false);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop loading the folder"));
    m_cancel->setVisible(false);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);

    connect(m_ui->actionOpenFolder, &QAction::triggered, this, &MainWindow::chooseFolder);
    connect(m_ui->actionExportCsv, &QAction::triggered, this, &MainWindow::exportCsv);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_cancel, &QToolButton::clicked, this, &MainWindow::cancelLoading);
    connect(&m_watcher, &QFutureWatcher<Letter>::resultReadyAt, this, &MainWindow::onLetterLoaded);
    connect(&m_watcher, &QFutureWatcher<Letter>::finished, this, &MainWindow::onLoadFinished);
    connect(&m_watcher, &QFutureWatcher<Letter>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_ui->letterView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentLetterChanged);
    statusBar()->showMessage(tr("Open a folder of letters with File > Open Folder (Ctrl+O)."));
}

MainWindow::~MainWindow()
{
    cancelLoading();
    m_watcher.waitForFinished();
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
    m_watcher.waitForFinished();
    m_folder = QDir(folder).absolutePath();
    AppSettings::setLastFolder(m_folder);
    setWindowTitle(tr("%1 — IMR Workbench").arg(QDir::toNativeSeparators(m_folder)));
    auto loader = std::make_shared<LetterLoader>(m_folder);
    m_loader = loader;
    const QStringList paths = loader->scan();
    m_letters->reset(paths);
    m_ui->documentView->clear();
    m_ui->reviewPanel->clear();
    m_progress->setRange(0, int(paths.size()));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    statusBar()->showMessage(tr("Loading %n letter(s)…", nullptr, int(paths.size())));
    m_watcher.setFuture(FolderLoader::start(m_loader, paths));
}

void MainWindow::cancelLoading()
{
    if (m_watcher.isRunning())
        m_watcher.cancel();
}

void MainWindow::onLetterLoaded(int row)
{
    m_letters->setLetter(row, m_watcher.resultAt(row));
    if (currentLetter() < 0 && row == 0)
        selectLetter(0);
    else if (row == currentLetter())
        onCurrentLetterChanged();
}

void MainWindow::onLoadFinished()
{
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    int errors = 0;
    int loaded = 0;
    for (int row = 0; row < m_letters->rowCount(); ++row) {
        loaded += m_letters->isLoaded(row);
        errors += m_letters->isLoaded(row) && !m_letters->letter(row).ok();
    }
    QString message = tr("%n letter(s)", nullptr, loaded);
    if (errors > 0)
        message += u", "_s + tr("%n could not be read", nullptr, errors);
    if (m_watcher.isCanceled())
        message += u" — "_s + tr("loading cancelled");
    statusBar()->showMessage(message);
    if (currentLetter() < 0 && m_letters->rowCount() > 0)
        selectLetter(0);
    emit folderLoaded();
}

void MainWindow::selectLetter(int row)
{
    m_ui->letterView->setCurrentIndex(m_letters->index(row, 0));
}

int MainWindow::currentLetter() const
{
    const QModelIndex current = m_ui->letterView->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void MainWindow::onCurrentLetterChanged()
{
    const int row = currentLetter();
    if (row < 0 || !m_letters->isLoaded(row)) {
        m_ui->documentView->clear();
        m_ui->reviewPanel->clear();
        return;
    }
    const Letter &letter = m_letters->letter(row);
    m_ui->documentView->showLetter(letter.ok() ? letter.text : letter.error);
    m_ui->reviewPanel->showLetter(letter);
}

void MainWindow::exportCsv()
{
    if (m_folder.isEmpty()) {
        statusBar()->showMessage(tr("Open a folder before exporting."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Reviewed CSV"),
                                                      m_folder + u"/reviewed.csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = ReviewedCsvWriter::writeFile(path, m_letters->letters());
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export Reviewed CSV"), error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About IMR Workbench"),
                       tr("<p><b>IMR Workbench</b> %1</p><p>Review California Independent Medical Review "
                          "determination letters: extracted fields over the original letter, "
                          "corrected and confirmed from the keyboard.</p><p>No data leaves this computer.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace imr::gui
