#include "extraction/paragraphreflow.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

// The reading mode of the text view: paragraphs joined, everything else kept,
// and no offset moved.
class TestParagraphReflow : public QObject
{
    Q_OBJECT
private slots:
    void reflows_data();
    void reflows();
    void keepsEveryOffset_data();
    void keepsEveryOffset();
};

namespace {

// A paragraph hard-wrapped at about 70 columns, as pdftotext leaves it.
const QString kProse = u"The expert reviewer developed the following clinical case summary based\n"
                       "on a review of the case file, including all medical records available to\n"
                       "the reviewer at the time of the review.\n"_s;

} // namespace

void TestParagraphReflow::reflows_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("paragraph joined, short last line ends it")
        << kProse + u"Next paragraph starts here and is long enough to count as a full line.\n"_s
        << u"The expert reviewer developed the following clinical case summary based "
           "on a review of the case file, including all medical records available to "
           "the reviewer at the time of the review.\n"
           "Next paragraph starts here and is long enough to count as a full line.\n"_s;
    QTest::newRow("labels and values stay on their lines")
        << u"Case Number:\nDate Assigned:\n\nCM16-0900101\n11/09/2016\n"_s + kProse
        << u"Case Number:\nDate Assigned:\n\nCM16-0900101\n11/09/2016\n"_s
               + QString(kProse).replace(u"based\non"_s, u"based on"_s).replace(u"to\nthe"_s, u"to the"_s);
    QTest::newRow("heading kept apart from the prose around it")
        << u"effusion, a positive McMurray test with a palpable click and flexion of 110\n"
           "CLINICAL CASE SUMMARY\n"
           "The injured worker is a 52 year old female who sustained an industrial inj\n"
           "when she twisted her right knee stepping down from a pallet jack at work.\n"_s
        << u"effusion, a positive McMurray test with a palpable click and flexion of 110\n"
           "CLINICAL CASE SUMMARY\n"
           "The injured worker is a 52 year old female who sustained an industrial inj "
           "when she twisted her right knee stepping down from a pallet jack at work.\n"_s;
    QTest::newRow("list items stay on their own lines")
        << u"The Final Determination was based on decisions for the disputed items set\n"
           "1. MRI of the right knee without contrast is medically necessary for this p\n"
           "2) Physical therapy twelve sessions for the right knee is not medically nec\n"
           "• Naproxen 550 mg one tablet twice a day for thirty days is not necessary a\n"_s
        << u"The Final Determination was based on decisions for the disputed items set\n"
           "1. MRI of the right knee without contrast is medically necessary for this p\n"
           "2) Physical therapy twelve sessions for the right knee is not medically nec\n"
           "• Naproxen 550 mg one tablet twice a day for thirty days is not necessary a\n"_s;
    QTest::newRow("blank line is a paragraph break")
        << u"The expert reviewer developed the following clinical case summary based\n\n"
           "on a review of the case file, including all medical records available to\n"_s
        << u"The expert reviewer developed the following clinical case summary based\n\n"
           "on a review of the case file, including all medical records available to\n"_s;
    QTest::newRow("word hyphenated across lines joins without a space")
        << u"The request for authorization dated 10-11-2016 included twelve physio-\n"
           "therapy sessions for the right knee, which utilization review modified to\n"_s
        << u"The request for authorization dated 10-11-2016 included twelve physio-\u200B"
           "therapy sessions for the right knee, which utilization review modified to\n"_s;
    QTest::newRow("dates and numbers at a line's end are not hyphenation")
        << u"The progress report dated 10-04-2016 noted persistent pain rated 6 out of-\n"
           "10 with episodes of catching and giving way when descending the stairs.\n"_s
        << u"The progress report dated 10-04-2016 noted persistent pain rated 6 out of- "
           "10 with episodes of catching and giving way when descending the stairs.\n"_s;
    QTest::newRow("CRLF text left as it is") << u"The expert reviewer developed the following clinical case\r\n"
                                                "summary based on a review of the case file and the records.\r\n"_s
                                             << u"The expert reviewer developed the following clinical case\r\n"
                                                "summary based on a review of the case file and the records.\r\n"_s;
    QTest::newRow("double-spaced layout: one empty line is a line break")
        << u"The expert reviewer developed the following clinical case summary based \n\n"
           "on a review of the case file, including all medical records available to\n\n"
           "the reviewer.\n\n \n\nCLINICAL CASE SUMMARY \n\nThis patient is a 46 y/o female with a date of injury on the job site\n\n"
           "of 2/14/2011 and more words here to make the line a full line of text.\n"_s
        << u"The expert reviewer developed the following clinical case summary based \u200B\u200B"
           "on a review of the case file, including all medical records available to \u200B"
           "the reviewer.\n\n \n\nCLINICAL CASE SUMMARY \n\nThis patient is a 46 y/o female with a date of injury on the job site \u200B"
           "of 2/14/2011 and more words here to make the line a full line of text.\n"_s;
    QTest::newRow("a page break is a paragraph break")
        << u"The expert reviewer developed the following clinical case summary based\n"
           "\fon a review of the case file, including all medical records available to\n"_s
        << u"The expert reviewer developed the following clinical case summary based\n"
           "\fon a review of the case file, including all medical records available to\n"_s;
    QTest::newRow("only short lines: nothing to join") << u"a\nb\nc"_s << u"a\nb\nc"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestParagraphReflow::reflows()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(imr::ParagraphReflow::reflow(text), expected);
}

void TestParagraphReflow::keepsEveryOffset_data()
{
    QTest::addColumn<QString>("path");
    QDir dir(QStringLiteral(IMR_EXAMPLES));
    for (const QString &name : dir.entryList({u"*.txt"_s}))
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestParagraphReflow::keepsEveryOffset()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const QString reflowed = imr::ParagraphReflow::reflow(text);
    QCOMPARE(reflowed.size(), text.size());
    qsizetype joined = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == reflowed.at(i))
            continue;
        // Only line breaks change, and only into a space or a zero-width space.
        QVERIFY(text.at(i) == u'\n');
        QVERIFY(reflowed.at(i) == u' ' || reflowed.at(i) == QChar(0x200B));
        ++joined;
    }
    // A real letter has paragraphs to join, and keeps most of its structure.
    QVERIFY2(joined > 10, qPrintable(u"%1 breaks joined"_s.arg(joined)));
    QVERIFY(reflowed.count(u'\n') > 20);
}

QTEST_GUILESS_MAIN(TestParagraphReflow)
#include "tst_paragraphreflow.moc"
