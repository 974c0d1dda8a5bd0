// What only a team store does: claims with leases, roles, the database user
// in the audit trail, live updates, schema migrations, TLS and passwords
// from the environment. Against a PostgreSQL server this test starts.
#include "postgresserver.h"
#include "review/reviewrules.h"
#include "store/postgresreviewstore.h"
#include "store/postgresschema.h"
#include "store/storeaddress.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestTeamStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<imr::PostgresReviewStore> openAs(const QString &user, const QString &analyst);
    QString scalar(const QString &sql) const;

    imr::test::PostgresServer m_server;
    QTemporaryDir m_dir;
    const QString m_db = u"team"_s;

private slots:
    void initTestCase();
    void addressesAreParsed_data();
    void addressesAreParsed();
    void initStoreIsRepeatable();
    void unpreparedDatabaseSaysHowToPrepareIt();
    void newerSchemaIsLeftUntouched();
    void claimsAreExclusive();
    void staleClaimExpires();
    void savesNeedTheClaim();
    void auditRecordsTheDatabaseUser();
    void onlyALeadReopensAClosedLetter();
    void auditTrailIsAppendOnly();
    void otherAnalystsChangesArrive();
    void sslModeReachesTheServer();
    void passwordsComeFromTheEnvironment();
};

void TestTeamStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString why = m_server.start();
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(m_server.createDatabase(m_db), QString());
    // Analysts log in as themselves and are granted a role.
    QCOMPARE(m_server.exec(m_db, u"CREATE ROLE alice LOGIN IN ROLE imr_reviewer;"
                                 " CREATE ROLE bob LOGIN IN ROLE imr_reviewer;"
                                 " CREATE ROLE carol LOGIN IN ROLE imr_lead;"_s),
             QString());
}

std::unique_ptr<imr::PostgresReviewStore> TestTeamStore::openAs(const QString &user, const QString &analyst)
{
    auto store = std::make_unique<imr::PostgresReviewStore>();
    store->setAnalyst(analyst);
    const imr::Status s = store->open(m_server.address(m_db, user), m_dir.path());
    if (!s)
        qWarning("%s", qPrintable(s.error()));
    return s ? std::move(store) : nullptr;
}

QString TestTeamStore::scalar(const QString &sql) const
{
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"scalar"_s);
        m_server.address(m_db).applyTo(db);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(u"scalar"_s);
    return value;
}

void TestTeamStore::addressesAreParsed_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("error"); // a word of the message; empty: parsed
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("sslmode");
    QTest::newRow("full") << u"postgresql://ana@db.example.org:6543/imr?sslmode=verify-full"_s << QString()
                          << u"db.example.org"_s << 6543 << u"imr"_s << u"ana"_s << u"verify-full"_s;
    QTest::newRow("defaults") << u"postgres://db/imr"_s << QString() << u"db"_s << 5432 << u"imr"_s << QString()
                              << QString();
    QTest::newRow("socket") << u"postgresql://ana@localhost/imr?host=/run/postgresql"_s << QString()
                            << u"/run/postgresql"_s << 5432 << u"imr"_s << u"ana"_s << QString();
    QTest::newRow("password") << u"postgresql://ana:secret@db/imr"_s << u"PGPASSWORD"_s << QString() << 0
                              << QString() << QString() << QString();
    QTest::newRow("password option") << u"postgresql://ana@db/imr?password=x"_s << u"PGPASSWORD"_s << QString() << 0
                                     << QString() << QString() << QString();
    QTest::newRow("bad sslmode") << u"postgresql://db/imr?sslmode=maybe"_s << u"sslmode"_s << QString() << 0
                                 << QString() << QString() << QString();
    QTest::newRow("no database") << u"postgresql://db/"_s << u"database"_s << QString() << 0 << QString()
                                 << QString() << QString();
    QTest::newRow("not a server") << u"/home/ana/letters"_s << u"postgresql://"_s << QString() << 0 << QString()
                                  << QString() << QString();
}

void TestTeamStore::addressesAreParsed()
{
    QFETCH(QString, url);
    QFETCH(QString, error);
    const auto parsed = imr::StoreAddress::parse(url);
    if (!error.isEmpty()) {
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().contains(error), qPrintable(parsed.error()));
        return;
    }
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QTEST(parsed->host, "host");
    QTEST(parsed->port, "port");
    QTEST(parsed->database, "database");
    QTEST(parsed->user, "user");
    QTEST(parsed->sslMode, "sslmode");
    // Written back, it reads the same; no password ever appears.
    QCOMPARE(imr::StoreAddress::parse(parsed->toUrl()).value(), parsed.value());
}

void TestTeamStore::initStoreIsRepeatable()
{
    const auto again = imr::PostgresReviewStore::initialize(m_server.address(m_db));
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again.value(), imr::PostgresSchema::latestVersion());
    QCOMPARE(scalar(u"SELECT count(*) FROM imr_schema"_s).toInt(), imr::PostgresSchema::latestVersion());
    // A reviewer cannot change the schema.
    const auto denied = imr::PostgresReviewStore::initialize(m_server.address(m_db, u"alice"_s));
    QVERIFY(!denied.ok());
    // The real command line does the same.
    QCOMPARE(m_server.createDatabase(u"bycli"_s, false), QString());
    QProcess cli;
    cli.start(QStringLiteral(IMR_BINARY), {u"--init-store"_s, m_server.address(u"bycli"_s).toUrl()});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    imr::PostgresReviewStore store;
    QCOMPARE(store.open(m_server.address(u"bycli"_s), m_dir.path()).error(), QString());
}

void TestTeamStore::unpreparedDatabaseSaysHowToPrepareIt()
{
    QCOMPARE(m_server.createDatabase(u"empty"_s, false), QString());
    imr::PostgresReviewStore store;
    const QString error = store.open(m_server.address(u"empty"_s), m_dir.path()).error();
    QVERIFY2(error.contains(u"--init-store"_s), qPrintable(error));
    QVERIFY(!store.isOpen());
    // Nothing was created by merely opening it.
    QCOMPARE(m_server.exec(u"empty"_s, u"SELECT 1 FROM imr_schema"_s).isEmpty(), false);
}

void TestTeamStore::newerSchemaIsLeftUntouched()
{
    QCOMPARE(m_server.createDatabase(u"newer"_s), QString());
    QCOMPARE(m_server.exec(u"newer"_s, u"INSERT INTO imr_schema (version) VALUES (99)"_s), QString());
    imr::PostgresReviewStore store;
    const QString error = store.open(m_server.address(u"newer"_s), m_dir.path()).error();
    QVERIFY2(error.contains(u"newer"_s), qPrintable(error));
    const auto upgrade = imr::PostgresReviewStore::initialize(m_server.address(u"newer"_s));
    QVERIFY(!upgrade.ok());
    QVERIFY2(upgrade.error().contains(u"left untouched"_s), qPrintable(upgrade.error()));
}

void TestTeamStore::claimsAreExclusive()
{
    auto ana = openAs(u"alice"_s, u"Ana"_s);
    auto ben = openAs(u"bob"_s, u"Ben"_s);
    QVERIFY(ana && ben);
    QVERIFY(ana->claim("c1")->mine);
    QVERIFY(ana->claim("c1")->mine); // renewing is claiming again
    const auto refused = ben->claim("c1");
    QVERIFY(refused.ok());
    QVERIFY(!refused->mine);
    QCOMPARE(refused->holder, u"Ana"_s);
    QCOMPARE(ben->claimsByOthers()->value("c1"), u"Ana"_s);
    QVERIFY(ana->claimsByOthers()->isEmpty());
    QVERIFY(ana->release("c1").ok());
    QVERIFY(ben->claim("c1")->mine);
    // A closed window lets its letters go at once.
    ben.reset();
    QVERIFY(ana->claim("c1")->mine);
    // A second window of Ana's on the same folder, while the first runs,
    // does not take the letter from it.
    auto anaAgain = openAs(u"alice"_s, u"Ana"_s);
    QVERIFY(anaAgain);
    QVERIFY(!anaAgain->claim("c1")->mine);
    // The first one's connection dies (a crash): the window started again
    // gets it at once; Ben, elsewhere, still waits for the lease.
    QCOMPARE(m_server.exec(m_db, u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                 " WHERE usename = 'alice' AND pid <> pg_backend_pid()"_s),
             QString());
    anaAgain.reset(); // its connections were cut too
    anaAgain = openAs(u"alice"_s, u"Ana"_s);
    QVERIFY(anaAgain);
    QVERIFY(anaAgain->claim("c1")->mine);
    ben = openAs(u"bob"_s, u"Ben"_s);
    QVERIFY(!ben->claim("c1")->mine);
}

void TestTeamStore::staleClaimExpires()
{
    auto ana = openAs(u"alice"_s, u"Ana"_s);
    auto ben = openAs(u"bob"_s, u"Ben"_s);
    QVERIFY(ana && ben);
    ana->setLeaseSeconds(1);
    QVERIFY(ana->claim("c2")->mine);
    QVERIFY(!ben->claim("c2")->mine);
    QTest::qWait(1500); // Ana's window stopped renewing (killed, say)
    QVERIFY(ben->claim("c2")->mine);
    QVERIFY(!ana->claim("c2")->mine);
}

void TestTeamStore::savesNeedTheClaim()
{
    auto ana = openAs(u"alice"_s, u"Ana"_s);
    auto ben = openAs(u"bob"_s, u"Ben"_s);
    QVERIFY(ana && ben);
    imr::DeterminationRecord r;
    r.fields[imr::FieldId::CaseNumber].value = u"CM1"_s;
    const imr::AuditEntry e{-1, u"case_number"_s, {}, {}, u"confirm"_s};
    const auto unclaimed = ben->saveReview("c3", u"c3.txt"_s, r, e, u"Ben"_s, 0);
    QCOMPARE(unclaimed.errorKind(), imr::Error::Kind::Claimed);
    QVERIFY(ana->claim("c3")->mine);
    const auto held = ben->saveReview("c3", u"c3.txt"_s, r, e, u"Ben"_s, 0);
    QCOMPARE(held.errorKind(), imr::Error::Kind::Claimed);
    QVERIFY2(held.error().contains(u"Ana"_s), qPrintable(held.error()));
    QCOMPARE(ana->saveReview("c3", u"c3.txt"_s, r, e, u"Ana"_s, 0).value(), 1);
}

void TestTeamStore::auditRecordsTheDatabaseUser()
{
    auto ana = openAs(u"alice"_s, u"Ana"_s);
    QVERIFY(ana);
    QCOMPARE(ana->storeUser(), u"alice"_s);
    QVERIFY(ana->claim("c4")->mine);
    imr::DeterminationRecord r;
    r.fields[imr::FieldId::CaseNumber].value = u"CM4"_s;
    // The reviewer name is the analyst's to choose; the database user is not.
    QVERIFY(ana->saveReview("c4", u"c4.txt"_s, r, {-1, u"case_number"_s, {}, {}, u"confirm"_s}, u"Someone Else"_s, 0).ok());
    QCOMPARE(scalar(u"SELECT db_user FROM audit WHERE content_hash = 'c4'"_s), u"alice"_s);
    QCOMPARE(scalar(u"SELECT reviewer FROM audit WHERE content_hash = 'c4'"_s), u"Someone Else"_s);
}

void TestTeamStore::onlyALeadReopensAClosedLetter()
{
    auto ana = openAs(u"alice"_s, u"Ana"_s);
    QVERIFY(ana);
    QVERIFY(!ana->isLead().value());
    QVERIFY(ana->claim("c5")->mine);
    imr::DeterminationRecord r;
    r.fields[imr::FieldId::CaseNumber].value = u"CM5"_s;
    for (const imr::FieldChange &c : imr::ReviewRules::confirmAll(r))
        r = imr::ReviewRules::withField(r, c.address, c.after).value();
    QVERIFY(imr::ReviewRules::confirmAll(r).isEmpty());
    const imr::AuditEntry e{-1, u"case_number"_s, {}, {}, u"confirm"_s};
    QCOMPARE(ana->saveReview("c5", u"c5.txt"_s, r, e, u"Ana"_s, 0).value(), 1); // every field acknowledged: closed
    QCOMPARE(ana->saveReview("c5", u"c5.txt"_s, r, e, u"Ana"_s, 1).value(), 2); // same session: an undo may follow
    ana.reset();

    auto ben = openAs(u"bob"_s, u"Ben"_s);
    QVERIFY(ben);
    QVERIFY(ben->claim("c5")->mine);
    const auto closed = ben->saveReview("c5", u"c5.txt"_s, r, e, u"Ben"_s, 2);
    QVERIFY2(closed.errorKind() == imr::Error::Kind::Forbidden, qPrintable(closed.error()));
    QCOMPARE(ben->reopen("c5", u"Ben"_s).errorKind(), imr::Error::Kind::Forbidden);
    QVERIFY(ben->release("c5").ok());

    auto carol = openAs(u"carol"_s, u"Cleo"_s);
    QVERIFY(carol);
    QVERIFY(carol->isLead().value());
    QCOMPARE(carol->reopen("c5", u"Cleo"_s).error(), QString());
    QCOMPARE(scalar(u"SELECT action FROM audit WHERE content_hash = 'c5' ORDER BY id DESC LIMIT 1"_s), u"reopen"_s);
    QVERIFY(ben->claim("c5")->mine);
    QCOMPARE(ben->saveReview("c5", u"c5.txt"_s, r, e, u"Ben"_s, 3).error(), QString());
}

void TestTeamStore::auditTrailIsAppendOnly()
{
    // Nor can a reviewer reopen a closed letter by writing the table
    // directly: the server's guard refuses (c5 was closed, then reopened by
    // the lead and closed again by Ben above).
    QCOMPARE(scalar(u"SELECT completed FROM reviews WHERE content_hash = 'c5'"_s), u"true"_s);
    const QString name = u"alice-raw"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        m_server.address(m_db, u"alice"_s).applyTo(db);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(!q.exec(u"DELETE FROM audit"_s));
        QVERIFY(!q.exec(u"UPDATE audit SET new_value = 'x'"_s));
        QVERIFY(!q.exec(u"DELETE FROM reviews"_s));
        QVERIFY(!q.exec(u"UPDATE reviews SET completed = false WHERE content_hash = 'c5'"_s));
        QVERIFY(!q.exec(u"UPDATE reviews SET closed_by = NULL, record = '{}' WHERE content_hash = 'c5'"_s));
    }
    QCOMPARE(scalar(u"SELECT completed FROM reviews WHERE content_hash = 'c5'"_s), u"true"_s);
    QSqlDatabase::removeDatabase(name);
}

void TestTeamStore::otherAnalystsChangesArrive()
{
    auto ana = openAs(u"alice"_s, u"Ana"_s);
    auto ben = openAs(u"bob"_s, u"Ben"_s);
    QVERIFY(ana && ben);
    std::unique_ptr<imr::StoreChangeFeed> feed = ben->changeFeed();
    QVERIFY(feed);
    QSignalSpy reviews(feed.get(), &imr::StoreChangeFeed::reviewChanged);
    QSignalSpy claims(feed.get(), &imr::StoreChangeFeed::claimChanged);
    QVERIFY(ana->claim("c6")->mine);
    QTRY_COMPARE_WITH_TIMEOUT(claims.size(), 1, 5000);
    QCOMPARE(claims.first().first().toByteArray(), QByteArray("c6"));
    imr::DeterminationRecord r;
    r.fields[imr::FieldId::CaseNumber].value = u"CM6"_s;
    QVERIFY(ana->saveReview("c6", u"c6.txt"_s, r, {-1, u"case_number"_s, {}, {}, u"confirm"_s}, u"Ana"_s, 0).ok());
    QTRY_COMPARE_WITH_TIMEOUT(reviews.size(), 1, 5000);
    QCOMPARE(reviews.first().first().toByteArray(), QByteArray("c6"));
    // Renewals are not news.
    QVERIFY(ana->claim("c6")->mine);
    QTest::qWait(500);
    QCOMPARE(claims.size(), 1);
    QVERIFY(ana->release("c6").ok());
    QTRY_COMPARE_WITH_TIMEOUT(claims.size(), 2, 5000);
    QTest::qWait(300);
    QCOMPARE(claims.size(), 2);
    // The listening connection dropped (a server restart, the network):
    // the feed says so, and a window makes a new one.
    QVERIFY(feed->isAlive());
    QCOMPARE(m_server.exec(m_db, u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                 " WHERE usename = 'bob' AND pid <> pg_backend_pid()"_s),
             QString());
    QTRY_VERIFY_WITH_TIMEOUT(!feed->isAlive(), 5000);
    std::unique_ptr<imr::StoreChangeFeed> again = ben->changeFeed();
    QVERIFY(again && again->isAlive());
}

void TestTeamStore::sslModeReachesTheServer()
{
    // libpq never uses TLS on a Unix socket, so this server cannot show a
    // TLS session. What it shows: the mode is handed to libpq as given
    // (a mode libpq does not know is refused by libpq itself), and TLS
    // modes are accepted on the way in.
    imr::StoreAddress address = m_server.address(m_db);
    address.sslMode = u"require"_s;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"ssl-options"_s);
    address.applyTo(db);
    QVERIFY(db.connectOptions().split(u';').contains(u"sslmode=require"_s));
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"ssl-options"_s);
    address.sslMode = u"not-a-mode"_s;
    imr::PostgresReviewStore store;
    const QString error = store.open(address, m_dir.path()).error();
    QVERIFY2(error.contains(u"sslmode"_s), qPrintable(error));
    address.sslMode = u"prefer"_s;
    QCOMPARE(store.open(address, m_dir.path()).error(), QString());
}

void TestTeamStore::passwordsComeFromTheEnvironment()
{
    QCOMPARE(m_server.exec(m_db, u"GRANT imr_reviewer TO imr_pw"_s), QString());
    const imr::StoreAddress address = m_server.address(m_db, QString::fromLatin1(imr::test::PostgresServer::kPasswordUser));
    qunsetenv("PGPASSWORD");
    const QString pgpass = m_dir.path() + u"/pgpass"_s;
    qputenv("PGPASSFILE", QFile::encodeName(pgpass));
    {
        imr::PostgresReviewStore store;
        QVERIFY(!store.open(address, m_dir.path()).ok()); // no password anywhere
    }
    {
        qputenv("PGPASSWORD", "imr-test-secret");
        imr::PostgresReviewStore store;
        QCOMPARE(store.open(address, m_dir.path()).error(), QString());
        qunsetenv("PGPASSWORD");
    }
    {
        QFile file(pgpass);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("*:*:*:imr_pw:imr-test-secret\n");
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // libpq ignores a readable pgpass
        imr::PostgresReviewStore store;
        QCOMPARE(store.open(address, m_dir.path()).error(), QString());
    }
    qunsetenv("PGPASSFILE");
}

QTEST_GUILESS_MAIN(TestTeamStore)
#include "tst_teamstore.moc"
