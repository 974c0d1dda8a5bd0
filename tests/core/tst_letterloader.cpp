#include "folder/letterloader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestLetterLoader)
#include "tst_letterloader.moc"
