// The real main window, offscreen, confirming fields from the keyboard in a
// child process that is killed with SIGKILL at random moments. The child
// reports a confirmation only once the window shows it as confirmed; after
// every kill, and in a window opened again on the folder, each of those
// confirmations must be there.

#include "app/mainwindow.h"
#include "extraction/fieldschema.h"
#include "letters/letterlistmodel.h"
#include "review/fieldtreemodel.h"
#include "review/reviewcontroller.h"
#include "review/reviewpanel.h"
#include "windowopener.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <cstdio>

using namespace Qt::StringLiterals;
using imr::FieldAddress;
using imr::FieldSchema;
using imr::gui::MainWindow;

namespace {

// Every field of a letter, in the order the panel lists them.
QList<FieldAddress> fieldsOf(const imr::Letter &letter)
{
    QList<FieldAddress> fields;
    for (imr::FieldId id : FieldSchema::letterFields())
        fields.append({-1, id});
    for (int item = 0; item < letter.record.items.size(); ++item) {
        for (imr::FieldId id : FieldSchema::itemFields())
            fields.append({item, id});
    }
    return fields;
}

// The child: confirms every field still to confirm, letter after letter,
// with Enter, and prints "ack <path> <item> <column>" once the window shows
// the field confirmed.
int runChild(const QString &folder)
{
    MainWindow window;
    if (!imr::test::showAndOpenFolder(window, folder, 60000))
        return 2;
    auto *panel = window.findChild<imr::gui::ReviewPanel *>();
    std::printf("ready\n");
    std::fflush(stdout);
    for (int row = 0; row < window.letterModel()->rowCount(); ++row) {
        window.selectLetter(row);
        const imr::Letter letter = window.letterAt(row);
        if (!letter.ok())
            continue;
        for (const FieldAddress &a : fieldsOf(letter)) {
            if (window.letterAt(row).record.field(a.item, a.field).state != imr::ReviewState::Extracted)
                continue;
            panel->view()->setFocus();
            panel->setCurrentField(a);
            QTest::keyClick(panel->view(), Qt::Key_Return);
            if (window.letterAt(row).record.field(a.item, a.field).state == imr::ReviewState::Confirmed) {
                std::printf("ack %s %d %s\n", qPrintable(letter.relativePath), a.item,
                            qPrintable(FieldSchema::columnName(a.field)));
                std::fflush(stdout);
            }
        }
    }
    std::printf("done\n");
    std::fflush(stdout);
    return 0;
}

} // namespace

class TestWindowCrash : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void killedWindowLosesNoAcknowledgedConfirmation();
};

void TestWindowCrash::killedWindowLosesNoAcknowledgedConfirmation()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &name : QDir(QStringLiteral(IMR_EXAMPLES)).entryList({u"*.txt"_s}, QDir::Files))
        QVERIFY(QFile::copy(QStringLiteral(IMR_EXAMPLES "/") + name, dir.filePath(name)));
    QRandomGenerator random(20261202); // reproducible kill times
    QSet<QString> acknowledged;
    int kills = 0;
    bool done = false;
    for (int round = 0; round < 30 && !done; ++round) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        child.setProcessEnvironment(env);
        child.setStandardErrorFile(QProcess::nullDevice()); // Qt's warnings; nobody reads them
        child.start(QCoreApplication::applicationFilePath(), {u"--child"_s, dir.path()});
        QVERIFY(child.waitForStarted());
        // Killed at a random moment once the window has started confirming.
        QVERIFY2(child.waitForReadyRead(60000), "the window did not open the folder");
        QTest::qWait(int(random.bounded(50, 600)));
        const bool killed = child.state() == QProcess::Running;
        if (killed) {
            child.kill(); // SIGKILL; never ::kill(processId()), which is 0 once it has ended
            ++kills;
        }
        // A process killed inside fsync dies when the disk answers, which on
        // a machine busy with other tests can take a while.
        // A window that finished every field has ended on its own already
        // (waitForFinished() is false for a process that is not running).
        if (child.state() != QProcess::NotRunning && !child.waitForFinished(60000)) {
            QFile stat(u"/proc/%1/stat"_s.arg(child.processId()));
            QFile wchan(u"/proc/%1/wchan"_s.arg(child.processId()));
            stat.open(QIODevice::ReadOnly);
            wchan.open(QIODevice::ReadOnly);
            QFAIL(qPrintable(u"the window did not end (killed: %1; %2; waiting in %3)"_s.arg(
                killed ? u"yes"_s : u"no"_s, QString::fromLatin1(stat.readAll()), QString::fromLatin1(wchan.readAll()))));
        }
        for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
            if (line.startsWith("ack "))
                acknowledged.insert(QString::fromUtf8(line.mid(4)));
            done = done || line == "done";
        }
    }
    QVERIFY2(kills >= 5, "the window was hardly ever killed mid-review");
    QVERIFY2(acknowledged.size() >= 20, "too few confirmations to say anything");

    // Opened again: every acknowledged confirmation is there.
    MainWindow window;
    QVERIFY(imr::test::showAndOpenFolder(window, dir.path(), 60000));
    QHash<QString, imr::Letter> letters;
    for (int row = 0; row < window.letterModel()->rowCount(); ++row) {
        const imr::Letter letter = window.letterAt(row);
        letters.insert(letter.relativePath, letter);
    }
    for (const QString &ack : std::as_const(acknowledged)) {
        const QStringList parts = ack.split(u' ');
        QCOMPARE(parts.size(), 3);
        imr::FieldId id;
        QVERIFY(FieldSchema::fromColumnName(parts[2], &id));
        QVERIFY2(letters.contains(parts[0]), qPrintable(ack));
        QVERIFY2(letters[parts[0]].record.field(parts[1].toInt(), id).state == imr::ReviewState::Confirmed,
                 qPrintable(u"lost after a kill: "_s + ack));
    }
    qInfo("%d kills, %lld acknowledged confirmations, all kept", kills, qlonglong(acknowledged.size()));
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--child") == 0) {
        QStandardPaths::setTestModeEnabled(true);
        return runChild(QString::fromLocal8Bit(argv[2]));
    }
    TestWindowCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowcrash.moc"
