// imr-workbench: the window, or a headless job (--export-csv).

#include "app/appsettings.h"
#include "app/colorscheme.h"
#include "app/mainwindow.h"
#include "charts/reportjob.h"
#include "export/exportjob.h"
#include "export/summaryjob.h"
#include "store/postgresreviewstore.h"
#include "store/storeaddress.h"
#include "extraction/customfields.h"
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
    QString exportSummary;
    bool deidentify = false;
    int minGroupSize = imr::SummaryOptions{}.minGroupSize;
    QString badMinGroupSize; // the text given, when it is not a count
    QString compareWith;
    QStringList compareSources;
    QString badCompareSources; // the text given, when it is not two sources
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
    const QCommandLineOption exportSummary(u"export-summary"_s,
        QCoreApplication::translate("main", "Write the summary tables of FOLDER (rates with n and 95% intervals, the "
                                            "standard DWC/CWCI tables) to FILE as CSV without a window and exit."),
        u"FILE"_s);
    const QCommandLineOption deidentify(u"deidentify"_s,
        QCoreApplication::translate("main", "With --export-csv: de-identify the export (HIPAA Safe Harbor): "
                                            "pseudonymous case numbers, years only, ages over 89 as 90+, free text scrubbed."));
    const QCommandLineOption minGroupSize(u"min-group-size"_s,
        QCoreApplication::translate("main", "With --export-summary: flag groups of fewer than N items as small "
                                            "(default %1).").arg(imr::SummaryOptions{}.minGroupSize),
        u"N"_s);
    const QCommandLineOption compareWith(u"compare-with"_s,
        QCoreApplication::translate("main", "With --report or --export-summary: set FOLDER's overturn rates beside "
                                            "these, category by category, with a test of each difference."),
        u"FOLDER"_s);
    const QCommandLineOption compareSources(u"compare-sources"_s,
        QCoreApplication::translate("main", "With --report or --export-summary: set the overturn rates of items citing "
                                            "guideline source A (and not B) beside those citing B (and not A), for "
                                            "example ODG,MTUS."),
        u"A,B"_s);
    parser.addOptions({screenshot, exportCsv, exportJson, report, taxonomy, store, initStore, exportSummary, deidentify,
                       minGroupSize, compareWith, compareSources});
    parser.addPositionalArgument(u"folder"_s, QCoreApplication::translate("main", "Folder of letters to open."), u"[FOLDER]"_s);
    parser.process(app);
    Options o;
    o.folder = parser.positionalArguments().value(0);
    o.screenshot = parser.value(screenshot);
    o.exportCsv = parser.value(exportCsv);
    o.exportJson = parser.value(exportJson);
    o.report = parser.value(report);
    o.taxonomy = parser.value(taxonomy);
    o.store = parser.value(store);
    o.initStore = parser.value(initStore);
    o.exportSummary = parser.value(exportSummary);
    o.deidentify = parser.isSet(deidentify);
    if (parser.isSet(minGroupSize)) {
        bool ok = false;
        o.minGroupSize = parser.value(minGroupSize).toInt(&ok);
        if (!ok || o.minGroupSize < 1)
            o.badMinGroupSize = parser.value(minGroupSize);
    }
    o.compareWith = parser.value(compareWith);
    if (parser.isSet(compareSources)) {
        QStringList sources = parser.value(compareSources).split(u',');
        for (QString &source : sources)
            source = source.trimmed();
        if (sources.size() == 2 && !sources[0].isEmpty() && !sources[1].isEmpty() && sources[0] != sources[1]
            && o.compareWith.isEmpty())
            o.compareSources = sources;
        else
            o.badCompareSources = parser.value(compareSources);
    }
    return o;
}

// The options of the summary and the report that were given but cannot be
// used: 2 (a usage error), said on err; else 0.
int refuseBadSummaryOptions(const Options &options, QTextStream &err)
{
    if (!options.badMinGroupSize.isEmpty()) {
        err << QCoreApplication::translate("main", "imr-workbench: --min-group-size needs a count of 1 or more, not %1.")
                   .arg(options.badMinGroupSize)
            << Qt::endl;
        return 2;
    }
    if (!options.badCompareSources.isEmpty()) {
        err << QCoreApplication::translate("main", "imr-workbench: --compare-sources needs two different guideline "
                                                   "sources, as in ODG,MTUS, and no --compare-with; not %1.")
                   .arg(options.badCompareSources)
            << Qt::endl;
        return 2;
    }
    return 0;
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

// The folder's analyst fields, before any letter of it is read. A file that
// cannot be read stops the job: an export without them would look complete.
bool installCustomFields(const QString &folder, QTextStream &err)
{
    const auto fields = imr::CustomFields::load(folder);
    if (!fields) {
        err << u"imr-workbench: "_s << fields.error() << Qt::endl;
        return false;
    }
    imr::CustomFields::install(std::make_shared<const imr::CustomFields>(fields.value()));
    return true;
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
    const QString firstOption = !options.exportCsv.isEmpty()  ? u"--export-csv"_s
                              : !options.exportJson.isEmpty() ? u"--export-json"_s
                                                              : u"--export-summary"_s;
    if (options.folder.isEmpty()) {
        err << QCoreApplication::translate("main", "imr-workbench: %1 needs a FOLDER.").arg(firstOption) << Qt::endl;
        return 2;
    }
    if (!installCustomFields(options.folder, err))
        return 1;
    // The provenance JSON quotes the letters: asked for with --deidentify,
    // it would look de-identified and not be.
    if (options.deidentify && (options.exportCsv.isEmpty() || !options.exportJson.isEmpty())) {
        err << QCoreApplication::translate("main", "imr-workbench: --deidentify applies to --export-csv only (the JSON export quotes the letters).")
            << Qt::endl;
        return 2;
    }
    if (const int code = refuseBadSummaryOptions(options, err))
        return code;
    // Each export asked for, in turn; the first failure ends the run.
    if (!options.exportCsv.isEmpty()) {
        if (const int code = imr::ExportJob::run(options.folder, options.exportCsv, imr::ExportFormat::ReviewedCsv, err,
                                                 {pdfFormat()}, options.store, options.deidentify))
            return code;
    }
    if (!options.exportJson.isEmpty()) {
        if (const int code = imr::ExportJob::run(options.folder, options.exportJson, imr::ExportFormat::ProvenanceJson,
                                                 err, {pdfFormat()}, options.store))
            return code;
    }
    if (!options.exportSummary.isEmpty())
        return imr::SummaryJob::run(options.folder, options.exportSummary, err, {pdfFormat()}, options.store,
                                    imr::SummaryOptions{options.minGroupSize, options.compareSources}, options.compareWith);
    return 0;
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
    if (hasOption(argc, argv, "--export-csv") || hasOption(argc, argv, "--export-json")
        || hasOption(argc, argv, "--export-summary"))
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
        if (const int code = refuseBadSummaryOptions(options, err))
            return code;
        if (!installCustomFields(options.folder, err))
            return 1;
        return imr::gui::ReportJob::run(options.folder, options.report, err, pdfFormat(), options.store,
                                        imr::SummaryOptions{options.minGroupSize, options.compareSources}, options.compareWith);
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
