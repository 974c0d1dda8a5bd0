// The page view's PDF thread: results arrive for the letter shown, never for
// one the analyst has already left, and a PDF that will not open says so.

#include "document/pdfpagesource.h"
#include "pdffixtures.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using imr::gui::PdfPageSource;

class TestPdfPageSource : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void opensWithPageSizes_data();
    void opensWithPageSizes();
    void onlyTheLastLetterAnswers();
    void pagesRenderForTheLetterShown();
    void closeDropsWhatIsPending();
    void unreadablePdfFails();
    void selectsWords();

private:
    QString letter(int pages) const { return m_dir.filePath(u"letter-%1.pdf"_s.arg(pages)); }
    QTemporaryDir m_dir;
};

void TestPdfPageSource::initTestCase()
{
    // A form feed starts a page: letters of one, two and three pages.
    for (int pages = 1; pages <= 3; ++pages) {
        QStringList text;
        for (int p = 0; p < pages; ++p)
            text << u"Case Number: CM16-090010%1\nPage %2 of the letter.\n"_s.arg(pages).arg(p + 1);
        QVERIFY(pdffixtures::writeLetterPdf(text.join(u'\f'), letter(pages)));
    }
    QFile bad(m_dir.filePath(u"bad.pdf"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("%PDF-1.7\nnot really a PDF\n");
}

void TestPdfPageSource::opensWithPageSizes_data()
{
    QTest::addColumn<int>("pages");
    QTest::newRow("one page") << 1;
    QTest::newRow("three pages") << 3;
}

void TestPdfPageSource::opensWithPageSizes()
{
    QFETCH(int, pages);
    PdfPageSource source;
    QSignalSpy opened(&source, &PdfPageSource::opened);
    source.open(letter(pages));
    QVERIFY(opened.wait(10000));
    const auto sizes = opened.first().first().value<QList<QSizeF>>();
    QCOMPARE(sizes.size(), pages);
    QCOMPARE(sizes.first().toSize(), QSize(612, 792)); // Letter, in points
}

void TestPdfPageSource::onlyTheLastLetterAnswers()
{
    PdfPageSource source;
    QSignalSpy opened(&source, &PdfPageSource::opened);
    // An analyst holding the Down key: only the letter reached is opened.
    for (int i = 0; i < 10; ++i)
        source.open(letter(1 + i % 3));
    source.open(letter(2));
    QVERIFY(opened.wait(10000));
    QTest::qWait(200); // anything else queued would have arrived by now
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().value<QList<QSizeF>>().size(), 2);
}

void TestPdfPageSource::pagesRenderForTheLetterShown()
{
    PdfPageSource source;
    QSignalSpy opened(&source, &PdfPageSource::opened);
    QSignalSpy rendered(&source, &PdfPageSource::pageRendered);
    source.open(letter(3));
    source.requestPage(2, QSize(306, 396));
    source.open(letter(1)); // before the page came: it must not arrive
    source.requestPage(0, QSize(306, 396));
    QTRY_COMPARE_WITH_TIMEOUT(rendered.size(), 1, 10000);
    QTest::qWait(200);
    QCOMPARE(rendered.size(), 1);
    QCOMPARE(rendered.first().at(0).toInt(), 0);
    const QImage image = rendered.first().at(1).value<QImage>();
    QCOMPARE(image.size(), QSize(306, 396));
    QCOMPARE(opened.size(), 1);
}

void TestPdfPageSource::closeDropsWhatIsPending()
{
    PdfPageSource source;
    QSignalSpy opened(&source, &PdfPageSource::opened);
    QSignalSpy rendered(&source, &PdfPageSource::pageRendered);
    source.open(letter(3));
    for (int page = 0; page < 3; ++page)
        source.requestPage(page, QSize(612, 792));
    source.close();
    QTest::qWait(500);
    QCOMPARE(opened.size(), 0);
    QCOMPARE(rendered.size(), 0);
}

void TestPdfPageSource::unreadablePdfFails()
{
    PdfPageSource source;
    QSignalSpy failed(&source, &PdfPageSource::failed);
    QSignalSpy opened(&source, &PdfPageSource::opened);
    source.open(m_dir.filePath(u"bad.pdf"_s));
    QVERIFY(failed.wait(10000));
    QCOMPARE(opened.size(), 0);
}

void TestPdfPageSource::selectsWords()
{
    PdfPageSource source;
    QSignalSpy opened(&source, &PdfPageSource::opened);
    QSignalSpy selected(&source, &PdfPageSource::selected);
    source.open(letter(1));
    QVERIFY(opened.wait(10000));
    // The first line, "Case Number: CM16-0900101", sits under the 54-point margin.
    source.requestSelection(7, 0, QPointF(55, 60), QPointF(180, 62));
    QVERIFY(selected.wait(10000));
    QCOMPARE(selected.first().at(0).toInt(), 7); // the request it answers
    const QString text = selected.first().at(2).toString();
    QVERIFY2(selected.first().at(4).toInt() > selected.first().at(3).toInt(), qPrintable(text));
    QVERIFY2(text.startsWith(u"Case Number: CM16"_s), qPrintable(text));
}

QTEST_MAIN(TestPdfPageSource)
#include "tst_pdfpagesource.moc"
