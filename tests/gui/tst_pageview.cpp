// The page view on PDFs the test makes: rendered pages, field boxes on the
// right words, clicking a box selects the field, dragging over words and
// pressing F3 takes them into the current field.

#include "app/mainwindow.h"
#include "document/pdfpageview.h"
#include "letters/letterlistmodel.h"
#include "pdffixtures.h"
#include "review/fieldcolors.h"
#include "review/reviewpanel.h"
#include "extraction/textdecoder.h"

#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using imr::FieldAddress;
using imr::FieldId;

class TestPageView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pdfOpensOnItsPages();
    void boxesSitOnTheFieldsWords();
    void clickingABoxSelectsItsField();
    void dragAndTakeFromThePage();
    void zoomKeys();
    void paragraphBoxesOnlyWhileCurrent();
    void latestRecordWins();
    void boxesKeepPaperColoursInDarkMode();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<imr::gui::MainWindow> m_window;
    imr::gui::PdfPageView *m_page = nullptr;
    imr::gui::ReviewPanel *m_panel = nullptr;
};

void TestPageView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    for (const char *name : {"CM16-0900101", "CM16-0900102"}) {
        QFile f(QStringLiteral(IMR_EXAMPLES "/") + QLatin1StringView(name) + u".txt"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(pdffixtures::writeLetterPdf(imr::TextDecoder::decode(f.readAll()).text,
                                            m_dir.filePath(QLatin1StringView(name) + u".pdf"_s)));
    }
    m_window = std::make_unique<imr::gui::MainWindow>();
    m_window->resize(1280, 900);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QSignalSpy loaded(m_window.get(), &imr::gui::MainWindow::folderLoaded);
    m_window->openFolder(m_dir.path());
    QVERIFY(loaded.wait(30000));
    m_page = m_window->findChild<imr::gui::PdfPageView *>();
    m_panel = m_window->findChild<imr::gui::ReviewPanel *>();
    QVERIFY(m_page && m_panel);
}

void TestPageView::pdfOpensOnItsPages()
{
    auto *tabs = m_window->findChild<QTabWidget *>(u"documentTabs"_s);
    QCOMPARE(tabs->currentWidget(), m_page);
    QTRY_VERIFY(m_page->pageCount() >= 2); // opened off the GUI thread
    m_page->setZoom(1.0); // text large enough for dark ink, whatever the pane's width
    // Pages are rendered off the GUI thread; once there, the page shows ink.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QImage shot = m_page->viewport()->grab().toImage();
            for (int y = 0; y < shot.height(); y += 3) {
                for (int x = 0; x < shot.width(); x += 3) {
                    if (qGray(shot.pixel(x, y)) < 60)
                        return true;
                }
            }
            return false;
        }(),
        10000);
    m_page->fitWidth(); // as a letter opens
}

void TestPageView::boxesSitOnTheFieldsWords()
{
    // Located off the GUI thread: they arrive shortly after the letter.
    QTRY_VERIFY(!m_page->boxesOf({-1, FieldId::CaseNumber}).isEmpty());
    const QList<QRectF> boxes = m_page->boxesOf({-1, FieldId::CaseNumber});
    QVERIFY(!boxes.isEmpty());
    QVERIFY(m_page->viewport()->rect().contains(boxes.first().toRect()));
    // A box spans a short word run, not the page.
    QVERIFY(boxes.first().width() < m_page->viewport()->width() / 2);
    QVERIFY(boxes.first().height() < 40);
    QVERIFY(!m_page->boxesOf({-1, FieldId::DateAssigned}).isEmpty());
}

void TestPageView::clickingABoxSelectsItsField()
{
    m_panel->setCurrentField({-1, FieldId::PatientAge});
    const QRectF box = m_page->boxesOf({-1, FieldId::CaseNumber}).value(0);
    QTest::mouseClick(m_page->viewport(), Qt::LeftButton, {}, box.center().toPoint());
    QCOMPARE(m_panel->currentField(), (FieldAddress{-1, FieldId::CaseNumber}));
}

void TestPageView::dragAndTakeFromThePage()
{
    QRectF box;
    for (const QRectF &r : m_page->boxesOf({-1, FieldId::CaseNumber}))
        box = box.united(r);
    QVERIFY(box.width() > 20);
    QWidget *vp = m_page->viewport();
    QTest::mousePress(vp, Qt::LeftButton, {}, QPoint(int(box.left()) + 1, int(box.center().y())));
    QMouseEvent move(QEvent::MouseMove, QPointF(box.right() - 1, box.center().y()), vp->mapToGlobal(QPointF(box.right() - 1, box.center().y())),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(vp, &move);
    QTest::mouseRelease(vp, Qt::LeftButton, {}, QPoint(int(box.right()) - 1, int(box.center().y())));
    // The words are found off the GUI thread, just after the release.
    QTRY_VERIFY(m_page->selection().has_value());
    const auto selected = m_page->selection();
    const imr::Letter &letter = m_window->letterAt(m_window->currentLetter());
    QVERIFY2(letter.record.field(FieldId::CaseNumber).value.contains(selected->first.left(6)), qPrintable(selected->first));
    QCOMPARE(letter.text.mid(selected->second.start, selected->second.length).simplified(), selected->first);
    // Take the words into another field: F3.
    m_panel->setCurrentField({-1, FieldId::Diagnoses});
    m_panel->view()->setFocus();
    QTest::keyClick(m_panel->view(), Qt::Key_F3);
    const imr::FieldValue taken = m_window->letterAt(m_window->currentLetter()).record.field(FieldId::Diagnoses);
    QCOMPARE(taken.value, selected->first);
    QCOMPARE(taken.state, imr::ReviewState::Corrected);
    QCOMPARE(taken.spans.value(0), selected->second);
}

void TestPageView::zoomKeys()
{
    m_page->setFocus();
    const qreal before = m_page->zoom();
    QTest::keyClick(m_page, Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(m_page->zoom() > before);
    QTest::keyClick(m_page, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(m_page, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(m_page->zoom() < before);
    QTest::keyClick(m_page, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_page->zoom(), before); // fit width again
}

void TestPageView::paragraphBoxesOnlyWhileCurrent()
{
    const FieldAddress guideline{0, FieldId::Rationale}; // a paragraph
    QVERIFY(!m_window->letterAt(m_window->currentLetter()).record.field(guideline.item, guideline.field).spans.isEmpty());
    m_panel->setCurrentField({-1, FieldId::CaseNumber});
    QTRY_VERIFY(!m_page->boxesOf({-1, FieldId::CaseNumber}).isEmpty());
    QVERIFY(m_page->boxesOf(guideline).isEmpty()); // a paragraph is not boxed while another field is current
    m_panel->setCurrentField(guideline);
    QTRY_VERIFY(!m_page->boxesOf(guideline).isEmpty());
    m_panel->setCurrentField({-1, FieldId::CaseNumber});
    QVERIFY(m_page->boxesOf(guideline).isEmpty());
}

void TestPageView::latestRecordWins()
{
    // Two records in a row: the boxes of the first, located later, must not
    // replace those of the second.
    const imr::DeterminationRecord record = m_window->letterAt(m_window->currentLetter()).record;
    imr::DeterminationRecord without = record;
    without.fields.remove(FieldId::CaseNumber);
    QSignalSpy located(m_page, &imr::gui::PdfPageView::boxesChanged);
    m_page->setFields(record);
    m_page->setFields(without);
    QTRY_VERIFY(located.size() >= 1);
    QTest::qWait(200); // the first request, if it ran, has reported by now
    QVERIFY(m_page->boxesOf({-1, FieldId::CaseNumber}).isEmpty());
    QVERIFY(!m_page->boxesOf({-1, FieldId::DateAssigned}).isEmpty());
    m_page->setFields(record);
    QTRY_VERIFY(!m_page->boxesOf({-1, FieldId::CaseNumber}).isEmpty());
}


// The page is white paper in dark mode too: a box's colour (and so the
// contrast of the page's black text under it) must not follow the dark
// palette, while the pane around the page does.
void TestPageView::boxesKeepPaperColoursInDarkMode()
{
    m_panel->setCurrentField({-1, FieldId::PatientAge});
    QTRY_VERIFY(!m_page->boxesOf({-1, FieldId::CaseNumber}).isEmpty());
    const QRectF box = m_page->boxesOf({-1, FieldId::CaseNumber}).value(0);
    // A corner of the box, outside the glyphs, and a point beside the page.
    const QPoint inBox = box.topLeft().toPoint() + QPoint(1, 1);
    const QPoint outside(2, 2);
    const QPalette original = m_page->palette();
    const QImage light = m_page->viewport()->grab().toImage();
    QPalette dark = original;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
    dark.setColor(QPalette::Dark, QColor(0x10, 0x10, 0x10));
    dark.setColor(QPalette::Text, Qt::white);
    dark.setColor(QPalette::WindowText, Qt::white);
    m_page->setPalette(dark);
    QApplication::setPalette(dark);
    const QImage darkShot = m_page->viewport()->grab().toImage();
    QApplication::setPalette(original);
    m_page->setPalette(original);
    const qreal dpr = light.devicePixelRatio();
    QCOMPARE(darkShot.pixelColor(inBox * dpr), light.pixelColor(inBox * dpr));
    QVERIFY(darkShot.pixelColor(outside * dpr) != light.pixelColor(outside * dpr));
    // Black page text over that box reads.
    QVERIFY(imr::gui::FieldColors::contrast(Qt::black, darkShot.pixelColor(inBox * dpr))
            >= imr::gui::FieldColors::kMinimumContrast);
}

QTEST_MAIN(TestPageView)
#include "tst_pageview.moc"
