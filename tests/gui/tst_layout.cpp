// The main window laid out at 1280x800 and 1920x1080, in English and in
// Spanish: nothing a reviewer reads in the letter list or the side panel is
// cut, and the panel does not scroll sideways. Checked with the widgets' own
// geometry and font metrics.

#include "app/elidingstatusbar.h"
#include "app/mainwindow.h"
#include "letters/letterfiltermodel.h"
#include "letters/letterlistmodel.h"
#include "review/fieldtreemodel.h"
#include "review/reviewpanel.h"
#include "stats/duplicatecases.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTranslator>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

// What a view leaves a cell's text: the section less the cell's margins, a
// decoration when there is one, and the indentation of its level.
bool fits(const QTreeView *view, const QModelIndex &index, int indentLevel = 0)
{
    const QString text = index.data().toString();
    if (text.isEmpty())
        return true;
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    int room = view->header()->sectionSize(index.column()) - 2 * margin - indentLevel * view->indentation();
    if (index.data(Qt::DecorationRole).isValid())
        room -= view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view) + 2 * margin;
    const QFontMetrics fm(view->font());
    return fm.elidedText(text, Qt::ElideRight, room) == text;
}

bool headerFits(const QTreeView *view, int section)
{
    const QHeaderView *header = view->header();
    const QString text = view->model()->headerData(section, Qt::Horizontal).toString();
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const QFontMetrics fm(header->font());
    return fm.horizontalAdvance(text) + 2 * margin <= header->sectionSize(section);
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void nothingIsCut_data();
    void nothingIsCut();
    void arrangementIsRestored();
    void textHeavyViewsSkipShaping();

private:
    QTemporaryDir m_dir;
};

void TestLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(u"window"_s); // measured, not restored
    for (const QFileInfo &fi : QDir(QStringLiteral(IMR_EXAMPLES)).entryInfoList({u"*.txt"_s}, QDir::Files))
        QVERIFY(QFile::copy(fi.filePath(), m_dir.filePath(fi.fileName())));
}

void TestLayout::nothingIsCut_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("spanish");
    for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
        for (const bool spanish : {false, true})
            QTest::addRow("%dx%d %s", size.width(), size.height(), spanish ? "es" : "en") << size << spanish;
    }
}

void TestLayout::nothingIsCut()
{
    QFETCH(QSize, size);
    QFETCH(bool, spanish);
    QTranslator translator;
    if (spanish) {
        QVERIFY(translator.load(u":/i18n/imr-workbench_es.qm"_s));
        QCoreApplication::installTranslator(&translator);
    }
    {
        imr::gui::MainWindow w;
        w.resize(size);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy loaded(&w, &imr::gui::MainWindow::folderLoaded);
        w.openFolder(m_dir.path());
        QVERIFY(loaded.wait(30000));
        QCoreApplication::processEvents();

        // The letter list: headers and every row whole.
        auto *list = w.findChild<QTreeView *>(u"letterView"_s);
        QVERIFY(list);
        const QAbstractItemModel *rows = list->model();
        QVERIFY(rows->rowCount() > 5);
        for (int c = 0; c < rows->columnCount(); ++c) {
            QVERIFY2(headerFits(list, c), qPrintable(rows->headerData(c, Qt::Horizontal).toString()));
            for (int r = 0; r < rows->rowCount(); ++r)
                QVERIFY2(fits(list, rows->index(r, c)), qPrintable(rows->index(r, c).data().toString()));
        }
        QVERIFY(!list->horizontalScrollBar()->isVisible());

        // The side panel: field names, group titles and statuses whole, the
        // status column in view, no sideways scrolling.
        auto *panel = w.findChild<imr::gui::ReviewPanel *>();
        QTreeView *fields = panel->view();
        const QAbstractItemModel *model = fields->model();
        QVERIFY(model->rowCount() >= 4);
        for (int c = 0; c < model->columnCount(); ++c)
            QVERIFY2(headerFits(fields, c), qPrintable(model->headerData(c, Qt::Horizontal).toString()));
        for (int g = 0; g < model->rowCount(); ++g) {
            const QModelIndex group = model->index(g, imr::gui::FieldTreeModel::FieldColumn);
            QVERIFY2(fits(fields, group, 1), qPrintable(group.data().toString()));
            for (int f = 0; f < model->rowCount(group); ++f) {
                for (int c : {int(imr::gui::FieldTreeModel::FieldColumn), int(imr::gui::FieldTreeModel::StatusColumn)}) {
                    const QModelIndex cell = model->index(f, c, group);
                    QVERIFY2(fits(fields, cell, c == imr::gui::FieldTreeModel::FieldColumn ? 2 : 0),
                             qPrintable(cell.data().toString()));
                }
            }
        }
        QVERIFY(!fields->horizontalScrollBar()->isVisible());
        QCOMPARE(fields->horizontalScrollBar()->value(), 0);
        const QHeaderView *header = fields->header();
        const int status = imr::gui::FieldTreeModel::StatusColumn;
        QVERIFY(header->sectionViewportPosition(status) + header->sectionSize(status) <= fields->viewport()->width());
        // The value column keeps room for a value.
        QVERIFY(header->sectionSize(imr::gui::FieldTreeModel::ValueColumn) >= QFontMetrics(fields->font()).averageCharWidth() * 8);

        // The letter itself keeps a readable width.
        auto *splitter = w.findChild<QSplitter *>(u"splitter"_s);
        QVERIFY(splitter);
        QVERIFY2(splitter->sizes().value(1) >= 300, qPrintable(QString::number(splitter->sizes().value(1))));

        // The status bar: a notice longer than its room ends in "…" before
        // the counts rather than stopping without a mark, and its tooltip
        // gives all of it. The duplicates notice, as translated.
        auto *bar = qobject_cast<imr::gui::ElidingStatusBar *>(w.statusBar());
        QVERIFY(bar);
        const QString notice = imr::DuplicateCases::tr("Case %1 is also in %2; %3 counts instead (decided later).")
                                   .arg(u"CM16-0900105"_s,
                                        u"2016/09/letter-000012.txt, 2016/09/letter-000024.txt, 2016/10/letter-000036.txt, "_s
                                            + imr::DuplicateCases::tr("%n more", nullptr, 18),
                                        u"2016/11/letter-000252.txt"_s);
        bar->showMessage(notice);
        QCoreApplication::processEvents();
        const QRect room = bar->messageRect();
        auto *counts = bar->findChild<QLabel *>(u"letterCounts"_s);
        QVERIFY(counts && counts->isVisible());
        QVERIFY(room.right() < counts->x());
        const QString shown = bar->shownMessage();
        QVERIFY(bar->fontMetrics().horizontalAdvance(shown) <= room.width());
        if (bar->fontMetrics().horizontalAdvance(notice) > room.width()) {
            QVERIFY2(shown.endsWith(u'…') && notice.startsWith(shown.chopped(1)), qPrintable(shown));
            QHelpEvent help(QEvent::ToolTip, room.center(), bar->mapToGlobal(room.center()));
            QVERIFY(QCoreApplication::sendEvent(bar, &help));
            QCOMPARE(QToolTip::text(), notice);
            QToolTip::hideText();
        } else {
            QCOMPARE(shown, notice);
        }
        bar->showMessage(u"Short."_s);
        QCOMPARE(bar->shownMessage(), u"Short."_s);
    }
    if (spanish)
        QCoreApplication::removeTranslator(&translator);
}

// The lists and the letter ask Qt to skip shaping (a letter switch took
// twice as long with it), yet still follow the application's font.
void TestLayout::textHeavyViewsSkipShaping()
{
    const QFont original = QApplication::font();
    imr::gui::MainWindow w;
    const QList<QWidget *> views{w.findChild<QTreeView *>(u"letterView"_s), w.findChild<imr::gui::ReviewPanel *>()->view(),
                                 w.findChild<QWidget *>(u"documentView"_s)};
    for (QWidget *view : views) {
        QVERIFY(view);
        QVERIFY2(view->font().styleStrategy() & QFont::PreferNoShaping, qPrintable(view->objectName()));
    }
    QFont larger = original;
    larger.setPointSizeF(original.pointSizeF() + 6);
    QApplication::setFont(larger);
    QCoreApplication::processEvents(); // the change reaches widgets as a posted event
    for (QWidget *view : views.first(2)) {
        QCOMPARE(view->font().pointSizeF(), larger.pointSizeF());
        QVERIFY(view->font().styleStrategy() & QFont::PreferNoShaping);
    }
    QApplication::setFont(original);
}

void TestLayout::arrangementIsRestored()
{
    QList<int> arranged;
    QSize windowSize;
    int statusWidth = 0;
    int fieldWidth = 0;
    {
        imr::gui::MainWindow w;
        w.resize(760, 700); // within the offscreen screen: restoring keeps a window on its screen
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy loaded(&w, &imr::gui::MainWindow::folderLoaded);
        w.openFolder(m_dir.path());
        QVERIFY(loaded.wait(30000));
        auto *splitter = w.findChild<QSplitter *>(u"splitter"_s);
        // The reviewer drags the handle between the letter and the panel.
        const QList<int> measured = splitter->sizes();
        QWidget *handle = splitter->handle(2);
        const QPoint from = handle->rect().center();
        QTest::mousePress(handle, Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, QPointF(from - QPoint(80, 0)), handle->mapToGlobal(QPointF(from - QPoint(80, 0))),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(handle, &move);
        QTest::mouseRelease(handle, Qt::LeftButton, {}, from - QPoint(80, 0));
        arranged = splitter->sizes();
        QVERIFY(arranged != measured);
        windowSize = w.size();
        // ...widens the list's status column and the panel's field column,
        // and sorts the letters by status.
        auto *list = w.findChild<QTreeView *>(u"letterView"_s);
        list->header()->resizeSection(imr::gui::LetterListModel::StatusColumn, statusWidth = 151);
        list->sortByColumn(imr::gui::LetterListModel::StatusColumn, Qt::DescendingOrder);
        QHeaderView *panel = w.findChild<imr::gui::ReviewPanel *>()->view()->header();
        panel->resizeSection(imr::gui::FieldTreeModel::FieldColumn, fieldWidth = 233);
    }
    imr::gui::MainWindow again;
    QCOMPARE(again.size(), windowSize);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QSignalSpy loaded(&again, &imr::gui::MainWindow::folderLoaded);
    again.openFolder(m_dir.path());
    QVERIFY(loaded.wait(30000));
    QCoreApplication::processEvents();
    QCOMPARE(again.findChild<QSplitter *>(u"splitter"_s)->sizes(), arranged);
    QHeaderView *list = again.findChild<QTreeView *>(u"letterView"_s)->header();
    QCOMPARE(list->sectionSize(imr::gui::LetterListModel::StatusColumn), statusWidth);
    QCOMPARE(list->sortIndicatorSection(), int(imr::gui::LetterListModel::StatusColumn));
    QCOMPARE(list->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(again.findChild<imr::gui::ReviewPanel *>()->view()->header()->sectionSize(imr::gui::FieldTreeModel::FieldColumn),
             fieldWidth);
    QSettings().remove(u"window"_s);
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
