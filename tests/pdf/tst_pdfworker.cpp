// PDFs read in helper processes: the same content as in-process, and a PDF
// that hangs its reader costs only its timeout, not the folder.

#include "folder/letterloader.h"
#include "pdffixtures.h"
#include "pdfletterformat.h"
#include "folder/pdfworkerclient.h"
#include "folder/pdfworkerprotocol.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using imr::pdf::PdfLetterFormat;
using imr::PdfWorkerClient;
using imr::PdfWorkerProtocol;

class TestPdfWorker : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void encodingRoundTrips();
    void helperReadsLikeInProcess();
    void hangingPdfIsSkippedAfterItsTimeout();
    void hostileHelperCostsOnlyItsFile_data();
    void hostileHelperCostsOnlyItsFile();
    void helperYieldsToTheWindow();

private:
    QTemporaryDir m_dir;
    QString m_pdf;
};

void TestPdfWorker::initTestCase()
{
    m_pdf = m_dir.filePath(u"letter.pdf"_s);
    QVERIFY(pdffixtures::writeLetterPdf(pdffixtures::readText(QStringLiteral(IMR_EXAMPLES "/CM16-0900102.txt")), m_pdf));
}

void TestPdfWorker::encodingRoundTrips()
{
    imr::LetterContent c;
    c.text = u"Case Number: CM16-0900102\n\fpage \"two\" – ü"_s;
    c.contentHash = QByteArray(64, 'a');
    c.pages = {{0, 0, 25}, {1, 27, 14}};
    c.warning = u"a warning"_s;
    const QByteArray line = PdfWorkerProtocol::encodeAnswer(c);
    QCOMPARE(line.count('\n'), 1); // one line per answer
    const imr::LetterContent back = PdfWorkerProtocol::decodeAnswer(line).value();
    QCOMPARE(back.text, c.text);
    QCOMPARE(back.contentHash, c.contentHash);
    QCOMPARE(back.pages, c.pages);
    QCOMPARE(back.warning, c.warning);
    QVERIFY(!PdfWorkerProtocol::decodeAnswer("not json"));
}

void TestPdfWorker::helperReadsLikeInProcess()
{
    const PdfLetterFormat helper(QStringLiteral(IMR_BINARY), {u"--pdf-worker"_s});
    const imr::LetterContent viaHelper = helper.read(m_pdf);
    const imr::LetterContent inProcess = PdfLetterFormat().read(m_pdf);
    QVERIFY2(viaHelper.error.isEmpty(), qPrintable(viaHelper.error));
    QCOMPARE(viaHelper.text, inProcess.text);
    QCOMPARE(viaHelper.pages, inProcess.pages);
    QCOMPARE(viaHelper.contentHash, inProcess.contentHash);
    // The helper stays up for the next file of this thread.
    QCOMPARE(helper.read(m_pdf).text, inProcess.text);
    QVERIFY(!helper.read(m_dir.filePath(u"missing.pdf"_s)).error.isEmpty());
}

// A year of PDFs keeps the helpers busy for minutes: they run niced, so the
// window's thread is never the one waiting for a core.
void TestPdfWorker::helperYieldsToTheWindow()
{
#ifdef Q_OS_LINUX
    PdfWorkerClient client(QStringLiteral(IMR_BINARY), {u"--pdf-worker"_s}, 30000);
    QVERIFY(client.read(m_pdf).error.isEmpty());
    const qint64 pid = client.helperProcessId();
    QVERIFY(pid > 0);
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    QVERIFY(stat.open(QIODevice::ReadOnly));
    // Field 19 is the niceness; the command name (field 2) may hold spaces.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const int ownNice = [] {
        QFile self(u"/proc/self/stat"_s);
        if (!self.open(QIODevice::ReadOnly))
            return 0;
        const QByteArray l = self.readAll();
        return l.mid(l.lastIndexOf(')') + 2).split(' ').value(16).toInt();
    }();
    QCOMPARE(fields.value(16).toInt(), std::min(19, ownNice + PdfWorkerClient::kHelperNiceness));
#else
    QSKIP("niceness is read from /proc");
#endif
}

void TestPdfWorker::hangingPdfIsSkippedAfterItsTimeout()
{
    QTemporaryDir folder;
    QVERIFY(QFile::copy(m_pdf, folder.filePath(u"a-hang.pdf"_s)));
    QVERIFY(QFile::copy(m_pdf, folder.filePath(u"b-good.pdf"_s)));
    QVERIFY(QFile::copy(m_pdf, folder.filePath(u"c-good.pdf"_s)));
    // A reader that never answers for "*hang*" files stands in for a PDF that
    // hangs the parser; other files go to the real helper.
    // The sleeper must not hold the test's stderr: CTest would wait for it.
    const QString script = u"while read -r p; do case \"$p\" in *hang*) sleep 20 >/dev/null 2>&1;; "
                           "*) printf '%s\\n' \"$p\" | \"$0\" --pdf-worker;; esac; done"_s;
    imr::LetterLoader loader(folder.path());
    // Five seconds: time for a sanitizer build of the helper to start and
    // read a good file, well short of the sleeper's twenty.
    loader.addFormat(std::make_shared<PdfLetterFormat>(u"/bin/sh"_s, QStringList{u"-c"_s, script, QStringLiteral(IMR_BINARY)}, 5000));
    QElapsedTimer timer;
    timer.start();
    const QList<imr::Letter> letters = loader.loadAll();
    QVERIFY2(timer.elapsed() < 18000, "the hang cost more than its timeout");
    QCOMPARE(letters.size(), 3);
    QVERIFY(!letters[0].ok());
    QVERIFY2(letters[0].error.contains(u"took longer"_s), qPrintable(letters[0].error));
    QVERIFY2(letters[1].ok(), qPrintable(letters[1].error));
    QVERIFY2(letters[2].ok(), qPrintable(letters[2].error));
    QVERIFY(!letters[1].record.items.isEmpty());
}


// The helper parses untrusted PDFs, so what it says is untrusted too: a
// helper that crashes mid-answer, talks nonsense, points a page outside the
// text or floods its pipe costs the file it was reading, and the next file
// gets a fresh helper and reads as it should.
void TestPdfWorker::hostileHelperCostsOnlyItsFile_data()
{
    QTest::addColumn<QString>("behaviour");
    QTest::addColumn<QString>("expectedError");
    const QString hash(64, u'a');
    QTest::newRow("crashes mid-answer") << u"printf '{\"text\":\"par'; exit 139"_s << u"stopped"_s;
    QTest::newRow("answers garbage") << u"printf 'garbage\\n'"_s << u"unreadable"_s;
    QTest::newRow("page outside the text")
        << u"printf '{\"text\":\"abc\",\"hash\":\"%1\",\"error\":\"\",\"warning\":\"\",\"pages\":[[0,2,5]]}\\n'"_s.arg(hash)
        << u"unreadable"_s;
    QTest::newRow("pages out of order")
        << u"printf '{\"text\":\"abcdef\",\"hash\":\"%1\",\"error\":\"\",\"warning\":\"\",\"pages\":[[1,3,3],[0,0,3]]}\\n'"_s.arg(hash)
        << u"unreadable"_s;
    QTest::newRow("not a hash")
        << u"printf '{\"text\":\"abc\",\"hash\":\"../../x\",\"error\":\"\",\"warning\":\"\",\"pages\":[]}\\n'"_s
        << u"unreadable"_s;
    QTest::newRow("floods without a line break")
        << u"head -c %1 /dev/zero"_s.arg(PdfWorkerProtocol::kMaxAnswerBytes + 1024 * 1024) << u"unreadable"_s;
    // Two well-formed answers in one write: the second, stale, must never
    // be taken for the next file's.
    const QString answer = u"{\"text\":\"%1\",\"hash\":\"%2\",\"error\":\"\",\"warning\":\"\",\"pages\":[]}"_s;
    QTest::newRow("answers twice")
        << u"printf '%1\\n%2\\n'"_s.arg(answer.arg(u"first"_s, hash), answer.arg(u"STALE"_s, hash)) << QString();
}

void TestPdfWorker::hostileHelperCostsOnlyItsFile()
{
    QFETCH(QString, behaviour);
    QFETCH(QString, expectedError);
    QTemporaryDir folder;
    const QString hostile = folder.filePath(u"a-hostile.pdf"_s);
    const QString good = folder.filePath(u"b-good.pdf"_s);
    QVERIFY(QFile::copy(m_pdf, hostile));
    QVERIFY(QFile::copy(m_pdf, good));
    const QString script = u"while read -r p; do case \"$p\" in *hostile*) %1;; "
                           "*) printf '%s\\n' \"$p\" | \"$0\" --pdf-worker;; esac; done"_s.arg(behaviour);
    PdfWorkerClient client(u"/bin/sh"_s, {u"-c"_s, script, QStringLiteral(IMR_BINARY)}, 20000);
    const imr::LetterContent first = client.read(hostile);
    if (expectedError.isEmpty()) {
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
    } else {
        QVERIFY2(first.error.contains(expectedError), qPrintable(first.error));
        QVERIFY(first.text.isEmpty());
        QVERIFY(first.pages.isEmpty());
    }
    const imr::LetterContent second = client.read(good);
    QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
    QCOMPARE(second.text, PdfLetterFormat().read(good).text);
    QCOMPARE(second.pages, PdfLetterFormat().read(good).pages);
}

QTEST_MAIN(TestPdfWorker)
#include "tst_pdfworker.moc"
