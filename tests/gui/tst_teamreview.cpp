// Two windows on one team store (a PostgreSQL server this test starts),
// offscreen: they see each other's confirmations, never edit one letter at
// once, and an analyst killed mid-review loses nothing acknowledged.
#include "app/mainwindow.h"
#include "letters/letterlistmodel.h"
#include "postgresserver.h"
#include "review/reviewcontroller.h"
#include "review/reviewnavigator.h"
#include "review/reviewpanel.h"
#include "store/postgresreviewstore.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QApplication>

using namespace Qt::StringLiterals;
using imr::FieldAddress;
using imr::gui::MainWindow;

namespace {

// Rows of an RFC 4180 file (quoted cells may hold commas and line breaks).
QList<QStringList> csvRows(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"')
                cell += text.at(++i);
            else if (c == u'"')
                quoted = false;
            else
                cell += c;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << std::exchange(cell, {});
        } else if (c == u'\n') {
            row << std::exchange(cell, {});
            rows << std::exchange(row, {});
        } else if (c != u'\r') {
            cell += c;
        }
    }
    return rows;
}

} // namespace

class TestTeamReview : public QObject
{
    Q_OBJECT

private:
    bool open(MainWindow &window, const QString &folder, const QString &analyst);

    imr::test::PostgresServer m_server;
    QTemporaryDir m_dir;
    QString m_url;

private slots:
    void initTestCase();
    void twoWindowsShareOneStore();
    void claimIsRenewedWhileTheLetterStaysOpen();
    void exportAndReportIncludeEveryonesWork();
    void undoNeverPutsBackOverAnotherAnalystsChange();
    void killedAnalystLosesNothing();
};

void TestTeamReview::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString why = m_server.start();
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(m_server.createDatabase(u"team"_s), QString());
    m_url = m_server.address(u"team"_s).toUrl();
    // Each analyst has the letters on their own disk, under other names.
    for (const QString &who : {u"ana"_s, u"ben"_s}) {
        QVERIFY(QDir().mkpath(m_dir.path() + u'/' + who));
        for (const QString &name : {u"CM16-0900101.txt"_s, u"CM16-0900102.txt"_s})
            QVERIFY(QFile::copy(QStringLiteral(IMR_EXAMPLES) + u'/' + name,
                                m_dir.path() + u'/' + who + u'/' + who + u'-' + name));
    }
}

bool TestTeamReview::open(MainWindow &window, const QString &folder, const QString &analyst)
{
    window.setTeamStore(m_url);
    QSignalSpy loaded(&window, &MainWindow::folderLoaded);
    window.openFolder(folder);
    if (!loaded.wait(30000) || !window.storeError().isEmpty())
        return false;
    window.reviewController()->setReviewer(analyst);
    return true;
}

void TestTeamReview::twoWindowsShareOneStore()
{
    MainWindow ana, ben;
    QAbstractItemModelTester anaTester(ana.letterModel());
    QVERIFY(open(ana, m_dir.path() + u"/ana"_s, u"Ana"_s));
    QVERIFY(open(ben, m_dir.path() + u"/ben"_s, u"Ben"_s));
    QCOMPARE(ana.letterModel()->rowCount(), 2);
    QVERIFY2(ana.windowTitle().contains(u"team"_s), qPrintable(ana.windowTitle()));

    // Ana opens the first letter; Ben sees it held by her, read-only.
    ana.selectLetter(0);
    const imr::gui::ReviewController *anaReview = ana.reviewController();
    QVERIFY(anaReview->currentLetter().reviewable());
    QSignalSpy benClaims(ben.reviewController(), &imr::gui::ReviewController::claimChanged);
    ben.selectLetter(0);
    QCOMPARE(ben.reviewController()->currentLetter().contentHash, anaReview->currentLetter().contentHash);
    QCOMPARE(ben.reviewController()->currentLetter().claimedBy, u"Ana"_s);
    QVERIFY(!ben.reviewController()->currentLetter().reviewable());
    auto *benPanel = ben.findChild<imr::gui::ReviewPanel *>();
    QVERIFY(!benPanel->isReviewable());
    // Ben's attempt changes nothing.
    const auto first = imr::ReviewNavigator::firstToReview(anaReview->currentLetter().record);
    QVERIFY(first);
    ben.reviewController()->confirm(0, *first);
    QVERIFY(!ben.reviewController()->currentLetter().record.field(first->item, first->field).isReviewed());

    // Ben's list says who has it, whichever letter Ben is on.
    ben.selectLetter(1);
    QTRY_COMPARE_WITH_TIMEOUT(ben.letterModel()->index(0, imr::gui::LetterListModel::StatusColumn).data().toString(),
                              u"In review by Ana"_s, 5000);
    QVERIFY(ben.letterModel()->index(1, imr::gui::LetterListModel::StatusColumn).data().toString() != u"In review by Ana"_s);
    ben.selectLetter(0);

    // Ana confirms; Ben's list shows it within seconds (LISTEN/NOTIFY).
    ana.reviewController()->confirm(0, *first);
    QVERIFY(anaReview->currentLetter().record.field(first->item, first->field).isReviewed());
    QTRY_COMPARE_WITH_TIMEOUT(ben.letterModel()->index(0, 0).data(imr::gui::LetterListModel::StatusRole).toInt(),
                              int(imr::LetterStatus::InProgress), 5000);

    // Ana moves on: Ben gets the letter, with her confirmation in it.
    ana.selectLetter(1);
    QTRY_VERIFY_WITH_TIMEOUT(ben.reviewController()->currentLetter().claimedBy.isEmpty(), 5000);
    QVERIFY(ben.reviewController()->currentLetter().record.field(first->item, first->field).isReviewed());
    QVERIFY(benPanel->isReviewable());
    QVERIFY(benClaims.last().first().toString().isEmpty()); // the last news: the letter is Ben's
    QVERIFY(!ben.letterModel()->index(0, imr::gui::LetterListModel::StatusColumn).data().toString().startsWith(u"In review"_s));
    // And Ben's own change reaches Ana's list.
    const auto next = imr::ReviewNavigator::nextToReview(ben.reviewController()->currentLetter().record, *first);
    QVERIFY(next);
    ben.reviewController()->confirm(0, *next);
    QVERIFY(ben.reviewController()->currentLetter().record.field(next->item, next->field).isReviewed());
    ana.selectLetter(0);
    QCOMPARE(ana.reviewController()->currentLetter().claimedBy, u"Ben"_s);
    QVERIFY(ana.reviewController()->currentLetter().record.field(next->item, next->field).isReviewed());
}

void TestTeamReview::claimIsRenewedWhileTheLetterStaysOpen()
{
    MainWindow ana, ben;
    QVERIFY(open(ana, m_dir.path() + u"/ana"_s, u"Ana"_s));
    QVERIFY(open(ben, m_dir.path() + u"/ben"_s, u"Ben"_s));
    // Two seconds, renewed every 0.7 s: a busy (sanitizer) run may miss a
    // renewal without the lease lapsing.
    ana.reviewController()->setClaimLease(2);
    ana.selectLetter(1);
    QVERIFY(ana.reviewController()->currentLetter().reviewable());
    QTest::qWait(4500); // more than two leases: only renewal keeps it
    ben.selectLetter(1);
    QCOMPARE(ben.reviewController()->currentLetter().claimedBy, u"Ana"_s);
    // Closing the store lets the letter go at once (a killed window's
    // claim lapses instead: killedAnalystLosesNothing).
    ana.reviewController()->closeStore();
    QTRY_VERIFY_WITH_TIMEOUT(ben.reviewController()->currentLetter().claimedBy.isEmpty(), 5000);
}

void TestTeamReview::exportAndReportIncludeEveryonesWork()
{
    // Ben's folder, exported with the team store: Ana's confirmations of the
    // first letter (twoWindowsShareOneStore) are in it, under Ben's file name.
    const QString csv = m_dir.path() + u"/team.csv"_s;
    QProcess cli;
    cli.start(QStringLiteral(IMR_BINARY), {u"--export-csv"_s, csv, u"--store"_s, m_url, m_dir.path() + u"/ben"_s});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    const QList<QStringList> rows = csvRows(text);
    QVERIFY(!rows.isEmpty());
    const qsizetype status = rows.first().indexOf(u"review_status"_s);
    const qsizetype by = rows.first().indexOf(u"reviewed_by"_s);
    QVERIFY(status > 0 && by > 0);
    bool found = false;
    for (const QStringList &cells : rows) {
        if (!cells.contains(u"ben-CM16-0900101.txt"_s))
            continue;
        QCOMPARE(cells.value(status), u"in progress"_s);
        QVERIFY2(cells.value(by) == u"Ana"_s || cells.value(by) == u"Ben"_s, qPrintable(cells.value(by)));
        found = true;
    }
    QVERIFY(found);
    // The report reads the same store.
    const QString pdf = m_dir.path() + u"/team.pdf"_s;
    cli.start(QStringLiteral(IMR_BINARY), {u"--report"_s, pdf, u"--store"_s, m_url, m_dir.path() + u"/ben"_s});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QVERIFY(QFileInfo(pdf).size() > 1000);
    // A wrong address is an error, not a silent export without reviews.
    cli.start(QStringLiteral(IMR_BINARY), {u"--export-csv"_s, csv, u"--store"_s,
                                           m_server.address(u"nosuchdb"_s).toUrl(), m_dir.path() + u"/ben"_s});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 1);
}

void TestTeamReview::undoNeverPutsBackOverAnotherAnalystsChange()
{
    MainWindow ana, ben;
    QVERIFY(open(ana, m_dir.path() + u"/ana"_s, u"Ana"_s));
    QVERIFY(open(ben, m_dir.path() + u"/ben"_s, u"Ben"_s));
    const FieldAddress age{-1, imr::FieldId::PatientAge};
    // Ana confirms the age of the second letter and moves on.
    ana.selectLetter(1);
    const QString extracted = ana.reviewController()->currentLetter().record.field(-1, age.field).value;
    ana.reviewController()->confirm(1, age);
    QVERIFY(ana.reviewController()->currentLetter().record.field(-1, age.field).isReviewed());
    ana.selectLetter(0);
    // Ben takes it and corrects the age.
    QTRY_VERIFY_WITH_TIMEOUT((ben.selectLetter(1), ben.reviewController()->currentLetter().claimedBy.isEmpty()), 5000);
    QVERIFY(ben.reviewController()->correct(1, age, u"77"_s));
    ben.selectLetter(0);
    // Back on it, Ana's Ctrl+Z would put her confirmation back over Ben's
    // correction: refused, and said.
    QTRY_VERIFY_WITH_TIMEOUT((ana.selectLetter(1), ana.reviewController()->currentLetter().claimedBy.isEmpty()), 5000);
    QCOMPARE(ana.reviewController()->currentLetter().record.field(-1, age.field).value, u"77"_s);
    QSignalSpy refused(ana.reviewController(), &imr::gui::ReviewController::saveFailed);
    // The refusal is shown in a message box: closed as the reviewer would.
    QTimer::singleShot(0, this, [] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        QApplication::activeModalWidget()->close();
    });
    QVERIFY(ana.reviewController()->undoGroup()->canUndo());
    ana.reviewController()->undoGroup()->undo();
    QCOMPARE(refused.size(), 1);
    QVERIFY2(refused.first().first().toString().contains(u"Ben"_s), qPrintable(refused.first().first().toString()));
    QCOMPARE(ana.reviewController()->currentLetter().record.field(-1, age.field).value, u"77"_s);
    QVERIFY(extracted != u"77"_s);
    imr::PostgresReviewStore check;
    QCOMPARE(check.open(m_server.address(u"team"_s), m_dir.path()).error(), QString());
    const auto stored = check.review(ana.reviewController()->currentLetter().contentHash);
    QCOMPARE(stored.value()->record.field(-1, age.field).value, u"77"_s);
}

void TestTeamReview::killedAnalystLosesNothing()
{
    // An analyst process saving as fast as it can, killed with SIGKILL.
    const QString log = m_dir.path() + u"/killed.log"_s;
    QProcess analyst;
    analyst.start(QStringLiteral(IMR_TEAMANALYST),
                  {m_url, u"Kim"_s, u"7"_s, u"100000"_s, u"1"_s, u"1"_s, log});
    QVERIFY(analyst.waitForStarted());
    QFile file(log);
    QTRY_VERIFY_WITH_TIMEOUT(file.size() > 2000, 20000);
    analyst.kill();
    QVERIFY(analyst.waitForFinished());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList acked;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (line.startsWith("ack "))
            acked << QString::fromUtf8(line).split(u' ').last();
    QVERIFY(acked.size() > 5);

    imr::PostgresReviewStore store;
    store.setLeaseSeconds(1);
    QCOMPARE(store.open(m_server.address(u"team"_s), m_dir.path()).error(), QString());
    // The killed analyst's claim lapses (its lease was a second).
    QTRY_VERIFY_WITH_TIMEOUT(store.claim("letter-0000")->mine, 5000);
    const auto trail = store.auditTrail("letter-0000");
    QVERIFY(trail.ok());
    QStringList saved;
    for (const imr::AuditEntry &e : trail.value())
        saved << e.newValue;
    for (const QString &token : std::as_const(acked))
        QVERIFY2(saved.contains(token), qPrintable(token));
    // Each field holds the last change audited for it, and the last
    // acknowledged change is the last one audited.
    const auto review = store.review("letter-0000");
    QVERIFY(review.ok() && review.value());
    QHash<QString, QString> lastOfField;
    for (const imr::AuditEntry &e : trail.value())
        lastOfField.insert(e.field, e.newValue);
    for (auto it = lastOfField.cbegin(); it != lastOfField.cend(); ++it)
        QCOMPARE(review.value()->record.fields.value(imr::FieldId(it.key().mid(1).toInt())).value, it.value());
    const qsizetype lastAcked = saved.lastIndexOf(acked.last());
    QVERIFY(lastAcked >= 0);
    // After it, at most the one save committed but not yet logged when killed.
    QVERIFY2(saved.size() - 1 - lastAcked <= 1,
             qPrintable(u"%1 saved, last acknowledged at %2: %3 / %4"_s.arg(saved.size()).arg(lastAcked)
                            .arg(saved.mid(lastAcked).join(u' '), acked.mid(acked.size() - 3).join(u' '))));
}

QTEST_MAIN(TestTeamReview)
#include "tst_teamreview.moc"
