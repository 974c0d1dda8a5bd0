// A child process confirms and corrects fields in a loop and is killed with
// SIGKILL at random moments, 50 times. After each kill every change it had
// reported as committed must be in the store, and the store must be sound.

#include "store/sqlitereviewstore.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCrashSafety : public QObject
{
    Q_OBJECT
private slots:
    void killedWriterLosesNothingAcknowledged();
};

void TestCrashSafety::killedWriterLosesNothingAcknowledged()
{
    QTemporaryDir dir;
    QVERIFY(QFile::copy(QStringLiteral(IMR_TEST_DATA "/letters/default-layout.txt"), dir.filePath(u"a.txt"_s)));
    const QString storePath = imr::SqliteReviewStore::locationFor(dir.path());
    QRandomGenerator random(20261122); // reproducible kill times
    int next = 0;
    int totalCommitted = 0;
    for (int round = 0; round < 50; ++round) {
        QProcess child;
        child.start(QStringLiteral(IMR_CRASHCHILD), {dir.path(), u"a.txt"_s, QString::number(next)});
        QVERIFY(child.waitForStarted());
        while (!child.canReadLine() && child.waitForReadyRead(30000)) {
        }
        QVERIFY2(child.readLine() == "ready\n", qPrintable(QString::fromLocal8Bit(child.readAllStandardError())));
        QTest::qWait(int(random.bounded(40, 250)));
        // QProcess::kill() is SIGKILL, and nothing once the child has ended:
        // ::kill() on processId(), which is 0 by then, would kill this
        // test's whole process group, ctest and the tests beside it.
        QVERIFY2(child.state() == QProcess::Running,
                 qPrintable(u"round %1: the writer ended on its own (exit code %2): %3"_s.arg(round)
                                .arg(child.exitCode())
                                .arg(QString::fromLocal8Bit(child.readAllStandardError()))));
        child.kill();
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
        QStringList committed;
        for (const QByteArray &line : lines) {
            if (line.startsWith("committed "))
                committed << QString::fromLatin1(line.split(' ').value(2));
        }
        totalCommitted += int(committed.size());
        next += 100000; // each round writes values of its own
        const QString name = u"check%1"_s.arg(round);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(storePath);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"ok"_s);
            for (const QString &value : std::as_const(committed)) {
                QSqlQuery a(db);
                a.prepare(u"SELECT COUNT(*) FROM audit WHERE new_value = ?"_s);
                a.addBindValue(value);
                QVERIFY(a.exec() && a.next());
                QVERIFY2(a.value(0).toInt() == 1, qPrintable(u"round %1: %2 reported but not stored"_s.arg(round).arg(value)));
            }
            if (!committed.isEmpty()) {
                // The stored review is the last acknowledged change or a later one.
                QSqlQuery r(db);
                QVERIFY(r.exec(u"SELECT record FROM reviews"_s) && r.next());
                const QString record = r.value(0).toString();
                const QString last = committed.constLast();
                const QRegularExpression caseNumber(u"\"case_number\":\\{[^}]*\"v\":\"(CM00-\\d+)\""_s);
                const QString stored = caseNumber.match(record).captured(1);
                QVERIFY2(stored >= last, qPrintable(stored + u" < "_s + last));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    qInfo("%d changes acknowledged across 50 kills", totalCommitted);
    QVERIFY(totalCommitted > 50);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
