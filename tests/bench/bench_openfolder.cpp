// Opening a year of letters in the real main window (offscreen): how soon
// the rows are listed, how long the load takes, how late a 10 ms timer on
// the GUI thread runs meanwhile, and what the window costs afterwards.
// Prints `name value unit` lines. With no arguments it runs 10,000 letters,
// then 100,000; `--letters N` runs one size. `--pdf` makes the letters
// multi-page PDFs, read as the application reads them (helper processes),
// and adds `pdf_letters_per_s`. `--folder DIR` makes the letters in DIR and
// keeps them; a later run with the same DIR opens them as they are, so its
// first open is a reopen too, and can be profiled without an hour of
// loading.

#include "app/mainwindow.h"
#include "extraction/textdecoder.h"
#include "pdffixtures.h"
#include "pdfletterformat.h"
#include "letters/letterfiltermodel.h"
#include "letters/letterlistmodel.h"
#include "review/reviewcontroller.h"
#include "review/reviewpanel.h"
#include "store/sqlitereviewstore.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

void figure(const char *name, double value, const char *unit)
{
    out << name << ' ' << QString::number(value, 'f', value < 10 ? 2 : 0) << ' ' << unit << Qt::endl;
}

// The sample letters, copied round-robin, each with its own case number line
// so every file has its own content hash.
qint64 makeFolder(const QString &folder, int count)
{
    QList<QByteArray> samples;
    QDirIterator it(QStringLiteral(IMR_EXAMPLES), {u"*.txt"_s}, QDir::Files);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            samples << f.readAll();
    }
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        QDir().mkpath(u"%1/%2"_s.arg(folder).arg(i / 1000));
        QFile f(u"%1/%2/letter-%3.txt"_s.arg(folder).arg(i / 1000).arg(i, 6, 10, QChar(u'0')));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write the folder");
        const QByteArray text = samples[i % samples.size()] + "\nCopy " + QByteArray::number(i) + '\n';
        bytes += f.write(text);
    }
    return bytes;
}

// The same letters as PDFs. Writing a PDF takes a few milliseconds: a
// thousand are written, and the others are copies of them with a comment
// after the end of the file, so each has its own content (and is parsed on
// its own) without an hour of writing.
qint64 makePdfFolder(const QString &folder, int count)
{
    QList<QString> samples;
    QDirIterator it(QStringLiteral(IMR_EXAMPLES), {u"*.txt"_s}, QDir::Files);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            samples << imr::TextDecoder::decode(f.readAll()).text;
    }
    constexpr int kWritten = 1000;
    QList<QByteArray> written;
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        QDir().mkpath(u"%1/%2"_s.arg(folder).arg(i / 1000));
        const QString path = u"%1/%2/letter-%3.pdf"_s.arg(folder).arg(i / 1000).arg(i, 6, 10, QChar(u'0'));
        if (i < kWritten) {
            if (!pdffixtures::writeLetterPdf(samples[i % samples.size()] + u"\nReference %1\n"_s.arg(i), path))
                qFatal("cannot write a PDF");
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                qFatal("cannot read a PDF back");
            written << f.readAll();
            bytes += written.last().size();
            continue;
        }
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write the folder");
        bytes += f.write(written[i % kWritten] + "% copy " + QByteArray::number(i) + '\n');
    }
    return bytes;
}

double peakRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

double storeMb(const QString &folder)
{
    qint64 bytes = 0;
    QDirIterator it(folder + u"/.imr-workbench"_s, QDir::Files);
    while (it.hasNext())
        bytes += QFileInfo(it.next()).size();
    return bytes / 1048576.0;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, qsizetype(p * double(v.size())))];
}

template<typename F>
double msOf(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return t.nsecsElapsed() / 1e6;
}

std::shared_ptr<imr::pdf::PdfLetterFormat> pdfFormat()
{
    return std::make_shared<imr::pdf::PdfLetterFormat>(QStringLiteral(IMR_BINARY), QStringList{u"--pdf-worker"_s});
}

// The folder's size in bytes: made now, or read from beside a kept folder
// made by an earlier run.
qint64 prepareFolder(const QString &folder, int letters, bool pdf, bool kept)
{
    QFile size(folder + u".bytes"_s);
    if (kept && size.open(QIODevice::ReadOnly))
        return size.readAll().toLongLong();
    const qint64 bytes = pdf ? makePdfFolder(folder, letters) : makeFolder(folder, letters);
    if (kept && size.open(QIODevice::WriteOnly))
        size.write(QByteArray::number(bytes));
    return bytes;
}

void run(int letters, bool pdf, const QString &keptFolder)
{
    out << (pdf ? "pdf letters " : "letters ") << letters << Qt::endl;
    QTemporaryDir temporary;
    const QDir dir(keptFolder.isEmpty() ? temporary.path() : keptFolder);
    const qint64 bytes = prepareFolder(dir.path(), letters, pdf, !keptFolder.isEmpty());
    QList<double> stalls;
    QList<double> stallTimes; // when each tick came, to tell where the worst one was
    {
        imr::gui::MainWindow w;
        w.setPdfFormat(pdfFormat());
        w.resize(1280, 800);
        w.show();
        QElapsedTimer clock;
        QElapsedTimer tick;
        QTimer probe;
        probe.setInterval(10);
        QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
            stalls << std::max(0.0, tick.nsecsElapsed() / 1e6 - 10.0);
            stallTimes << clock.nsecsElapsed() / 1e9;
            tick.restart();
        });
        double listed = -1;
        QObject::connect(w.letterModel(), &QAbstractItemModel::modelReset, &w, [&] {
            if (listed < 0 && w.letterModel()->rowCount() == letters)
                listed = clock.nsecsElapsed() / 1e9;
        });
        QSignalSpy loaded(&w, &imr::gui::MainWindow::folderLoaded);
        clock.start();
        tick.start();
        probe.start();
        w.openFolder(dir.path());
        loaded.wait(3600 * 1000);
        probe.stop();
        figure("rows_listed_s", listed, "s");
        figure("fully_loaded_s", clock.nsecsElapsed() / 1e9, "s");
        if (pdf)
            figure("pdf_letters_per_s", letters / (clock.nsecsElapsed() / 1e9), "letters/s");
        const auto worst = std::max_element(stalls.begin(), stalls.end());
        figure("max_stall_ms", stalls.isEmpty() ? 0 : *worst, "ms");
        // Seconds after opening; with fully_loaded_s, tells start, middle or end.
        figure("max_stall_at_s", stalls.isEmpty() ? 0 : stallTimes.at(worst - stalls.begin()), "s");
        figure("p99_stall_ms", percentile(stalls, 0.99), "ms");
    }
    imr::gui::MainWindow w;
    w.setPdfFormat(pdfFormat());
    w.resize(1280, 800);
    w.show();
    QSignalSpy loaded(&w, &imr::gui::MainWindow::folderLoaded);
    QElapsedTimer clock;
    clock.start();
    w.openFolder(dir.path());
    loaded.wait(3600 * 1000);
    figure("reopen_s", clock.nsecsElapsed() / 1e9, "s");

    QList<double> switches;
    for (int i = 0; i < 60; ++i) {
        const int row = int((qint64(i) * 7919) % letters);
        switches << msOf([&] {
            w.selectLetter(row);
            QCoreApplication::processEvents();
        });
    }
    figure("letter_switch_p95_ms", percentile(switches, 0.95), "ms");
    auto *decision = w.findChild<QComboBox *>(u"decisionFilter"_s);
    figure("filter_ms", msOf([&] {
               decision->setCurrentIndex(2);
               QCoreApplication::processEvents();
           }),
           "ms");
    decision->setCurrentIndex(0);
    auto *search = w.findChild<QLineEdit *>(u"searchEdit"_s);
    search->setText(u"lumbar"_s);
    // The search waits for typing to pause; time the search itself.
    // Enter searches at once (typing waits for a pause first).
    figure("search_ms", msOf([&] { QTest::keyClick(search, Qt::Key_Return); }), "ms");
    out << "search_matches " << w.filterModel()->rowCount() << " letters" << Qt::endl;
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    auto *tabs = w.findChild<QTabWidget *>(u"tabs"_s);
    figure("charts_ms", msOf([&] {
               tabs->setCurrentIndex(1);
               QTest::qWait(0);
               QCoreApplication::processEvents();
           }),
           "ms");
    tabs->setCurrentIndex(0);
    // A kept folder (--folder) keeps its reviews: Enter is timed on a letter
    // that no run has confirmed yet, where each press confirms a field and
    // moves on, not on one whose fields are all confirmed.
    int confirmRow = 1;
    const auto *listed = w.filterModel();
    for (int r = 0; r < listed->rowCount(); ++r) {
        const QModelIndex at = listed->index(r, 0);
        if (at.data(imr::gui::LetterListModel::StatusRole).toInt() == int(imr::LetterStatus::Unreviewed)) {
            confirmRow = listed->mapToSource(at).row();
            break;
        }
    }
    out << "confirm_letter_row " << confirmRow << " row" << Qt::endl;
    w.selectLetter(confirmRow);
    QCoreApplication::processEvents();
    QTreeView *panel = w.findChild<imr::gui::ReviewPanel *>()->view();
    panel->setFocus();
    QList<double> confirms;
    for (int i = 0; i < 10 && panel; ++i) {
        confirms << msOf([&] {
            QTest::keyClick(panel, Qt::Key_Return);
            QCoreApplication::processEvents();
        });
    }
    figure("confirm_ms", percentile(confirms, 0.5), "ms");
    figure("peak_rss_mb", peakRssMb(), "MB");
    figure("store_mb", storeMb(dir.path()), "MB");
    figure("store_share_percent", 100.0 * storeMb(dir.path()) * 1048576.0 / double(bytes), "%");
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(u"--letters"_s);
    const QList<int> sizes = at >= 0 ? QList<int>{args.value(at + 1).toInt()} : QList<int>{10000, 100000};
    const qsizetype folderAt = args.indexOf(u"--folder"_s);
    const QString kept = folderAt >= 0 ? QDir(args.value(folderAt + 1)).absolutePath() : QString();
    if (!kept.isEmpty() && sizes.size() != 1)
        qFatal("--folder keeps one folder: give --letters N too");
    for (int letters : sizes)
        run(letters, args.contains(u"--pdf"_s), kept);
    return 0;
}
