// imr-workbench: the window, or a headless job (--export-csv).

#include "app/mainwindow.h"
#include "charts/reportjob.h"
#include "export/csvexportjob.h"
#include "pdfletterformat.h"
#include "pdfworkerclient.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(u"IMR Workbench"_s);
    QCoreApplication::setApplicationName(u"imr-workbench"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(IMR_VERSION));
}

void installTranslations(QCoreApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), u"imr-workbench"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
}

struct Options
{
    QString folder;
    QString screenshot;
    QString exportCsv;
    QString report;
};

Options parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Review California IMR determination letters."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(u"screenshot"_s,
        QCoreApplication::translate("main", "Render the window with FOLDER loaded to FILE.png and exit."), u"FILE"_s);
    const QCommandLineOption exportCsv(u"export-csv"_s,
        QCoreApplication::translate("main", "Write the reviewed CSV of FOLDER to FILE without a window and exit."), u"FILE"_s);
    const QCommandLineOption report(u"report"_s,
        QCoreApplication::translate("main", "Write the charts report of FOLDER to FILE.pdf without a window and exit."), u"FILE"_s);
    parser.addOptions({screenshot, exportCsv, report});
    parser.addPositionalArgument(u"folder"_s, QCoreApplication::translate("main", "Folder of letters to open."), u"[FOLDER]"_s);
    parser.process(app);
    return {parser.positionalArguments().value(0), parser.value(screenshot), parser.value(exportCsv), parser.value(report)};
}

// PDFs are parsed in helper copies of this program, so a PDF that hangs
// the parser is killed after a timeout instead of stalling the folder.
std::shared_ptr<imr::pdf::PdfLetterFormat> pdfFormat()
{
    return std::make_shared<imr::pdf::PdfLetterFormat>(QCoreApplication::applicationFilePath(),
                                                       QStringList{u"--pdf-worker"_s});
}

bool hasOption(int argc, char **argv, const char *option)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], option, std::strlen(option)) == 0)
            return true;
    }
    return false;
}

int runHeadless(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    installTranslations(app);
    const Options options = parse(app);
    QTextStream err(stderr);
    if (options.folder.isEmpty()) {
        err << QCoreApplication::translate("main", "imr-workbench: --export-csv needs a FOLDER.") << Qt::endl;
        return 2;
    }
    return imr::CsvExportJob::run(options.folder, options.exportCsv, err, {pdfFormat()});
}

int takeScreenshot(imr::gui::MainWindow &window, const QString &path)
{
    QTextStream err(stderr);
    // Let layouts settle (status bar labels, the first letter) before the grab.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    if (!window.grab().save(path, "PNG")) {
        err << QCoreApplication::translate("main", "imr-workbench: cannot write %1").arg(path) << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (hasOption(argc, argv, "--pdf-worker")) {
        QCoreApplication app(argc, argv);
        return imr::pdf::PdfWorkerClient::serve();
    }
    if (hasOption(argc, argv, "--export-csv"))
        return runHeadless(argc, argv);
    // The report draws charts (widgets), but needs no screen.
    const bool report = hasOption(argc, argv, "--report");
    if (report && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setDesktopFileName(u"org.imrworkbench.IMRWorkbench"_s);
    QApplication::setWindowIcon(QIcon(u":/imr/icons/imr-workbench.svg"_s));
    installTranslations(app);
    const Options options = parse(app);
    if (report) {
        QTextStream err(stderr);
        if (options.folder.isEmpty()) {
            err << QCoreApplication::translate("main", "imr-workbench: --report needs a FOLDER.") << Qt::endl;
            return 2;
        }
        return imr::gui::ReportJob::run(options.folder, options.report, err, pdfFormat());
    }

    imr::gui::MainWindow window;
    window.setPdfFormat(pdfFormat());
    window.resize(1280, 800);
    window.show();
    if (!options.screenshot.isEmpty()) {
        int status = 0;
        QObject::connect(&window, &imr::gui::MainWindow::folderLoaded, &app, [&] {
            window.selectLetter(0);
            status = takeScreenshot(window, options.screenshot);
            QCoreApplication::exit(status);
        });
    }
    if (!options.folder.isEmpty())
        window.openFolder(options.folder);
    else if (!options.screenshot.isEmpty())
        return takeScreenshot(window, options.screenshot);
    return app.exec();
}
