#pragma once

// Shows a main window, makes it the active one (keys and shortcuts go to the
// active window) and opens a folder in it, returning once it has loaded.

#include "app/mainwindow.h"

#include <QSignalSpy>
#include <QString>
#include <QTest>

namespace imr::test {

inline bool showAndOpenFolder(imr::gui::MainWindow &window, const QString &folder, int timeoutMs = 30000)
{
    window.show();
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        return false;
    QSignalSpy loaded(&window, &imr::gui::MainWindow::folderLoaded);
    window.openFolder(folder);
    return loaded.wait(timeoutMs);
}

} // namespace imr::test
