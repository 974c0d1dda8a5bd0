#pragma once

#include <QWidget>

class QPushButton;

namespace imr::gui {

// What the window shows before any folder is open: what to do first, and a
// way to try the workbench on the sample letters.
class EmptyState final : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(QWidget *parent = nullptr);
    // Hides the sample letters' button when they are not installed.
    void setSamplesAvailable(bool available);

signals:
    void openFolderRequested();
    void openSamplesRequested();

private:
    QPushButton *m_samples = nullptr;
};

} // namespace imr::gui
