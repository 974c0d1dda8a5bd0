#pragma once

#include "letter.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <memory>

class QProgressBar;
class QToolButton;

namespace Ui {
class MainWindow;
}

namespace imr {
class LetterLoader;
}

namespace imr::gui {

class LetterListModel;

// The main window: letter list, document pane, side panel, charts tab.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openFolder(const QString &folder);
    QString folder() const { return m_folder; }
    bool isLoading() const { return m_watcher.isRunning(); }
    LetterListModel *letterModel() const { return m_letters; }
    void selectLetter(int row);
    int currentLetter() const;

signals:
    void folderLoaded();

private:
    void chooseFolder();
    void exportCsv();
    void showAbout();
    void onLetterLoaded(int row);
    void onLoadFinished();
    void onCurrentLetterChanged();
    void cancelLoading();

    std::unique_ptr<Ui::MainWindow> m_ui;
    LetterListModel *m_letters = nullptr;
    QFutureWatcher<Letter> m_watcher;
    std::shared_ptr<const LetterLoader> m_loader;
    QString m_folder;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
};

} // namespace imr::gui
