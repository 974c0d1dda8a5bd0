// Switching to another letter, highlights included, in the main window.
// Target: under 30 ms at the 95th percentile for a 10-page letter.
// Prints the figures; run headless with QT_QPA_PLATFORM=offscreen.

#include "app/mainwindow.h"
#include "letters/letterlistmodel.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// A 10-page letter: the sample letters' bodies one after another, with page
// breaks, behind one header (about 50 lines a page, as pdftotext writes).
QByteArray tenPageLetter(const QStringList &samples)
{
    QByteArray out;
    int lines = 0;
    for (qsizetype i = 0; lines < 520; ++i) {
        QFile f(samples[i % samples.size()]);
        if (!f.open(QIODevice::ReadOnly))
            break;
        QByteArray body = f.readAll();
        if (i > 0)
            body = body.mid(body.indexOf("IMR ISSUES"));
        body.replace("IMR ISSUES, DECISIONS AND RATIONALES", "");
        out += body + "\n\n\f";
        lines += int(body.count('\n'));
    }
    return out;
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[qsizetype(std::min<double>(v.size() - 1, p * v.size()))];
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    QStringList samples;
    for (const QFileInfo &fi : QDir(QStringLiteral(IMR_EXAMPLES)).entryInfoList({u"CM*.txt"_s}, QDir::Files))
        samples << fi.filePath();
    for (int i = 0; i < 2; ++i) {
        QFile f(dir.filePath(u"ten-pages-%1.txt"_s.arg(i)));
        f.open(QIODevice::WriteOnly);
        std::rotate(samples.begin(), samples.begin() + 1, samples.end());
        f.write(tenPageLetter(samples));
    }
    imr::gui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    QSignalSpy loaded(&window, &imr::gui::MainWindow::folderLoaded);
    window.openFolder(dir.path());
    loaded.wait(60000);
    const imr::Letter &letter = window.letterAt(0);
    QList<double> ms;
    for (int k = 0; k < 200; ++k) {
        QElapsedTimer t;
        t.start();
        window.selectLetter(k % 2);
        QCoreApplication::processEvents(); // layout and paint of the new letter
        window.repaint();
        ms << t.nsecsElapsed() / 1e6;
    }
    QTextStream(stdout) << u"letter switch (%1 lines, %2 items, %3 KB): p50 %4 ms, p95 %5 ms, max %6 ms over %7 switches"_s
                               .arg(letter.text.count(u'\n'))
                               .arg(letter.record.items.size())
                               .arg(letter.text.size() / 1024)
                               .arg(percentile(ms, 0.5), 0, 'f', 1)
                               .arg(percentile(ms, 0.95), 0, 'f', 1)
                               .arg(*std::max_element(ms.begin(), ms.end()), 0, 'f', 1)
                               .arg(ms.size())
                        << Qt::endl;
    return 0;
}
