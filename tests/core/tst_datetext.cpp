#include "extraction/datetext.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestDateText : public QObject
{
    Q_OBJECT
private slots:
    void parses_data();
    void parses();
};

void TestDateText::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("iso");
    QTest::newRow("mm/dd/yyyy") << u"11/09/2016"_s << u"2016-11-09"_s;
    QTest::newRow("m-d-yy") << u"10-13-16"_s << u"2016-10-13"_s;
    QTest::newRow("m/dd/yy") << u"3/03/12"_s << u"2012-03-03"_s;
    QTest::newRow("old two-digit year") << u"4/1/98"_s << u"1998-04-01"_s;
    QTest::newRow("month name") << u"May 22, 2014"_s << u"2014-05-22"_s;
    QTest::newRow("month name no comma") << u"February 8 2007"_s << u"2007-02-08"_s;
    QTest::newRow("abbreviated") << u"Feb. 8, 2007"_s << u"2007-02-08"_s;
    QTest::newRow("iso") << u"2016-10-13"_s << u"2016-10-13"_s;
    QTest::newRow("impossible date") << u"13/45/2016"_s << QString();
    QTest::newRow("not a date") << u"Standard"_s << QString();
    QTest::newRow("spaces around") << u" 11/9/2016 "_s << u"2016-11-09"_s;
    QTest::newRow("one-digit year") << u"1/2/3"_s << QString();
    QTest::newRow("five-digit year") << u"11/09/20161"_s << QString();
    QTest::newRow("year first with slashes") << u"2016/10/13"_s << QString();
    QTest::newRow("missing part") << u"11/09"_s << QString();
    QTest::newRow("three-digit year") << u"1/2/201"_s << u"0201-01-02"_s;
}

void TestDateText::parses()
{
    QFETCH(QString, text);
    QFETCH(QString, iso);
    QCOMPARE(imr::DateText::toIso(text), iso);
}

QTEST_GUILESS_MAIN(TestDateText)
#include "tst_datetext.moc"
