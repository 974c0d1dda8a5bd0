// PDF letters: text and page map from QtPdf, the extractor's fields on the
// right page and words, and every kind of bad PDF as one clear error.

#include "extraction/letterextractor.h"
#include "folder/letterloader.h"
#include "extraction/lettertext.h"
#include "pdffixtures.h"
#include "pdfletterformat.h"
#include "extraction/textdecoder.h"

#include <QDir>
#include <QFile>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using imr::FieldId;
using imr::pdf::PdfLetterFormat;

namespace {

const QString kExamples = QStringLiteral(IMR_EXAMPLES);

// The page a span starts on, and the span's offset within that page's text.
std::pair<int, qsizetype> pageOf(const imr::Letter &letter, const imr::TextSpan &span)
{
    for (const imr::PageText &p : letter.pages) {
        if (span.start >= p.start && span.start < p.start + p.length)
            return {p.page, span.start - p.start};
    }
    return {-1, -1};
}

} // namespace

class TestPdfLetterFormat : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void extractsTheSameAsFromText_data();
    void extractsTheSameAsFromText();
    void fieldsMapToPageBoxes();
    void badPdfs_data();
    void badPdfs();
    void pdfWinsOverItsTextRendering();

private:
    QTemporaryDir m_dir;
};

void TestPdfLetterFormat::initTestCase()
{
    for (const QString &name : QDir(kExamples).entryList({u"*.txt"_s}, QDir::Files)) {
        const QString text = imr::TextDecoder::decode(pdffixtures::readText(kExamples + u'/' + name).toUtf8()).text;
        QVERIFY(pdffixtures::writeLetterPdf(text, m_dir.filePath(QFileInfo(name).completeBaseName() + u".pdf"_s)));
    }
}

void TestPdfLetterFormat::extractsTheSameAsFromText_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : QDir(kExamples).entryList({u"*.txt"_s}, QDir::Files))
        QTest::newRow(qPrintable(name)) << QFileInfo(name).completeBaseName();
}

void TestPdfLetterFormat::extractsTheSameAsFromText()
{
    QFETCH(QString, name);
    const imr::LetterContent pdf = PdfLetterFormat().read(m_dir.filePath(name + u".pdf"_s));
    QVERIFY2(pdf.error.isEmpty(), qPrintable(pdf.error));
    QVERIFY(!pdf.pages.isEmpty());
    const QString text = imr::TextDecoder::decode(pdffixtures::readText(kExamples + u'/' + name + u".txt"_s).toUtf8()).text;
    const imr::LetterExtractor extractor;
    const imr::DeterminationRecord fromPdf = extractor.extract(pdf.text);
    const imr::DeterminationRecord fromText = extractor.extract(text);
    for (FieldId id : {FieldId::CaseNumber, FieldId::DateAssigned, FieldId::DecisionDate, FieldId::DateOfInjury,
                       FieldId::ReviewerLicensure, FieldId::ReviewerSpecialty, FieldId::PatientAge, FieldId::PatientSex})
        QCOMPARE(fromPdf.field(id).value, fromText.field(id).value);
    QCOMPARE(fromPdf.items.size(), fromText.items.size());
    for (int i = 0; i < fromText.items.size(); ++i) {
        for (FieldId id : {FieldId::ItemRequest, FieldId::Decision, FieldId::TreatmentCategory,
                           FieldId::MedicallyNecessary, FieldId::MaximusGuidelineSources})
            QCOMPARE(fromPdf.items[i].field(id).value, fromText.items[i].field(id).value);
    }
}

void TestPdfLetterFormat::fieldsMapToPageBoxes()
{
    imr::LetterLoader loader(m_dir.path());
    loader.addFormat(std::make_shared<PdfLetterFormat>());
    const imr::Letter letter = loader.load(u"CM16-0900101.pdf"_s);
    QVERIFY2(letter.ok(), qPrintable(letter.error));
    QVERIFY(letter.pages.size() >= 2);
    QPdfDocument doc;
    QCOMPARE(doc.load(letter.filePath), QPdfDocument::Error::None);
    // The case number is on the first page; the letter's only item comes after a page break.
    const imr::FieldValue caseNumber = letter.record.field(FieldId::CaseNumber);
    const auto [casePage, caseOffset] = pageOf(letter, caseNumber.spans.value(0));
    QCOMPARE(casePage, 0);
    QPdfSelection sel = doc.getSelectionAtIndex(casePage, int(caseOffset), int(caseNumber.spans[0].length));
    QCOMPARE(sel.text().trimmed(), caseNumber.value);
    QVERIFY(!sel.bounds().isEmpty());
    const QSizeF pageSize = doc.pagePointSize(casePage);
    QVERIFY(QRectF(QPointF(0, 0), pageSize).contains(sel.boundingRectangle()));
    QVERIFY(sel.boundingRectangle().top() < pageSize.height() / 4); // the header, at the top

    const imr::FieldValue decision = letter.record.items.value(0).field(FieldId::Decision);
    const auto [decisionPage, decisionOffset] = pageOf(letter, decision.spans.value(0));
    QVERIFY(decisionPage > 0); // the item sits after the first page break
    QVERIFY(doc.getAllText(decisionPage).text().contains(letter.record.items[0].field(FieldId::ItemRequest).value.left(20)));
    sel = doc.getSelectionAtIndex(decisionPage, int(decisionOffset), int(decision.spans[0].length));
    QCOMPARE(sel.text().trimmed(), decision.value);
}

void TestPdfLetterFormat::badPdfs_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("zero bytes") << u"empty"_s << u"empty"_s;
    QTest::newRow("not a PDF") << u"text"_s << u"not a PDF"_s;
    QTest::newRow("truncated") << u"truncated"_s << u"damaged or truncated"_s;
    QTest::newRow("image only") << u"image"_s << u"OCR"_s;
    QTest::newRow("encrypted") << u"encrypted"_s << u"encrypted"_s;
}

void TestPdfLetterFormat::badPdfs()
{
    QFETCH(QString, kind);
    QFETCH(QString, errorPart);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.pdf"_s);
    const QString good = m_dir.filePath(u"CM16-0900102.pdf"_s);
    if (kind == u"empty"_s) {
        QFile(path).open(QIODevice::WriteOnly);
    } else if (kind == u"text"_s) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Case Number: CM16-0900101\nThis is a text file with the wrong name.\n");
    } else if (kind == u"truncated"_s) {
        QFile in(good);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(in.read(400)); // the header and little else
    } else if (kind == u"image"_s) {
        QVERIFY(pdffixtures::writeImageOnlyPdf(u"Case Number: CM16-0900101"_s, path));
    } else {
        const QString qpdf = QStandardPaths::findExecutable(u"qpdf"_s);
        if (qpdf.isEmpty())
            QSKIP("qpdf is needed to make an encrypted PDF");
        QProcess p;
        p.start(qpdf, {u"--encrypt"_s, u"user-secret"_s, u"owner-secret"_s, u"256"_s, u"--"_s, good, path});
        QVERIFY(p.waitForFinished(30000) && p.exitCode() == 0);
    }
    const imr::LetterContent content = PdfLetterFormat().read(path);
    QVERIFY2(content.error.contains(errorPart, Qt::CaseInsensitive), qPrintable(content.error));
    // In a folder, the bad PDF is one error row; the good letter still loads.
    QVERIFY(QFile::copy(good, dir.filePath(u"good.pdf"_s)));
    imr::LetterLoader loader(dir.path());
    loader.addFormat(std::make_shared<PdfLetterFormat>());
    QCOMPARE(loader.scan(), (QStringList{u"bad.pdf"_s, u"good.pdf"_s}));
    QVERIFY(!loader.load(u"bad.pdf"_s).ok());
    QVERIFY(loader.load(u"good.pdf"_s).ok());
}

void TestPdfLetterFormat::pdfWinsOverItsTextRendering()
{
    QTemporaryDir dir;
    QVERIFY(QFile::copy(m_dir.filePath(u"CM16-0900101.pdf"_s), dir.filePath(u"CM16-0900101.pdf"_s)));
    QVERIFY(QFile::copy(kExamples + u"/CM16-0900101.txt"_s, dir.filePath(u"CM16-0900101.txt"_s)));
    QVERIFY(QFile::copy(kExamples + u"/CM16-0900102.txt"_s, dir.filePath(u"CM16-0900102.txt"_s)));
    // In a subfolder whose name has a point, with a point in the name and a
    // suffix in capitals: still one letter. A text in another folder is
    // another letter.
    QVERIFY(QDir(dir.path()).mkpath(u"v1.2"_s));
    QVERIFY(QDir(dir.path()).mkpath(u"other"_s));
    QVERIFY(QFile::copy(m_dir.filePath(u"CM16-0900101.pdf"_s), dir.filePath(u"v1.2/a.b.PDF"_s)));
    QVERIFY(QFile::copy(kExamples + u"/CM16-0900101.txt"_s, dir.filePath(u"v1.2/a.b.txt"_s)));
    QVERIFY(QFile::copy(kExamples + u"/CM16-0900101.txt"_s, dir.filePath(u"other/a.b.txt"_s)));
    imr::LetterLoader loader(dir.path());
    loader.addFormat(std::make_shared<PdfLetterFormat>());
    QCOMPARE(loader.scan(), (QStringList{u"CM16-0900101.pdf"_s, u"CM16-0900102.txt"_s, u"other/a.b.txt"_s,
                                          u"v1.2/a.b.PDF"_s}));
}

QTEST_MAIN(TestPdfLetterFormat)
#include "tst_pdfletterformat.moc"
