#include "app/appsettings.h"
#include "app/colorscheme.h"
#include "app/emptystate.h"
#include "app/exportdialog.h"
#include "export/reviewedcsvwriter.h"
#include "charts/chartspage.h"
#include "store/sqlitereviewstore.h"
#include "app/mainwindow.h"
#include "review/reviewcontroller.h"
#include "app/preferencesdialog.h"
#include "extraction/paragraphreflow.h"
#include "extraction/taxonomyfile.h"
#include "extraction/treatmenttaxonomy.h"
#include "document/documentview.h"
#include "letters/letterfiltermodel.h"
#include "letters/letterlistmodel.h"
#include "windowopener.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QScopeGuard>
#include <QThreadPool>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;
using imr::gui::LetterListModel;
using imr::gui::MainWindow;

namespace {

// a.txt, and b.txt: the same case decided two weeks later (an amended letter).
bool writeAmendedCase(const QString &folder)
{
    const QString first = QStringLiteral(IMR_TEST_DATA "/letters/default-layout.txt");
    QFile source(first);
    if (!QFile::copy(first, folder + u"/a.txt"_s) || !source.open(QIODevice::ReadOnly))
        return false;
    QByteArray amended = source.readAll();
    if (!amended.contains("12/07/2016"))
        return false;
    amended.replace("12/07/2016", "12/21/2016");
    QFile b(folder + u"/b.txt"_s);
    return b.open(QIODevice::WriteOnly) && b.write(amended) == amended.size();
}

QString kExamples;

// A copy: opening a folder creates its review store, and the repository's
// examples must stay as they are.
QString examplesCopy()
{
    static QTemporaryDir dir;
    static bool copied = false;
    if (!copied) {
        for (const QFileInfo &fi : QDir(QStringLiteral(IMR_EXAMPLES)).entryInfoList({u"*.txt"_s}, QDir::Files))
            QFile::copy(fi.filePath(), dir.filePath(fi.fileName()));
        copied = true;
    }
    return dir.path();
}

QStringList lettersOnDisk(const QString &folder)
{
    QStringList names;
    QDirIterator it(folder, {u"*.txt"_s, u"*.pdf"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        names << QDir(folder).relativeFilePath(it.next());
    names.sort(Qt::CaseInsensitive);
    return names;
}

bool openAndWait(MainWindow &w, const QString &folder)
{
    QSignalSpy loaded(&w, &MainWindow::folderLoaded);
    w.openFolder(folder);
    return loaded.wait(60000);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listsEveryLetterOfTheFolder();
    void showsTheSelectedLetter();
    void colorSchemeMenu();
    void textLayouts_data();
    void textLayouts();
    void badFilesAreErrorRows();
    void rememberLastFolder();
    void openFolderShortcut();
    void screenshotIsNotBlank();
    void answersKeysWhileAYearLoads();
    void emptyStateUntilAFolderIsOpen();
    void everyInformationWidgetIsNamed();
    void recentFolders();
    void storeOpensInTheBackground();
    void aboutNamesVersionAndLicences();
    void taxonomyFileInPreferences_data();
    void taxonomyFileInPreferences();
    void duplicateCasesCountOnce();
    void duplicateNoticeFollowsTheFolderFind();
    void exportDialogOffersDeidentification_data();
    void exportDialogOffersDeidentification();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    kExamples = examplesCopy();
}

void TestMainWindow::listsEveryLetterOfTheFolder()
{
    MainWindow w;
    QAbstractItemModelTester tester(w.letterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(openAndWait(w, kExamples));
    const QStringList expected = lettersOnDisk(kExamples);
    QVERIFY(expected.size() >= 10);
    QCOMPARE(w.letterModel()->rowCount(), expected.size());
    // The status bar counts the letters by status.
    QStringList statusTexts;
    for (const QLabel *label : w.statusBar()->findChildren<QLabel *>())
        statusTexts << label->text();
    QVERIFY2(statusTexts.contains(u"%1 letter(s) · %1 unreviewed"_s.arg(expected.size())), qPrintable(statusTexts.join(u'|')));
    for (int row = 0; row < expected.size(); ++row) {
        QCOMPARE(w.letterModel()->index(row, LetterListModel::NameColumn).data().toString(), expected[row]);
        QCOMPARE(w.letterModel()->index(row, LetterListModel::StatusColumn).data().toString(), u"unreviewed"_s);
    }
}

void TestMainWindow::showsTheSelectedLetter()
{
    MainWindow w;
    w.show();
    QVERIFY(openAndWait(w, kExamples));
    QCOMPARE(w.currentLetter(), 0);
    w.selectLetter(2);
    auto *view = w.findChild<imr::gui::DocumentView *>();
    QVERIFY(view);
    const imr::Letter &letter = w.letterAt(2);
    // Reading layout by default: paragraphs reflowed, nothing moved.
    QCOMPARE(view->textLayout(), imr::gui::DocumentView::TextLayout::Reading);
    QCOMPARE(view->toPlainText(), imr::ParagraphReflow::reflow(letter.text));
    QVERIFY(view->toPlainText().contains(letter.record.field(imr::FieldId::CaseNumber).value));
    QVERIFY(view->isReadOnly());
}

void TestMainWindow::colorSchemeMenu()
{
    const QPalette system = QApplication::palette();
    {
        MainWindow w;
        auto *dark = w.findChild<QAction *>(u"actionColorSchemedark"_s);
        auto *light = w.findChild<QAction *>(u"actionColorSchemelight"_s);
        QVERIFY(dark && light);
        dark->trigger();
        QVERIFY(QApplication::palette().color(QPalette::Base).lightness() < 128);
        light->trigger();
        QVERIFY(QApplication::palette().color(QPalette::Base).lightness() > 128);
        dark->trigger();
    }
    // Remembered: the next start is dark, and its menu says so.
    QCOMPARE(imr::gui::ColorScheme::saved(), imr::gui::ColorScheme::Scheme::Dark);
    imr::gui::ColorScheme::applySaved();
    QVERIFY(QApplication::palette().color(QPalette::Base).lightness() < 128);
    MainWindow again;
    QVERIFY(again.findChild<QAction *>(u"actionColorSchemedark"_s)->isChecked());
    again.findChild<QAction *>(u"actionColorSchemesystem"_s)->trigger();
    QCOMPARE(QApplication::palette().color(QPalette::Base), system.color(QPalette::Base));
}

void TestMainWindow::textLayouts_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("layout");
    QTest::addColumn<int>("wrap");
    using Layout = imr::gui::DocumentView::TextLayout;
    QTest::newRow("as extracted") << u"actionTextLayoutAsExtracted"_s << int(Layout::AsExtracted)
                                  << int(QPlainTextEdit::WidgetWidth);
    QTest::newRow("no wrap") << u"actionTextLayoutNoWrap"_s << int(Layout::NoWrap) << int(QPlainTextEdit::NoWrap);
    QTest::newRow("reading") << u"actionTextLayoutReading"_s << int(Layout::Reading)
                             << int(QPlainTextEdit::WidgetWidth);
}

void TestMainWindow::textLayouts()
{
    QFETCH(QString, action);
    QFETCH(int, layout);
    QFETCH(int, wrap);
    using Layout = imr::gui::DocumentView::TextLayout;
    {
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(openAndWait(w, kExamples));
        w.selectLetter(1);
        auto *view = w.findChild<imr::gui::DocumentView *>();
        auto *trigger = w.findChild<QAction *>(action);
        QVERIFY(view && trigger);
        trigger->trigger();
        QVERIFY(trigger->isChecked());
        QCOMPARE(int(view->textLayout()), layout);
        QCOMPARE(int(view->lineWrapMode()), wrap);
        const imr::Letter &letter = w.letterAt(1);
        const QString shown = view->toPlainText();
        QCOMPARE(shown, Layout(layout) == Layout::Reading ? imr::ParagraphReflow::reflow(letter.text) : letter.text);
        if (Layout(layout) == Layout::Reading)
            QVERIFY(shown.count(u'\n') < letter.text.count(u'\n'));
        // Every extracted span still covers its value in the layout shown.
        for (const imr::FieldId id : {imr::FieldId::CaseNumber, imr::FieldId::DateOfInjury, imr::FieldId::PatientAge}) {
            const imr::FieldValue &field = letter.record.field(id);
            QVERIFY(!field.spans.isEmpty());
            const imr::TextSpan span = field.spans.first();
            QCOMPARE(shown.mid(span.start, span.length), letter.text.mid(span.start, span.length));
            QCOMPARE(view->fieldAt(span.start + span.length / 2).has_value(), true);
        }
    }
    // The choice is remembered.
    MainWindow again;
    QCOMPARE(int(again.findChild<imr::gui::DocumentView *>()->textLayout()), layout);
    QVERIFY(again.findChild<QAction *>(action)->isChecked());
}

void TestMainWindow::badFilesAreErrorRows()
{
    QTemporaryDir dir;
    QFile::copy(kExamples + u"/CM16-0900101.txt"_s, dir.filePath(u"good.txt"_s));
    QFile bad(dir.filePath(u"bad.txt"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(QByteArray("\0\1\2", 3));
    bad.close();
    MainWindow w;
    QVERIFY(openAndWait(w, dir.path()));
    QCOMPARE(w.letterModel()->rowCount(), 2);
    QCOMPARE(w.letterModel()->index(0, LetterListModel::StatusColumn).data().toString(), u"error"_s);
    QVERIFY(w.letterModel()->index(0, 0).data(Qt::ToolTipRole).toString().contains(u"binary"_s));
    QCOMPARE(w.letterModel()->index(1, LetterListModel::StatusColumn).data().toString(), u"unreviewed"_s);
    QVERIFY(w.letterModel()->index(1, LetterListModel::StatusColumn).data(LetterListModel::StatusRole).toInt()
            == int(imr::LetterStatus::Unreviewed));
}

void TestMainWindow::rememberLastFolder()
{
    {
        MainWindow w;
        QVERIFY(openAndWait(w, kExamples));
    }
    QCOMPARE(QSettings().value(u"folders/last"_s).toString(), QDir(kExamples).absolutePath());
}

void TestMainWindow::openFolderShortcut()
{
    MainWindow w;
    const QList<QAction *> actions = w.findChildren<QAction *>();
    const auto it = std::find_if(actions.begin(), actions.end(),
                                 [](QAction *a) { return a->shortcut() == QKeySequence(u"Ctrl+O"_s); });
    QVERIFY(it != actions.end());
    QVERIFY((*it)->text().contains(u"Open Folder"_s));
}

void TestMainWindow::screenshotIsNotBlank()
{
    QTemporaryDir dir;
    const QString png = dir.filePath(u"shot.png"_s);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(IMR_BINARY), {u"--screenshot"_s, png, kExamples});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800 && image.height() >= 500);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    // A blank window has a handful of colours; highlighted text has many.
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
}

void TestMainWindow::answersKeysWhileAYearLoads()
{
    // 10,000 letters: copies of one example, each with its own case number.
    QTemporaryDir dir;
    QFile f(QDir(kExamples).filePath(lettersOnDisk(kExamples).first()));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    const int letters = 10000;
    for (int i = 0; i < letters; ++i) {
        QFile out(u"%1/l%2.txt"_s.arg(dir.path()).arg(i, 5, 10, QChar(u'0')));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text + "\nCopy " + QByteArray::number(i) + '\n');
    }
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QAbstractItemModelTester letterTester(w.letterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(w.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&w, &MainWindow::folderLoaded);
    w.openFolder(dir.path());
    QTRY_COMPARE_WITH_TIMEOUT(w.letterModel()->rowCount(), letters, 30000); // listed before they are read
    QTRY_VERIFY_WITH_TIMEOUT(w.letterModel()->isLoaded(0), 30000);
    QVERIFY2(w.isLoading(), "the folder loaded before the test could press a key");
    auto *view = w.findChild<QTreeView *>(u"letterView"_s);
    view->setFocus();
    w.selectLetter(0);
    // Posted, not sent: it is handled only if the event loop turns during the load.
    QCoreApplication::postEvent(view, new QKeyEvent(QEvent::KeyPress, Qt::Key_Down, Qt::NoModifier));
    QTRY_COMPARE_WITH_TIMEOUT(w.currentLetter(), 1, 5000); // a sanitizer build is slow; the load lasts longer
    QVERIFY(w.isLoading());
    QVERIFY(loaded.wait(120000));
    QCOMPARE(w.letterModel()->loadedCount(), letters);
    QCOMPARE(w.letterModel()->count(imr::LetterStatus::Unreviewed), letters);
}

void TestMainWindow::emptyStateUntilAFolderIsOpen()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *empty = w.findChild<imr::gui::EmptyState *>(u"emptyState"_s);
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QVERIFY(!w.findChild<QTreeView *>(u"letterView"_s)->isVisible());
    // Both ways in: a folder of one's own, and the samples (found in the build tree).
    QStringList buttons;
    for (const QPushButton *b : empty->findChildren<QPushButton *>()) {
        if (b->isVisible())
            buttons << b->text();
    }
    QVERIFY2(buttons.contains(u"&Open Folder…"_s), qPrintable(buttons.join(u'|')));
    QVERIFY(!imr::gui::AppSettings::sampleFolder().isEmpty());
    QVERIFY2(buttons.contains(u"Open the &Sample Letters"_s), qPrintable(buttons.join(u'|')));
    QVERIFY(openAndWait(w, kExamples));
    QVERIFY(!empty->isVisible());
    QVERIFY(w.findChild<QTreeView *>(u"letterView"_s)->isVisible());
}

void TestMainWindow::everyInformationWidgetIsNamed()
{
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(openAndWait(w, kExamples));
    const auto check = [&w] {
        QStringList missing;
        for (QWidget *widget : w.findChildren<QWidget *>()) {
            if (!widget->isVisible())
                continue;
            const bool holdsInformation = qobject_cast<QAbstractScrollArea *>(widget) || qobject_cast<QLineEdit *>(widget)
                                          || qobject_cast<QComboBox *>(widget) || qobject_cast<QProgressBar *>(widget)
                                          || qobject_cast<QTabWidget *>(widget) || qobject_cast<QAbstractSpinBox *>(widget);
            // Parts of another widget (a date edit's line edit) speak through it.
            QWidget *parent = widget->parentWidget();
            const bool part = parent && (qobject_cast<QAbstractSpinBox *>(parent) || qobject_cast<QComboBox *>(parent)
                                         || qobject_cast<QAbstractItemView *>(parent)); // a view's header
            if (!holdsInformation || part)
                continue;
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(widget);
            if (!a || a->text(QAccessible::Name).isEmpty())
                missing << QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
            else if (qobject_cast<QAbstractScrollArea *>(widget) && a->text(QAccessible::Description).isEmpty())
                missing << u"description of "_s + a->text(QAccessible::Name);
        }
        return missing;
    };
    QStringList missing = check();
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
    // The charts, once shown.
    auto *tabs = w.findChild<QTabWidget *>(u"tabs"_s);
    tabs->setCurrentIndex(1);
    QTRY_VERIFY(!w.findChildren<QChartView *>().isEmpty());
    for (QChartView *chart : w.findChildren<QChartView *>())
        QVERIFY(!QAccessible::queryAccessibleInterface(chart)->text(QAccessible::Name).isEmpty());
    missing = check();
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
}

// Creating a store syncs it to disk, and a team store is a server away:
// the window opens it off the GUI thread. Opened again before the first
// opening is done, the folder's store is not left locked by the opening
// nobody wants any more (the window would then call itself read-only).
void TestMainWindow::storeOpensInTheBackground()
{
    QTemporaryDir dir;
    QVERIFY(QFile::copy(QStringLiteral(IMR_TEST_DATA "/letters/default-layout.txt"), dir.filePath(u"a.txt"_s)));
    MainWindow w;
    QSignalSpy loaded(&w, &MainWindow::folderLoaded);
    w.openFolder(dir.path());
    QVERIFY(!w.reviewController()->store()); // not yet: openFolder() has not waited for it
    QVERIFY(w.isLoading());
    w.openFolder(dir.path());
    QVERIFY(loaded.wait(60000));
    QCOMPARE(loaded.size(), 1); // the first opening was dropped, not finished
    QVERIFY(w.reviewController()->store());
    QCOMPARE(w.storeError(), QString());
    QCOMPARE(w.reviewController()->store()->readOnlyReason(), QString());
    QVERIFY(!w.windowTitle().contains(u"read-only"_s));
    QCOMPARE(w.letterModel()->rowCount(), 1);
}

void TestMainWindow::recentFolders()
{
    imr::gui::AppSettings::clearRecentFolders();
    QTemporaryDir other;
    QVERIFY(QFile::copy(QStringLiteral(IMR_TEST_DATA "/letters/default-layout.txt"), other.filePath(u"a.txt"_s)));
    MainWindow w;
    QVERIFY(openAndWait(w, kExamples));
    QVERIFY(openAndWait(w, other.path()));
    QCOMPARE(imr::gui::AppSettings::recentFolders(),
             (QStringList{QDir(other.path()).absolutePath(), QDir(kExamples).absolutePath()}));
    auto *menu = w.findChild<QMenu *>(u"menuRecent"_s);
    QVERIFY(menu);
    emit menu->aboutToShow();
    const QList<QAction *> actions = menu->actions();
    QVERIFY(actions.size() >= 2);
    QCOMPARE(actions[0]->text(), QDir::toNativeSeparators(QDir(other.path()).absolutePath()));
    QSignalSpy loaded(&w, &MainWindow::folderLoaded);
    actions[1]->trigger(); // the folder before
    QVERIFY(loaded.wait(30000));
    QCOMPARE(w.folder(), QDir(kExamples).absolutePath());
}

void TestMainWindow::aboutNamesVersionAndLicences()
{
    MainWindow w;
    QString text;
    QTimer::singleShot(0, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            text = box->text();
            box->accept();
        }
    });
    const QList<QAction *> actions = w.findChildren<QAction *>();
    const auto about = std::find_if(actions.begin(), actions.end(), [](QAction *a) { return a->objectName() == u"actionAbout"_s; });
    QVERIFY(about != actions.end());
    (*about)->trigger();
    QVERIFY(text.contains(QCoreApplication::applicationVersion()));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(u"LGPL"_s));
    QVERIFY(text.contains(u"KSyntaxHighlighting"_s));
}

void TestMainWindow::taxonomyFileInPreferences_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("category"); // of the letter's first item after Preferences
    QTest::addColumn<QString>("warning");  // words of the message shown, empty: none
    QTest::newRow("analyst's rule") << QByteArray("{\"rules\":[{\"category\":\"Transportation\",\"patterns\":[\".\"]}]}")
                                    << u"Transportation"_s << QString();
    QTest::newRow("invalid file") << QByteArray("{\"rules\": [ nope") << u"Diagnostic Testing"_s << u"not valid"_s;
}

void TestMainWindow::taxonomyFileInPreferences()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, category);
    QFETCH(QString, warning);
    QTemporaryDir dir, config;
    QVERIFY(QFile::copy(QStringLiteral(IMR_TEST_DATA "/letters/default-layout.txt"), dir.filePath(u"a.txt"_s)));
    const QString rules = config.filePath(u"rules.json"_s);
    {
        QFile f(rules);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    MainWindow w;
    QVERIFY(openAndWait(w, dir.path()));
    QCOMPARE(w.letterAt(0).record.items.at(0).field(imr::FieldId::TreatmentCategory).value, u"Diagnostic Testing"_s);

    QString shown;
    QSignalSpy reloaded(&w, &MainWindow::folderLoaded);
    // The dialog and the message it may show are modal: answer them from the event loop.
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<imr::gui::PreferencesDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *path = dialog->findChild<QLineEdit *>(u"taxonomyFile"_s);
        QVERIFY(path);
        path->setText(rules);
        QTimer::singleShot(0, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        dialog->accept();
    });
    const QList<QAction *> actions = w.findChildren<QAction *>();
    const auto preferences = std::find_if(actions.begin(), actions.end(),
                                          [](QAction *a) { return a->objectName() == u"actionPreferences"_s; });
    QVERIFY(preferences != actions.end());
    (*preferences)->trigger();
    QCOMPARE(imr::TaxonomyFile::configuredPath(), rules);
    if (warning.isEmpty()) {
        QVERIFY2(shown.isEmpty(), qPrintable(shown));
        QVERIFY(reloaded.wait(30000)); // new rules: the folder is read again
    } else {
        QVERIFY2(shown.contains(warning) && shown.contains(u"built-in"_s), qPrintable(shown));
    }
    QTRY_COMPARE(w.letterAt(0).record.items.at(0).field(imr::FieldId::TreatmentCategory).value, category);
    imr::TaxonomyFile::setConfiguredPath(QString());
    QCOMPARE(imr::TaxonomyFile::install(imr::TaxonomyFile::configuredPath()), QString());
}

// Just after a load the folder's duplicates are being found: a letter shown
// then has its notice once they are, not found a second time by the switch.
void TestMainWindow::duplicateNoticeFollowsTheFolderFind()
{
    QTemporaryDir dir;
    QVERIFY(writeAmendedCase(dir.path()));
    MainWindow w;
    auto *count = w.findChild<QAction *>(u"actionCountThisFile"_s);
    auto *progress = w.findChild<QProgressBar *>();
    QVERIFY(count && progress);
    // The find is queued behind work holding every thread of the pool from
    // the moment the load is done (its progress bar goes) until released.
    QThreadPool *pool = QThreadPool::globalInstance();
    QSemaphore held;
    const auto release = qScopeGuard([&] {
        held.release(pool->maxThreadCount());
        pool->waitForDone();
    });
    class HoldPool : public QObject
    {
    public:
        HoldPool(QThreadPool *pool, QSemaphore *held)
            : m_pool(pool)
            , m_held(held)
        {
        }
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Hide && !m_holding) {
                m_holding = true;
                for (int i = 0; i < m_pool->maxThreadCount(); ++i)
                    m_pool->start([held = m_held] { held->acquire(); });
            }
            return false;
        }
    private:
        QThreadPool *m_pool;
        QSemaphore *m_held;
        bool m_holding = false;
    } hold(pool, &held);
    progress->installEventFilter(&hold);
    bool waited = false;
    // Straight from the signal, the find queued: the load showed a.txt
    // already; b.txt is shown now.
    connect(&w, &MainWindow::folderLoaded, &w, [&] {
        w.selectLetter(1);
        waited = !w.statusBar()->currentMessage().contains(u"this file counts"_s) && !count->isEnabled();
        held.release(pool->maxThreadCount());
    });
    QVERIFY(imr::test::showAndOpenFolder(w, dir.path()));
    QVERIFY(waited);
    QTRY_VERIFY2(w.statusBar()->currentMessage().contains(u"this file counts (latest decision)"_s),
                 qPrintable(w.statusBar()->currentMessage()));
    QVERIFY(!count->isEnabled());
    w.selectLetter(0); // a.txt, superseded by b.txt
    QVERIFY(w.statusBar()->currentMessage().contains(u"decided later"_s));
    QVERIFY(w.statusBar()->currentMessage().contains(u"b.txt"_s));
    QVERIFY(count->isEnabled());
}

// An amended letter (same case, later decision) and a second download of
// the first: the window says which file counts, the analyst can choose
// another, and the choice is kept in the store for the next session.
void TestMainWindow::duplicateCasesCountOnce()
{
    QTemporaryDir dir;
    QVERIFY(writeAmendedCase(dir.path()));
    QVERIFY(QFile::copy(dir.filePath(u"a.txt"_s), dir.filePath(u"c.txt"_s))); // the same bytes again
    {
        MainWindow w;
        QVERIFY(imr::test::showAndOpenFolder(w, dir.path()));
        auto *count = w.findChild<QAction *>(u"actionCountThisFile"_s);
        QVERIFY(count);
        w.selectLetter(0); // a.txt: superseded by the later decision in b.txt
        // The notice may follow the folder's find, started as the load ended.
        QTRY_VERIFY2(w.statusBar()->currentMessage().contains(u"b.txt counts instead (decided later)"_s),
                     qPrintable(w.statusBar()->currentMessage()));
        // One sentence for the status bar's one line: the case is named once.
        const QString caseNumber = w.letterAt(0).record.field(imr::FieldId::CaseNumber).value;
        QVERIFY(!caseNumber.isEmpty());
        QCOMPARE(w.statusBar()->currentMessage().count(caseNumber), 1);
        QVERIFY(count->isEnabled());
        w.selectLetter(1);
        QTRY_VERIFY2(w.statusBar()->currentMessage().contains(u"this file counts (latest decision)"_s),
                     qPrintable(w.statusBar()->currentMessage()));
        QVERIFY(!count->isEnabled());
        w.selectLetter(2); // c.txt: the same bytes as a.txt
        QTRY_VERIFY2(w.statusBar()->currentMessage().contains(u"Identical to a.txt"_s),
                     qPrintable(w.statusBar()->currentMessage()));
        auto *tabs = w.findChild<QTabWidget *>(u"tabs"_s);
        auto *charts = w.findChild<imr::gui::ChartsPage *>();
        QVERIFY(tabs && charts);
        tabs->setCurrentWidget(charts);
        QTRY_COMPARE(charts->summary().duplicatesLeftOut, 2);
        const int items = charts->summary().items;
        QVERIFY(charts->duplicates().counts(1));
        // The analyst counts a.txt instead.
        tabs->setCurrentIndex(0);
        w.selectLetter(0);
        count->trigger();
        QVERIFY(w.statusBar()->currentMessage().contains(u"this file counts (chosen)"_s));
        QVERIFY(charts->duplicates().counts(0));
        QVERIFY(!charts->duplicates().counts(1));
        QCOMPARE(charts->summary().items, items);
        // The reviewed CSV names, on each file that does not count, the
        // one that does: as the charts count, over the whole folder, even
        // when only the reviewed b.txt goes out.
        const auto exported = [&w](const QString &out, bool reviewedOnly) {
            QTimer::singleShot(0, &w, [out, reviewedOnly] {
                auto *dialog = qobject_cast<imr::gui::ExportDialog *>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                dialog->findChild<QLineEdit *>()->setText(out);
                if (reviewedOnly)
                    dialog->findChildren<QRadioButton *>().constLast()->setChecked(true);
                dialog->accept();
            });
            w.findChild<QAction *>(u"actionExportCsv"_s)->trigger();
            // file -> duplicate_of; paragraphs hold commas, the cells from
            // duplicate_of to the end do not here (no analyst fields).
            QMap<QString, QString> duplicateOf;
            QFile f(out);
            if (!f.open(QIODevice::ReadOnly))
                return duplicateOf;
            const QStringList lines = QString::fromUtf8(f.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
            const QStringList header = imr::ReviewedCsvWriter::header();
            const qsizetype fromEnd = header.indexOf(u"duplicate_of"_s) - header.size();
            for (const QString &line : lines.mid(1))
                duplicateOf.insert(line.section(u',', 0, 0), line.section(u',', fromEnd, fromEnd));
            return duplicateOf;
        };
        const QMap<QString, QString> all{{u"a.txt"_s, QString()}, {u"b.txt"_s, u"a.txt"_s}, {u"c.txt"_s, u"a.txt"_s}};
        // Written outside the folder: a file appearing in it would start a
        // rescan, and a window that is loading refuses the next export.
        QTemporaryDir exports;
        QCOMPARE(exported(exports.filePath(u"all.csv"_s), false), all);
        w.reviewController()->confirmAll(1);
        const QMap<QString, QString> reviewed{{u"b.txt"_s, u"a.txt"_s}};
        QCOMPARE(exported(exports.filePath(u"reviewed.csv"_s), true), reviewed);
        // View > Show Duplicate Cases lists the three.
        w.findChild<QAction *>(u"actionShowDuplicates"_s)->trigger();
        auto *filter = w.findChild<imr::gui::LetterFilterModel *>();
        QVERIFY(filter);
        QCOMPARE(filter->rowCount(), 3);
    }
    // Kept in the store: a new session counts a.txt too.
    {
        imr::SqliteReviewStore store;
        QCOMPARE(store.openForFolder(dir.path(), false, imr::SqliteReviewStore::Writers::None).error(), QString());
        const auto choices = store.caseChoices();
        QVERIFY(choices.ok());
        QCOMPARE(choices->size(), 1);
    }
    MainWindow again;
    QVERIFY(imr::test::showAndOpenFolder(again, dir.path()));
    again.selectLetter(0);
    QTRY_VERIFY2(again.statusBar()->currentMessage().contains(u"this file counts (chosen)"_s),
                 qPrintable(again.statusBar()->currentMessage()));
}

void TestMainWindow::exportDialogOffersDeidentification_data()
{
    QTest::addColumn<bool>("csv");
    QTest::newRow("reviewed CSV") << true;
    QTest::newRow("provenance JSON") << false;
}

// Only the reviewed CSV has a de-identified form; it is off until asked for.
void TestMainWindow::exportDialogOffersDeidentification()
{
    QFETCH(bool, csv);
    imr::gui::ExportDialog dialog(u"Export"_s, u"/tmp/out"_s, u"*"_s, nullptr, csv);
    auto *box = dialog.findChild<QCheckBox *>();
    QCOMPARE(box != nullptr, csv);
    QVERIFY(!dialog.deidentify());
    if (box) {
        QVERIFY(box->text().contains(u"Safe Harbor"_s));
        box->setChecked(true);
        QVERIFY(dialog.deidentify());
        box->setChecked(false);
        QVERIFY(!dialog.deidentify());
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
