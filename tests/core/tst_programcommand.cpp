#include "platform/programcommand.h"

#include <QTest>

using namespace Qt::StringLiterals;

// tools/workbench starts the program through the build root's loader; the
// PDF helpers and the sample folder depend on reading that back right.
class TestProgramCommand : public QObject
{
    Q_OBJECT
private slots:
    void command_data();
    void command();
};

void TestProgramCommand::command_data()
{
    QTest::addColumn<QString>("executable");
    QTest::addColumn<QStringList>("commandLine");
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("prefix");
    QTest::addColumn<QString>("programFile");

    const QString loader = u"/cache/trixie/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2"_s;
    const QString bin = u"/home/a/imr/build/src/app/imr-workbench"_s;
    QTest::newRow("started directly") << bin << QStringList{bin, u"/letters"_s} << bin << QStringList{} << bin;
    QTest::newRow("through the loader, as tools/workbench does")
        << loader
        << QStringList{loader, u"--library-path"_s, u"/cache/lib"_s, u"--argv0"_s, bin, bin, u"--export-csv"_s,
                       u"/o.csv"_s, u"/letters"_s}
        << loader << QStringList{u"--library-path"_s, u"/cache/lib"_s, u"--argv0"_s, bin, bin} << bin;
    QTest::newRow("loader with flags") << loader
                                       << QStringList{loader, u"--inhibit-cache"_s, bin, u"--pdf-worker"_s}
                                       << loader << QStringList{u"--inhibit-cache"_s, bin} << bin;
    QTest::newRow("loader alone, no program named: keep the executable")
        << loader << QStringList{loader, u"--library-path"_s, u"/x"_s} << loader << QStringList{} << loader;
    QTest::newRow("unreadable command line") << loader << QStringList{} << loader << QStringList{} << loader;
}

void TestProgramCommand::command()
{
    QFETCH(QString, executable);
    QFETCH(QStringList, commandLine);
    QFETCH(QString, program);
    QFETCH(QStringList, prefix);
    QFETCH(QString, programFile);
    const imr::ProgramCommand command = imr::ProgramCommand::fromProcess(executable, commandLine);
    QCOMPARE(command.program(), program);
    QCOMPARE(command.prefixArguments(), prefix);
    QCOMPARE(command.programFile(), programFile);
    QCOMPARE(command.startedByLoader(), program != programFile);
}

QTEST_GUILESS_MAIN(TestProgramCommand)
#include "tst_programcommand.moc"
