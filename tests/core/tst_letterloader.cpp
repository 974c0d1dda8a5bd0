#include "folder/letterformat.h"
#include "folder/letterloader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;
using imr::LetterLoader;

class TestLetterLoader : public QObject
{
    Q_OBJECT
private slots:
    void badFilesGiveOneErrorEach_data();
    void badFilesGiveOneErrorEach();
    void goodLetterLoadsBesideBadOnes();
    void scanIsRecursiveAndSorted();
    void guessedEncodingIsAWarning();
    void readFileTakesOnlyALettersBytes_data();
    void readFileTakesOnlyALettersBytes();

private:
    static void write(const QString &path, const QByteArray &bytes);
};

void TestLetterLoader::write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

void TestLetterLoader::badFilesGiveOneErrorEach_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("empty") << u"empty.txt"_s << QByteArray() << u"empty"_s;
    QTest::newRow("binary") << u"image.txt"_s << QByteArray("GIF89a\0\0\0\0", 10) << u"binary"_s;
    QTest::newRow("huge") << u"huge.txt"_s << QByteArray(21 * 1024 * 1024, 'a') << u"larger than"_s;
    QTest::newRow("folder named like a letter") << u"folder.txt"_s << QByteArray() << u"folder"_s;
}

void TestLetterLoader::badFilesGiveOneErrorEach()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, errorPart);
    QTemporaryDir dir;
    if (name == u"folder.txt"_s)
        QVERIFY(QDir(dir.path()).mkdir(name));
    else
        write(dir.filePath(name), bytes);
    const LetterLoader loader(dir.path());
    QCOMPARE(loader.scan(), QStringList{name});
    const imr::Letter letter = loader.load(name);
    QVERIFY(!letter.ok());
    QVERIFY2(letter.error.contains(errorPart, Qt::CaseInsensitive), qPrintable(letter.error));
    QVERIFY(letter.record.items.isEmpty());
}

void TestLetterLoader::goodLetterLoadsBesideBadOnes()
{
    QTemporaryDir dir;
    write(dir.filePath(u"a-bad.txt"_s), QByteArray("\0\0\0", 3));
    QFile::copy(QStringLiteral(IMR_TEST_DATA "/letters/default-layout.txt"), dir.filePath(u"b-good.txt"_s));
    const LetterLoader loader(dir.path());
    QCOMPARE(loader.scan(), (QStringList{u"a-bad.txt"_s, u"b-good.txt"_s}));
    QVERIFY(!loader.load(u"a-bad.txt"_s).ok());
    const imr::Letter good = loader.load(u"b-good.txt"_s);
    QVERIFY2(good.ok(), qPrintable(good.error));
    QVERIFY(!good.record.items.isEmpty());
    QCOMPARE(good.contentHash.size(), 64);
}

void TestLetterLoader::scanIsRecursiveAndSorted()
{
    QTemporaryDir dir;
    for (const QString &name : {u"b/letter10.txt"_s, u"b/letter9.txt"_s, u"A.pdf"_s, u"notes.doc"_s,
                                u".imr-workbench/cache.txt"_s})
        write(dir.filePath(name), "x");
    LetterLoader loader(dir.path());
    // Only the formats the loader knows; hidden folders skipped; numbers in natural order.
    QCOMPARE(loader.scan(), (QStringList{u"b/letter9.txt"_s, u"b/letter10.txt"_s}));
}

void TestLetterLoader::guessedEncodingIsAWarning()
{
    QTemporaryDir dir;
    write(dir.filePath(u"cp1252.txt"_s), "Case Number: CM16-0900001\nThe \x93request\x94 is: Upheld\n");
    write(dir.filePath(u"utf8.txt"_s), "Case Number: CM16-0900002\n");
    const LetterLoader loader(dir.path());
    const imr::Letter guessed = loader.load(u"cp1252.txt"_s);
    QVERIFY(guessed.ok());
    QVERIFY(guessed.text.contains(u"\u201Crequest\u201D"_s));
    QVERIFY2(guessed.warning.contains(u"Windows-1252"_s), qPrintable(guessed.warning));
    QVERIFY(loader.load(u"utf8.txt"_s).warning.isEmpty());
}

// The bytes of a regular file, read through one open file: a folder, a
// pipe (which must not hang the load), a missing, empty or huge file each
// give their reason instead.
void TestLetterLoader::readFileTakesOnlyALettersBytes_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("errorPart"); // empty: read
    QTest::newRow("letter") << u"file"_s << QByteArray("MAXIMUS FEDERAL SERVICES\nCM16-0900001\n") << QString();
    QTest::newRow("one byte") << u"file"_s << QByteArray("x") << QString();
    QTest::newRow("at the limit") << u"file"_s << QByteArray(imr::LetterFormat::kMaxFileSize, 'a') << QString();
    QTest::newRow("over the limit") << u"file"_s << QByteArray(imr::LetterFormat::kMaxFileSize + 1, 'a')
                                    << u"larger than"_s;
    QTest::newRow("empty") << u"file"_s << QByteArray() << u"empty"_s;
    QTest::newRow("folder") << u"folder"_s << QByteArray() << u"folder named like a letter"_s;
#ifdef Q_OS_UNIX
    QTest::newRow("pipe") << u"pipe"_s << QByteArray() << u"not a regular file"_s;
#endif
    QTest::newRow("missing") << u"missing"_s << QByteArray() << u"cannot be read"_s;
}

void TestLetterLoader::readFileTakesOnlyALettersBytes()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, errorPart);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"letter.txt"_s);
    if (kind == u"file"_s)
        write(path, bytes);
    else if (kind == u"folder"_s)
        QVERIFY(QDir(dir.path()).mkdir(u"letter.txt"_s));
#ifdef Q_OS_UNIX
    else if (kind == u"pipe"_s)
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
#endif
    imr::LetterContent content;
    const QByteArray read = imr::LetterFormat::readFile(path, content);
    if (errorPart.isEmpty()) {
        QCOMPARE(content.error, QString());
        QCOMPARE(read, bytes);
        QCOMPARE(content.contentHash, imr::LetterFormat::hashOf(bytes));
    } else {
        QVERIFY2(content.error.contains(errorPart, Qt::CaseInsensitive), qPrintable(content.error));
        QVERIFY(read.isEmpty());
        QVERIFY(content.contentHash.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestLetterLoader)
#include "tst_letterloader.moc"
