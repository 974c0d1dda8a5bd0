#include "extraction/textdecoder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using imr::TextDecoder;

class TestTextDecoder : public QObject
{
    Q_OBJECT
private slots:
    void decodes_data();
    void decodes();
    void rejects_data();
    void utf8SurrogatesNeverReachTheText();
    void rejects();
};

void TestTextDecoder::decodes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");

    QTest::newRow("utf-8") << "Upheld \xE2\x80\x93 ok"_ba << u"Upheld \u2013 ok"_s << u"UTF-8"_s;
    QTest::newRow("utf-8 with BOM") << "\xEF\xBB\xBF" "Case Number:"_ba << u"Case Number:"_s << u"UTF-8"_s;
    QTest::newRow("utf-16le BOM") << QByteArray("\xFF\xFE" "A\0:\0 \0\x19\x20", 10) << u"A: \u2019"_s << u"UTF-16LE"_s;
    QTest::newRow("utf-16be BOM") << QByteArray("\xFE\xFF\0A\0:\0 \x20\x19", 10) << u"A: \u2019"_s << u"UTF-16BE"_s;
    QTest::newRow("windows-1252 quotes and dashes")
        << "\x93Upheld\x94 \x96 \x97 it\x92s \xE9"_ba << u"\u201CUpheld\u201D \u2013 \u2014 it\u2019s \u00E9"_s
        << u"Windows-1252"_s;
    QTest::newRow("CRLF") << "a\r\nb\r\n"_ba << u"a\nb\n"_s << u"UTF-8"_s;
    QTest::newRow("CR") << "a\rb\r"_ba << u"a\nb\n"_s << u"UTF-8"_s;
    QTest::newRow("form feed kept") << "page one\n\n\fpage two"_ba << u"page one\n\n\fpage two"_s << u"UTF-8"_s;
}

void TestTextDecoder::decodes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    const imr::DecodedText decoded = TextDecoder::decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.text, text);
    QCOMPARE(decoded.encoding, encoding);
}

void TestTextDecoder::rejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("only whitespace") << " \n\f\n"_ba << u"no text"_s;
    QTest::newRow("binary with NUL") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << u"binary"_s;
    QTest::newRow("odd UTF-16") << QByteArray("\xFF\xFE" "A", 3) << u"UTF-16"_s;
    // A lone surrogate: the extractor relies on valid UTF-16.
    QTest::newRow("UTF-16 lone high surrogate") << QByteArray("\xFF\xFE" "A\0\x00\xD8" "B\0", 8) << u"not valid Unicode"_s;
    QTest::newRow("UTF-16 lone low surrogate") << QByteArray("\xFE\xFF" "\0A\xDC\x00\0B", 8) << u"not valid Unicode"_s;
    // Encoded surrogates are not UTF-8: read as Windows-1252, never as a lone surrogate.
}

void TestTextDecoder::utf8SurrogatesNeverReachTheText()
{
    const imr::DecodedText decoded = TextDecoder::decode("Case \xED\xA0\x80 Number"_ba);
    QVERIFY(!decoded.ok() || QStringView(decoded.text).isValidUtf16());
}

void TestTextDecoder::rejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, errorPart);
    const imr::DecodedText decoded = TextDecoder::decode(bytes);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error.contains(errorPart, Qt::CaseInsensitive), qPrintable(decoded.error));
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
