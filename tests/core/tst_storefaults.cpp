// Faults of the review store, with the same checks on the analyst's SQLite
// store and on a team's PostgreSQL store wherever the fault applies: a
// store that cannot be written opens read-only with the reason and still
// shows every review; a second window never writes over the first; a full
// disk refuses the confirmation and keeps everything before it; a review
// that cannot be read is an error, never "not reviewed".
#include "postgresserver.h"
#include "review/revieweditor.h"
#include "store/postgresreviewstore.h"
#include "store/sqlitereviewstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <sys/mount.h>
#include <unistd.h>

#include <memory>

using namespace Qt::StringLiterals;
using imr::FieldId;
using imr::ReviewState;

namespace {

imr::DeterminationRecord record(const QString &rationale = u"Not medically necessary."_s)
{
    imr::DeterminationRecord r;
    r.fields[FieldId::CaseNumber].value = u"CM16-0000001"_s;
    r.fields[FieldId::Priority].value = u"Standard"_s;
    imr::DisputedItem item;
    item.fields[FieldId::ItemRequest].value = u"Physical therapy x 12"_s;
    item.fields[FieldId::Decision].value = u"Upheld"_s;
    item.fields[FieldId::Rationale].value = rationale;
    r.items << item;
    return r;
}

imr::DeterminationRecord confirmed(imr::DeterminationRecord r)
{
    r.fields[FieldId::CaseNumber].state = ReviewState::Confirmed;
    return r;
}

const imr::AuditEntry kConfirm{-1, u"case_number"_s, u"CM16-0000001"_s, u"CM16-0000001"_s, u"confirm"_s};

} // namespace

class TestStoreFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<imr::ReviewStore> openWriter(const QString &backend, const QString &folder, const QString &database);
    void backends();

    imr::test::PostgresServer m_server;
    QTemporaryDir m_dir;
    int m_count = 0;

private slots:
    void initTestCase();
    void readOnlyStoreShowsReviewsAndRefusesChanges_data();
    void readOnlyStoreShowsReviewsAndRefusesChanges();
    void secondWindowOnTheFolderReadsOnly();
    void unnamedLockIsTakenOverOnlyWhenNobodyHoldsIt_data();
    void unnamedLockIsTakenOverOnlyWhenNobodyHoldsIt();
    void fullDiskRefusesTheConfirmationAndKeepsEverythingBefore_data() { backends(); }
    void fullDiskRefusesTheConfirmationAndKeepsEverythingBefore();
    void unreadableReviewIsAnErrorAndIsNeverReplaced_data() { backends(); }
    void unreadableReviewIsAnErrorAndIsNeverReplaced();
};

void TestStoreFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString why = m_server.start();
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(m_server.createDatabase(u"roles"_s), QString());
    QCOMPARE(m_server.exec(u"roles"_s, u"CREATE ROLE analyst LOGIN IN ROLE imr_reviewer"_s), QString());
    // A user who may look but not save: read grants only.
    QCOMPARE(m_server.exec(u"roles"_s, u"CREATE ROLE onlooker LOGIN"_s), QString());
}

void TestStoreFaults::backends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

std::unique_ptr<imr::ReviewStore> TestStoreFaults::openWriter(const QString &backend, const QString &folder,
                                                              const QString &database)
{
    if (backend == u"sqlite"_s) {
        auto store = std::make_unique<imr::SqliteReviewStore>();
        if (const auto s = store->openForFolder(folder); !s)
            qFatal("%s", qPrintable(s.error()));
        return store;
    }
    if (const QString why = m_server.createDatabase(database); !why.isEmpty())
        qFatal("%s", qPrintable(why));
    auto store = std::make_unique<imr::PostgresReviewStore>();
    store->setAnalyst(u"Ana"_s);
    if (const auto s = store->open(m_server.address(database, u"analyst"_s), folder); !s)
        qFatal("%s", qPrintable(s.error()));
    return store;
}

void TestStoreFaults::readOnlyStoreShowsReviewsAndRefusesChanges_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("reason"); // words the reason must hold
    QTest::newRow("sqlite: read-only folder") << u"sqlite"_s << u"read-only folder"_s << u"cannot be written"_s;
    // A window killed before SQLite moved its saves into the file leaves
    // them in the WAL: a read-only store must still show them.
    QTest::newRow("sqlite: read-only folder, saves still in the WAL") << u"sqlite"_s << u"wal"_s << u"cannot be written"_s;
    QTest::newRow("postgresql: user without write rights") << u"postgresql"_s << u"reader"_s << u"may not save"_s;
    QTest::newRow("postgresql: read-only server") << u"postgresql"_s << u"read-only server"_s << u"takes no changes"_s;
}

void TestStoreFaults::readOnlyStoreShowsReviewsAndRefusesChanges()
{
    QFETCH(QString, backend);
    QFETCH(QString, fault);
    QFETCH(QString, reason);
    const QString folder = m_dir.filePath(u"ro%1"_s.arg(++m_count));
    QVERIFY(QDir().mkpath(folder));
    const QString database = u"ro%1"_s.arg(m_count);
    {
        auto writer = openWriter(backend, folder, database);
        QVERIFY(writer->claim("aaaa").ok()); // a team store saves only the letter held
        const auto saved = writer->saveReview("aaaa", u"a.txt"_s, confirmed(record()), kConfirm, u"Ana"_s, 0);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        if (backend == u"sqlite"_s) {
            // The store's files as they are now, the WAL included while the
            // writer is open (closing it folds the WAL into the file).
            const QString storeDir = folder + u"/.imr-workbench/"_s;
            QVERIFY(QDir().mkpath(folder + u"/held"_s));
            const QStringList files = fault == u"wal"_s
                ? QStringList{u"review.sqlite"_s, u"review.sqlite-wal"_s, u"review.sqlite-shm"_s}
                : QStringList{};
            for (const QString &f : files) {
                QVERIFY(QFileInfo(storeDir + f).size() > 0);
                QVERIFY(QFile::copy(storeDir + f, folder + u"/held/"_s + f));
            }
        }
    }
    if (backend == u"sqlite"_s && fault != u"wal"_s)
        QVERIFY(QFile::copy(folder + u"/.imr-workbench/review.sqlite"_s, folder + u"/held/review.sqlite"_s));

    std::unique_ptr<imr::ReviewStore> store;
    bool mounted = false;
    if (backend == u"sqlite"_s) {
        const QString storeDir = folder + u"/.imr-workbench"_s;
        QVERIFY(QDir(storeDir).removeRecursively());
        QVERIFY(QDir().mkpath(storeDir));
        const QStringList held = QDir(folder + u"/held"_s).entryList(QDir::Files);
        if (::geteuid() == 0) {
            // Root writes through any permission: the store goes to a file
            // system mounted read-only instead.
            const QByteArray dir = QFile::encodeName(storeDir);
            QCOMPARE(::mount("tmpfs", dir.constData(), "tmpfs", 0, "size=16m,mode=0700"), 0);
            mounted = true;
            for (const QString &f : held)
                QVERIFY(QFile::copy(folder + u"/held/"_s + f, storeDir + u'/' + f));
            QCOMPARE(::mount(nullptr, dir.constData(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr), 0);
        } else {
            for (const QString &f : held) {
                QVERIFY(QFile::copy(folder + u"/held/"_s + f, storeDir + u'/' + f));
                QVERIFY(QFile::setPermissions(storeDir + u'/' + f, QFileDevice::ReadOwner));
            }
            QVERIFY(QFile::setPermissions(storeDir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        }
        auto sqlite = std::make_unique<imr::SqliteReviewStore>();
        QCOMPARE(imr::SqliteReviewStore::locationFor(folder), storeDir + u"/review.sqlite"_s);
        const auto opened = sqlite->openForFolder(folder);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        store = std::move(sqlite);
    } else {
        if (fault == u"reader"_s) {
            QCOMPARE(m_server.exec(database, u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO onlooker"_s), QString());
        } else {
            QCOMPARE(m_server.exec(database, u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO onlooker"_s), QString());
            QCOMPARE(m_server.exec(database, u"ALTER DATABASE %1 SET default_transaction_read_only = on"_s.arg(database)),
                     QString());
        }
        auto pg = std::make_unique<imr::PostgresReviewStore>();
        const auto opened = pg->open(m_server.address(database, fault == u"reader"_s ? u"onlooker"_s : u"analyst"_s), folder);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        store = std::move(pg);
    }

    QVERIFY2(store->readOnlyReason().contains(reason), qPrintable(store->readOnlyReason()));
    // Every review is still shown...
    const auto review = store->review("aaaa");
    QVERIFY2(review.ok(), qPrintable(review.error()));
    QVERIFY(review.value());
    QCOMPARE(review.value()->record.field(FieldId::CaseNumber).state, ReviewState::Confirmed);
    QCOMPARE(review.value()->version, 1);
    // ...and a change is refused with the reason, through the editor too.
    imr::DeterminationRecord changed = confirmed(record());
    changed.fields[FieldId::Priority].state = ReviewState::Confirmed;
    const auto refused = store->saveReview("aaaa", u"a.txt"_s, changed, kConfirm, u"Ana"_s, 1);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(reason), qPrintable(refused.error()));
    imr::Letter letter;
    letter.relativePath = u"a.txt"_s;
    letter.contentHash = "aaaa";
    letter.record = review.value()->record;
    letter.reviewVersion = 1;
    imr::ReviewEditor editor(*store, u"Ana"_s);
    QVERIFY(!editor.apply(letter, changed, kConfirm).ok());
    // Indexing a folder on a read-only store is no error: letters are read again.
    QList<imr::IndexEntry> entries(1);
    entries[0].file.relativePath = u"b.txt"_s;
    entries[0].file.contentHash = "bbbb";
    QVERIFY(store->commitIndex(entries, 1).ok());
    QVERIFY(store->forgetFiles({u"a.txt"_s}).ok());
    const auto index = store->folderIndex(1);
    QVERIFY2(index.ok(), qPrintable(index.error()));
    for (const imr::IndexedFile &f : index.value())
        QVERIFY(f.relativePath != u"b.txt"_s); // nothing was written
    QVERIFY(!store->saveCategorySuggestion(7, {u"Pharmaceuticals"_s, {}, u"Norco"_s, u"a.txt"_s}).ok());
    QVERIFY(!store->forgetCategorySuggestion(7).ok());
    QVERIFY(!store->reopen("aaaa", u"Ana"_s).ok() || !store->isShared());
    QCOMPARE(store->review("aaaa").value()->version, 1);
    store.reset();
    if (mounted)
        QCOMPARE(::umount(QFile::encodeName(folder + u"/.imr-workbench"_s).constData()), 0);
    else if (backend == u"sqlite"_s)
        QFile::setPermissions(folder + u"/.imr-workbench"_s, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

// One window writes a folder's store; a second one, in this process or
// another, reads it (the other window's saves included) and saves nothing.
// When the first lets go, the folder opens for review again.
void TestStoreFaults::secondWindowOnTheFolderReadsOnly()
{
    const QString folder = m_dir.filePath(u"two-windows"_s);
    QVERIFY(QDir().mkpath(folder));
    auto first = std::make_unique<imr::SqliteReviewStore>();
    QVERIFY(first->openForFolder(folder).ok());
    QVERIFY(first->readOnlyReason().isEmpty());
    imr::SqliteReviewStore second;
    QVERIFY(second.openForFolder(folder).ok());
    QVERIFY2(second.readOnlyReason().contains(u"another IMR Workbench window"_s), qPrintable(second.readOnlyReason()));
    QVERIFY2(second.readOnlyReason().contains(QString::number(QCoreApplication::applicationPid())),
             "the reason names the process holding the folder");
    QVERIFY(first->saveReview("aaaa", u"a.txt"_s, confirmed(record()), kConfirm, u"Ana"_s, 0).ok());
    const auto seen = second.review("aaaa");
    QVERIFY(seen.ok() && seen.value());
    QCOMPARE(seen.value()->version, 1);
    QVERIFY(!second.saveReview("aaaa", u"a.txt"_s, record(), kConfirm, u"Ben"_s, 1).ok());
    QVERIFY(!second.saveCategorySuggestion(7, {u"Pharmaceuticals"_s, {}, u"Norco"_s, u"a.txt"_s}).ok());
    QCOMPARE(first->review("aaaa").value()->record.field(FieldId::CaseNumber).state, ReviewState::Confirmed);
    QCOMPARE(first->integrityCheck().value(), u"ok"_s);
    first.reset();
    imr::SqliteReviewStore third;
    QVERIFY(third.openForFolder(folder).ok());
    QVERIFY2(third.readOnlyReason().isEmpty(), qPrintable(third.readOnlyReason()));
    QVERIFY(third.saveReview("aaaa", u"a.txt"_s, record(), kConfirm, u"Ben"_s, 1).ok());
}

// A window killed between creating its lock file and writing its name in it
// leaves the file empty. Nobody holds it, so the next window takes it over;
// an empty file that a live window holds (it writes its name a moment
// later) still keeps the folder to that window.
void TestStoreFaults::unnamedLockIsTakenOverOnlyWhenNobodyHoldsIt_data()
{
    QTest::addColumn<bool>("held");
    QTest::newRow("left by a killed window") << false;
    QTest::newRow("held by a live window") << true;
}

void TestStoreFaults::unnamedLockIsTakenOverOnlyWhenNobodyHoldsIt()
{
    QFETCH(bool, held);
    const QString folder = m_dir.filePath(u"unnamed-lock%1"_s.arg(++m_count));
    QVERIFY(QDir().mkpath(folder));
    const QString lockPath = imr::SqliteReviewStore::locationFor(folder) + u".lock"_s;
    {
        imr::SqliteReviewStore created; // the store exists; only the lock is left
        QVERIFY(created.openForFolder(folder).ok());
    }
    QLockFile holder(lockPath);
    if (held)
        QVERIFY(holder.tryLock(0));
    QFile unnamed(lockPath);
    QVERIFY(unnamed.open(QIODevice::WriteOnly | QIODevice::Truncate));
    unnamed.close();
    QCOMPARE(QFileInfo(lockPath).size(), 0);

    imr::SqliteReviewStore store;
    QVERIFY(store.openForFolder(folder).ok());
    if (held) {
        QVERIFY2(!store.readOnlyReason().isEmpty(), "a lock that a live window holds was taken over");
        QVERIFY(!store.saveReview("aaaa", u"a.txt"_s, record(), kConfirm, u"Ben"_s, 0).ok());
        store.close();
        holder.unlock();
        QVERIFY(store.openForFolder(folder).ok());
    }
    QVERIFY2(store.readOnlyReason().isEmpty(), qPrintable(store.readOnlyReason()));
    QVERIFY(store.saveReview("aaaa", u"a.txt"_s, confirmed(record()), kConfirm, u"Ana"_s, 0).ok());
    QVERIFY2(QFileInfo(lockPath).size() > 0, "the new lock names its window");
}

// A confirmation that cannot be written (the database may not grow, as on
// a full disk) is refused with the reason; nothing saved before it is lost,
// and the letter's review and audit are as they were.
void TestStoreFaults::fullDiskRefusesTheConfirmationAndKeepsEverythingBefore()
{
    QFETCH(QString, backend);
    const QString folder = m_dir.filePath(u"full%1"_s.arg(++m_count));
    QVERIFY(QDir().mkpath(folder));
    const QString database = u"full%1"_s.arg(m_count);
    if (backend == u"postgresql"_s && ::geteuid() != 0)
        QSKIP("a full disk under PostgreSQL is a small file system mounted for it, which needs root");
    auto store = openWriter(backend, folder, database);
    QVERIFY(store->claim("aaaa").ok() && store->claim("bbbb").ok());
    QVERIFY(store->saveReview("aaaa", u"a.txt"_s, confirmed(record()), kConfirm, u"Ana"_s, 0).ok());

    // The disk fills up.
    QString filler;
    QString mountPoint;
    if (backend == u"sqlite"_s) {
        static_cast<imr::SqliteReviewStore &>(*store).setMaxPageCount(1); // no page more than it has now
    } else {
        // The reviews and the audit move to a small file system of their
        // own, which is then filled to the last byte.
        // Inside the server's own folder: the server must reach it.
        mountPoint = m_server.socketFolder() + u"/space%1"_s.arg(m_count);
        QVERIFY(QDir().mkpath(mountPoint));
        QCOMPARE(::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", 0, "size=2m,mode=0700"), 0);
        const passwd *postgres = ::getpwnam("postgres");
        QVERIFY(postgres);
        QCOMPARE(::chown(QFile::encodeName(mountPoint).constData(), postgres->pw_uid, postgres->pw_gid), 0);
        QCOMPARE(m_server.exec(database, u"CREATE TABLESPACE %1 LOCATION '%2'"_s.arg(database, mountPoint)), QString());
        for (const QString &table : {u"reviews"_s, u"audit"_s})
            QCOMPARE(m_server.exec(database, u"ALTER TABLE %1 SET TABLESPACE %2"_s.arg(table, database)), QString());
        filler = mountPoint + u"/filler"_s;
        QFile fill(filler);
        QVERIFY(fill.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (fill.write(block) == block.size() && fill.flush()) {
        }
    }

    // A long rationale needs room the store does not have.
    // Random words, so neither store can compress it into the room it has.
    QString longRationale;
    QRandomGenerator words(20261202);
    while (longRationale.size() < 40000) {
        for (int i = 0, n = int(words.bounded(2, 10)); i < n; ++i)
            longRationale += QChar(u'a' + char16_t(words.bounded(26)));
        longRationale += u' ';
    }
    imr::Letter letter;
    letter.relativePath = u"b.txt"_s;
    letter.contentHash = "bbbb";
    letter.record = record(longRationale);
    imr::ReviewEditor editor(*store, u"Ana"_s);
    const auto refused = editor.apply(letter, confirmed(record(longRationale)), kConfirm);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(u"full"_s, Qt::CaseInsensitive) || refused.error().contains(u"space"_s),
             qPrintable(refused.error()));
    QCOMPARE(letter.record.field(FieldId::CaseNumber).state, ReviewState::Extracted); // not shown as saved
    const auto b = store->review("bbbb");
    QVERIFY(b.ok());
    QVERIFY(!b.value());
    QVERIFY(store->auditTrail("bbbb").value().isEmpty());
    const auto a = store->review("aaaa");
    QVERIFY(a.ok() && a.value());
    QCOMPARE(a.value()->record.field(FieldId::CaseNumber).state, ReviewState::Confirmed);
    QCOMPARE(store->auditTrail("aaaa").value().size(), 1);

    // Space again: the same confirmation goes through.
    if (backend == u"sqlite"_s) {
        QCOMPARE(static_cast<imr::SqliteReviewStore &>(*store).integrityCheck().value(), u"ok"_s);
        static_cast<imr::SqliteReviewStore &>(*store).setMaxPageCount(1 << 30);
    } else {
        QVERIFY(QFile::remove(filler));
    }
    QVERIFY(editor.apply(letter, confirmed(record(longRationale)), kConfirm).ok());
    QCOMPARE(store->review("bbbb").value()->record.field(FieldId::CaseNumber).state, ReviewState::Confirmed);
    store.reset();
    if (!mountPoint.isEmpty())
        ::umount2(QFile::encodeName(mountPoint).constData(), MNT_DETACH); // the server may still hold its files
}

void TestStoreFaults::unreadableReviewIsAnErrorAndIsNeverReplaced()
{
    QFETCH(QString, backend);
    const QString folder = m_dir.filePath(u"damaged%1"_s.arg(++m_count));
    QVERIFY(QDir().mkpath(folder));
    const QString database = u"damaged%1"_s.arg(m_count);
    auto store = openWriter(backend, folder, database);
    QVERIFY(store->claim("aaaa").ok());
    QVERIFY(store->saveReview("aaaa", u"a.txt"_s, confirmed(record()), kConfirm, u"Ana"_s, 0).ok());
    if (backend == u"sqlite"_s) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage"_s);
            db.setDatabaseName(static_cast<imr::SqliteReviewStore &>(*store).path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"UPDATE reviews SET record = '{not json'"_s));
        }
        QSqlDatabase::removeDatabase(u"damage"_s);
    } else {
        // Past the triggers that keep reviewers from such edits: a damaged
        // row is what a restore gone wrong or a hand edit leaves.
        QCOMPARE(m_server.exec(database, u"ALTER TABLE reviews DISABLE TRIGGER USER; "
                                          "UPDATE reviews SET record = '{not json'"_s),
                 QString());
    }
    const auto review = store->review("aaaa");
    QVERIFY2(!review.ok(), "a damaged review must be an error, not \"never reviewed\"");
    imr::Letter letter;
    letter.relativePath = u"a.txt"_s;
    letter.contentHash = "aaaa";
    letter.record = record();
    letter.reviewError = review.error();
    QVERIFY(!letter.reviewable());
    imr::ReviewEditor editor(*store, u"Ana"_s);
    QVERIFY(!editor.apply(letter, confirmed(record()), kConfirm).ok());
    // Even a save naming the version it saw is refused over it.
    QVERIFY(!store->saveReview("aaaa", u"a.txt"_s, confirmed(record()), kConfirm, u"Ana"_s, 0).ok());
    QCOMPARE(store->auditTrail("aaaa").value().size(), 1);
}

QTEST_MAIN(TestStoreFaults)
#include "tst_storefaults.moc"
