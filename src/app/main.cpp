// imr-workbench: the window, or a headless job (--export-csv).

#include "app/appsettings.h"
#include "app/colorscheme.h"
#include "app/mainwindow.h"
#include "charts/reportjob.h"
#include "export/exportjob.h"
#include "store/postgresreviewstore.h"
#include "store/storeaddress.h"
#include "extraction/taxonomyfile.h"
#include "pdfletterformat.h"
#include "platform/programcommand.h"
#include "pdfworkerserver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
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
    QString exportJson;
    QString report;
    QString taxonomy;
    QString store;
    QString initStore;
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
    const QCommandLineOption exportJson(u"export-json"_s,
        QCoreApplication::translate("main", "Write every field of FOLDER with its provenance to FILE as JSON Lines without a window and exit."), u"FILE"_s);
    const QCommandLineOption report(u"report"_s,
        QCoreApplication::translate("main", "Write the charts report of FOLDER to FILE.pdf without a window and exit."), u"FILE"_s);
    const QCommandLineOption taxonomy(u"taxonomy"_s,
        QCoreApplication::translate("main", "Try the treatment-category rules of FILE before the built-in ones (default: the file set in Preferences)."), u"FILE"_s);
    const QCommandLineOption store(u"store"_s,
        QCoreApplication::translate("main", "Review in the team store at URL (postgresql://user@host:port/database) "
                                            "instead of the folder's own. The password comes from PGPASSWORD or ~/.pgpass."),
        u"URL"_s);
    const QCommandLineOption initStore(u"init-store"_s,
        QCoreApplication::translate("main", "Create or upgrade the team store at URL and exit (run by its owner)."), u"URL"_s);
    parser.addOptions({screenshot, exportCsv, exportJson, report, taxonomy, store, initStore});
    parser.addPositionalArgument(u"folder"_s, QCoreApplication::translate("main", "Folder of letters to open."), u"[FOLDER]"_s);
    parser.process(app);
    return {parser.positionalArguments().value(0), parser.value(screenshot), parser.value(exportCsv),
            parser.value(exportJson), parser.value(report), parser.value(taxonomy), parser.value(store),
            parser.value(initStore)};
}

// PDFs are parsed in helper copies of this program, so a PDF that hangs
// the parser is killed after a timeout instead of stalling the folder.
// They are started the way this process was (through a loader, perhaps).
std::shared_ptr<imr::pdf::PdfLetterFormat> pdfFormat()
{
    const imr::ProgramCommand self = imr::ProgramCommand::current();
    return std::make_shared<imr::pdf::PdfLetterFormat>(self.program(),
                                                       self.prefixArguments() + QStringList{u"--pdf-worker"_s});
}

bool hasOption(int argc, char **argv, const char *option)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], option, std::strlen(option)) == 0)
            return true;
    }
    return false;
}

// The analyst's taxonomy, before any letter is read. An invalid file is
// reported and the built-in taxonomy used.
QString installTaxonomy(const Options &options)
{
    return imr::TaxonomyFile::install(options.taxonomy.isEmpty() ? imr::TaxonomyFile::configuredPath()
                                                                 : options.taxonomy);
}

int initStore(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    installTranslations(app);
    const Options options = parse(app);
    QTextStream err(stderr);
    const auto address = imr::StoreAddress::parse(options.initStore);
    if (!address) {
        err << u"imr-workbench: "_s << address.error() << Qt::endl;
        return 2;
    }
    const auto version = imr::PostgresReviewStore::initialize(address.value());
    if (!version) {
        err << u"imr-workbench: "_s << version.error() << Qt::endl;
        return 1;
    }
    err << QCoreApplication::translate("main", "The team store %1 is ready (schema %2). Grant analysts the role "
                                               "imr_reviewer, and leads imr_lead.")
               .arg(address->displayName())
               .arg(version.value())
        << Qt::endl;
    return 0;
}

int runHeadless(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    installTranslations(app);
    const Options options = parse(app);
    QTextStream err(stderr);
    if (const QString problem = installTaxonomy(options); !problem.isEmpty())
        err << u"imr-workbench: "_s << problem << Qt::endl;
    const bool json = options.exportCsv.isEmpty();
    if (options.folder.isEmpty()) {
        err << QCoreApplication::translate("main", "imr-workbench: %1 needs a FOLDER.")
                   .arg(json ? u"--export-json"_s : u"--export-csv"_s)
            << Qt::endl;
        return 2;
    }
    if (!options.exportCsv.isEmpty() && !options.exportJson.isEmpty()) {
        const int csv = imr::ExportJob::run(options.folder, options.exportCsv, imr::ExportFormat::ReviewedCsv, err,
                                            {pdfFormat()}, options.store);
        return csv != 0 ? csv
                        : imr::ExportJob::run(options.folder, options.exportJson, imr::ExportFormat::ProvenanceJson, err,
                                              {pdfFormat()}, options.store);
    }
    return imr::ExportJob::run(options.folder, json ? options.exportJson : options.exportCsv,
                               json ? imr::ExportFormat::ProvenanceJson : imr::ExportFormat::ReviewedCsv, err,
                               {pdfFormat()}, options.store);
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

// Started through the build root's loader (tools/workbench), Qt would also
// search the host's own plugin folder, compiled into QtCore, and could load
// a host plugin built for another Qt (a platform theme, an input method).
// Only the folders the launcher names are searched then.
void keepToLauncherPlugins()
{
    const QString named = qEnvironmentVariable("QT_PLUGIN_PATH");
    if (!named.isEmpty() && imr::ProgramCommand::current().startedByLoader())
        QCoreApplication::setLibraryPaths(named.split(u':', Qt::SkipEmptyParts));
}

} // namespace

int main(int argc, char **argv)
{
    keepToLauncherPlugins();
    if (hasOption(argc, argv, "--pdf-worker")) {
        QCoreApplication app(argc, argv);
        return imr::pdf::PdfWorkerServer::serve();
    }
    if (hasOption(argc, argv, "--init-store"))
        return initStore(argc, argv);
    if (hasOption(argc, argv, "--export-csv") || hasOption(argc, argv, "--export-json"))
        return runHeadless(argc, argv);
    // --version and --help answer without a display (the parser exits).
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"--version", "-v", "--help", "-h", "--help-all"}) {
            if (std::strcmp(argv[i], option) == 0) {
                QCoreApplication app(argc, argv);
                setIdentity();
                installTranslations(app);
                parse(app);
                return 0;
            }
        }
    }
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
    imr::gui::ColorScheme::applySaved();
    const Options options = parse(app);
    const QString taxonomyProblem = installTaxonomy(options);
    if (report) {
        QTextStream err(stderr);
        if (!taxonomyProblem.isEmpty())
            err << u"imr-workbench: "_s << taxonomyProblem << Qt::endl;
        if (options.folder.isEmpty()) {
            err << QCoreApplication::translate("main", "imr-workbench: --report needs a FOLDER.") << Qt::endl;
            return 2;
        }
        return imr::gui::ReportJob::run(options.folder, options.report, err, pdfFormat(), options.store);
    }

    imr::gui::MainWindow window;
    window.setPdfFormat(pdfFormat());
    if (!options.store.isEmpty())
        window.setTeamStore(options.store);
    window.resize(1280, 800);
    window.show();
    if (!taxonomyProblem.isEmpty())
        window.warn(QCoreApplication::translate("main", "Taxonomy File"), taxonomyProblem);
    if (!options.screenshot.isEmpty()) {
        // Runs from app.exec() below: it captures nothing of this block.
        QObject::connect(&window, &imr::gui::MainWindow::folderLoaded, &app, [&window, &options] {
            window.selectLetter(0);
            QCoreApplication::exit(takeScreenshot(window, options.screenshot));
        });
    }
    // The folder given, else the one open last time, else the empty state.
    const QString last = imr::gui::AppSettings::lastFolder();
    if (!options.folder.isEmpty())
        window.openFolder(options.folder);
    else if (!options.screenshot.isEmpty())
        return takeScreenshot(window, options.screenshot);
    else if (!last.isEmpty() && QFileInfo(last).isDir())
        window.openFolder(last);
    return app.exec();
}
