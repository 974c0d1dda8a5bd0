// The headless export through the real executable: no display, one summary line.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString err;
};

Run run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"QT_QPA_PLATFORM"_s); // the export must not need a display platform
    env.remove(u"DISPLAY"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(IMR_BINARY), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void exportsAFolder();
    void failures_data();
    void failures();
};

void TestCli::exportsAFolder()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"out.csv"_s);
    const Run r = run({u"--export-csv"_s, out, QStringLiteral(IMR_EXAMPLES)});
    QCOMPARE(r.exitCode, 0);
    const int letters = int(QDir(QStringLiteral(IMR_EXAMPLES)).entryList({u"*.txt"_s}, QDir::Files).size());
    QVERIFY2(r.err.contains(u"Exported %1 letters"_s.arg(letters)), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"0 errors"_s), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(u'\n'), 0); // one line
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF" "file,case_number"));
    QVERIFY(csv.count("\r\n") > letters); // header + at least one row per letter
}

void TestCli::failures_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("missing folder") << u"out.csv"_s << u"/nonexistent/letters"_s << u"not a folder"_s;
    QTest::newRow("unwritable output") << u"no/such/dir/out.csv"_s << QStringLiteral(IMR_EXAMPLES) << u"Cannot write"_s;
}

void TestCli::failures()
{
    QFETCH(QString, output);
    QFETCH(QString, folder);
    QFETCH(QString, messagePart);
    QTemporaryDir dir;
    const Run r = run({u"--export-csv"_s, dir.filePath(output), folder});
    QVERIFY(r.exitCode > 0);
    QVERIFY2(r.err.contains(messagePart), qPrintable(r.err));
    QVERIFY(!QFile::exists(dir.filePath(output)));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
