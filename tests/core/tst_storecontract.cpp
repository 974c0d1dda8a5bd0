// What every review store promises, checked with the same code on the
// analyst's SQLite store and on a team's PostgreSQL store (a server this
// test starts itself).
#include "../support/olderfacts.h"
#include "folder/folderindexer.h"
#include "folder/letter.h"
#include "folder/letterloader.h"
#include "postgresserver.h"
#include "review/revieweditor.h"
#include "store/postgresreviewstore.h"
#include "store/sqlitereviewstore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using imr::FieldId;
using imr::ReviewState;

namespace {

imr::DeterminationRecord sampleRecord()
{
    imr::DeterminationRecord r;
    r.fields[FieldId::CaseNumber].value = u"CM13-0012345"_s;
    r.fields[FieldId::Priority].value = u"Standard"_s;
    r.fields[FieldId::PatientAge].value = u"52"_s;
    imr::DisputedItem item;
    item.fields[FieldId::ItemRequest].value = u"Physical therapy x 12"_s;
    item.fields[FieldId::Decision].value = u"Upheld"_s;
    r.items << item;
    return r;
}

imr::IndexEntry entry(const QString &path, const QByteArray &hash, const QString &text, bool keepText = false)
{
    imr::IndexEntry e;
    e.file.relativePath = path;
    e.file.size = text.size();
    e.file.mtime = 1700000000000;
    e.file.contentHash = hash;
    e.file.facts = "facts of " + hash;
    e.text = text;
    e.keepText = keepText;
    if (keepText)
        e.pages = {{1, 0, 10}, {2, 10, text.size() - 10}};
    return e;
}

} // namespace

class TestStoreContract : public QObject
{
    Q_OBJECT

private:
    // Two handles on one store, as two windows (or two analysts) have.
    struct Pair
    {
        std::unique_ptr<imr::ReviewStore> first;
        std::unique_ptr<imr::ReviewStore> second;
    };
    Pair open(const QString &backend);
    void backends();

    imr::test::PostgresServer m_server;
    QTemporaryDir m_dir;
    int m_databases = 0;

private slots:
    void initTestCase();
    void indexRoundTrip_data() { backends(); }
    void indexRoundTrip();
    void searchFindsWordPrefixes_data() { backends(); }
    void searchFindsWordPrefixes();
    void savesAreVersioned_data() { backends(); }
    void savesAreVersioned();
    void otherAnalystsChangesAreMerged_data() { backends(); }
    void otherAnalystsChangesAreMerged();
    void sameFieldConflictIsShown_data() { backends(); }
    void sameFieldConflictIsShown();
    void categorySuggestionsAreShared_data() { backends(); }
    void categorySuggestionsAreShared();
    void caseChoicesAreShared_data() { backends(); }
    void caseChoicesAreShared();
    void auditLogHasWhoAndWhen_data() { backends(); }
    void auditLogHasWhoAndWhen();
    void hostileTextIsStoredAsData_data() { backends(); }
    void hostileTextIsStoredAsData();
    void olderReviewFactsComeFromTheRecord_data() { backends(); }
    void olderReviewFactsComeFromTheRecord();
};

void TestStoreContract::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString why = m_server.start();
    QVERIFY2(why.isEmpty(), qPrintable(why));
    // The team's stores are used as a reviewer, with a reviewer's grants
    // only (the roles exist once a database has been prepared).
    QCOMPARE(m_server.createDatabase(u"roles"_s), QString());
    QCOMPARE(m_server.exec(u"roles"_s, u"CREATE ROLE analyst LOGIN IN ROLE imr_reviewer"_s), QString());
}

void TestStoreContract::backends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

namespace {

QHash<QString, imr::LetterSummary> indexed(imr::ReviewStore &store, const QString &folder)
{
    auto loader = std::make_shared<imr::LetterLoader>(folder);
    loader->setStore(&store);
    imr::FolderIndexer indexer(loader, &store);
    QHash<QString, imr::LetterSummary> rows;
    const imr::Status status = indexer.run([&](imr::IndexBatch batch) {
        for (const imr::LetterSummary &s : std::as_const(batch.letters))
            rows.insert(s.relativePath, s);
    });
    if (!status)
        qWarning("%s", qPrintable(status.error()));
    return rows;
}

} // namespace

TestStoreContract::Pair TestStoreContract::open(const QString &backend)
{
    Pair pair;
    const QString folder = m_dir.path() + u"/folder%1"_s.arg(++m_databases);
    QDir().mkpath(folder);
    if (backend == u"sqlite"_s) {
        for (auto *slot : {&pair.first, &pair.second}) {
            auto store = std::make_unique<imr::SqliteReviewStore>();
            // Two writers, as a team store has: the merge path is the same.
            if (const auto s = store->openForFolder(folder, true, imr::SqliteReviewStore::Writers::Many); !s)
                qFatal("%s", qPrintable(s.error()));
            *slot = std::move(store);
        }
        return pair;
    }
    const QString database = u"contract%1"_s.arg(m_databases);
    if (const QString why = m_server.createDatabase(database); !why.isEmpty())
        qFatal("%s", qPrintable(why));
    int analyst = 0;
    for (auto *slot : {&pair.first, &pair.second}) {
        auto store = std::make_unique<imr::PostgresReviewStore>();
        store->setAnalyst(u"analyst %1"_s.arg(++analyst));
        if (const auto s = store->open(m_server.address(database, u"analyst"_s), folder); !s)
            qFatal("%s", qPrintable(s.error()));
        *slot = std::move(store);
    }
    return pair;
}

void TestStoreContract::indexRoundTrip()
{
    QFETCH(QString, backend);
    Pair stores = open(backend);
    imr::ReviewStore &store = *stores.first;
    QList<imr::IndexEntry> entries{entry(u"a.txt"_s, "aaaa", u"Physical therapy was requested"_s),
                                   entry(u"b.pdf"_s, "bbbb", u"Acupuncture sessions were denied"_s, true),
                                   entry(u"copy of a.txt"_s, "aaaa", u"Physical therapy was requested"_s)};
    imr::IndexEntry broken;
    broken.file.relativePath = u"broken.pdf"_s;
    broken.file.error = u"not a PDF"_s;
    entries << broken;
    QVERIFY(store.commitIndex(entries, 7).ok());
    QVERIFY(entries[0].file.textId > 0);
    QCOMPARE(entries[2].file.textId, entries[0].file.textId); // one text per content
    QVERIFY(entries[1].file.textId != entries[0].file.textId);

    const auto index = store.folderIndex(7);
    QVERIFY2(index.ok(), qPrintable(index.error()));
    QCOMPARE(index->size(), 4);
    for (const imr::IndexedFile &f : index.value()) {
        if (f.relativePath == u"broken.pdf"_s) {
            QCOMPARE(f.error, u"not a PDF"_s);
            QVERIFY(!f.extracted);
            continue;
        }
        QVERIFY(f.extracted);
        QCOMPARE(f.facts, "facts of " + f.contentHash);
        QCOMPARE(f.size, entries[0].file.relativePath == f.relativePath ? entries[0].file.size : f.size);
    }
    // Another extractor's results are not served as current.
    const auto stale = store.folderIndex(8);
    QVERIFY(stale.ok());
    for (const imr::IndexedFile &f : stale.value())
        QVERIFY(!f.extracted);

    // Slow formats keep their text and page map; text letters do not.
    const auto pdf = store.cachedText("bbbb");
    QVERIFY(pdf.ok() && pdf.value());
    QCOMPARE(pdf.value()->text, u"Acupuncture sessions were denied"_s);
    QCOMPARE(pdf.value()->pages.size(), 2);
    const auto txt = store.cachedText("aaaa");
    QVERIFY(txt.ok());
    QVERIFY(!txt.value());
    const auto cached = store.cachedExtraction("aaaa", 7);
    QVERIFY(cached.ok() && cached.value());
    QCOMPARE(cached.value()->facts, QByteArray("facts of aaaa"));

    // The other handle sees the same folder.
    QCOMPARE(stores.second->folderIndex(7)->size(), 4);
    QVERIFY(store.forgetFiles({u"a.txt"_s, u"broken.pdf"_s}).ok());
    QCOMPARE(store.folderIndex(7)->size(), 2);
}

void TestStoreContract::searchFindsWordPrefixes()
{
    QFETCH(QString, backend);
    Pair stores = open(backend);
    QList<imr::IndexEntry> entries{entry(u"a.txt"_s, "aaaa", u"Physical therapy is medically necessary"_s),
                                   entry(u"b.txt"_s, "bbbb", u"Acupuncture is not medically necessary"_s)};
    QVERIFY(stores.first->commitIndex(entries, 1).ok());
    const auto both = stores.first->searchText(u"medic NECESS"_s);
    QVERIFY2(both.ok(), qPrintable(both.error()));
    QCOMPARE(both->size(), 2);
    const auto one = stores.second->searchText(u"acupunct"_s);
    QVERIFY(one.ok());
    QCOMPARE(one.value(), QList<qint64>{entries[1].file.textId});
    QVERIFY(stores.first->searchText(u"chiropractic"_s)->isEmpty());
    // Query syntax in the words is only words.
    const auto odd = stores.first->searchText(u"\"therapy\" & | ! :* ("_s);
    QVERIFY2(odd.ok(), qPrintable(odd.error()));
    QCOMPARE(odd.value(), QList<qint64>{entries[0].file.textId});
    QVERIFY(stores.first->searchText(u"&|!"_s)->isEmpty());
}

void TestStoreContract::savesAreVersioned()
{
    QFETCH(QString, backend);
    Pair stores = open(backend);
    imr::ReviewStore &store = *stores.first;
    QVERIFY(store.claim("cccc")->mine);
    const auto never = store.review("cccc");
    QVERIFY(never.ok());
    QVERIFY(!never.value());
    imr::DeterminationRecord r = sampleRecord();
    const imr::AuditEntry confirm{-1, u"case_number"_s, {}, {}, u"confirm"_s};
    const auto first = store.saveReview("cccc", u"c.txt"_s, r, confirm, u"Ana"_s, 0);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(first.value(), 1);
    r.fields[FieldId::Priority].state = ReviewState::Confirmed;
    QCOMPARE(store.saveReview("cccc", u"c.txt"_s, r, confirm, u"Ana"_s, 1).value(), 2);
    // A save made from version 1 again (another window, read before) is refused.
    const auto stale = store.saveReview("cccc", u"c.txt"_s, sampleRecord(), confirm, u"Ben"_s, 1);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.errorKind(), imr::Error::Kind::Conflict);
    const auto stored = stores.second->review("cccc");
    QVERIFY(stored.ok() && stored.value());
    QCOMPARE(stored.value()->version, 2);
    QCOMPARE(stored.value()->record, r);
    QCOMPARE(stored.value()->reviewedBy, u"Ana"_s);
    QCOMPARE(stores.second->auditTrail("cccc")->size(), 2);
    QVERIFY(!stores.second->reviewFacts("cccc")->value_or(QByteArray()).isEmpty());
}

void TestStoreContract::otherAnalystsChangesAreMerged()
{
    QFETCH(QString, backend);
    Pair stores = open(backend);
    // Both windows show the letter before either changes it.
    imr::Letter mine, theirs;
    for (imr::Letter *l : {&mine, &theirs}) {
        l->relativePath = u"d.txt"_s;
        l->contentHash = "dddd";
        l->record = sampleRecord();
    }
    imr::ReviewEditor other(*stores.second, u"Ben"_s);
    QVERIFY(stores.second->claim("dddd")->mine);
    imr::DeterminationRecord r = theirs.record;
    r.fields[FieldId::Priority].state = ReviewState::Confirmed;
    QCOMPARE(other.apply(theirs, r, {-1, u"priority"_s, {}, {}, u"confirm"_s}).error(), QString());
    QVERIFY(stores.second->release("dddd").ok());

    imr::ReviewEditor editor(*stores.first, u"Ana"_s);
    QVERIFY(stores.first->claim("dddd")->mine);
    r = mine.record;
    r.items[0].fields[FieldId::Decision].state = ReviewState::Confirmed;
    QCOMPARE(editor.apply(mine, r, {0, u"decision"_s, {}, {}, u"confirm"_s}).error(), QString());
    // Both confirmations stand: neither analyst's work was lost.
    QCOMPARE(mine.record.fields[FieldId::Priority].state, ReviewState::Confirmed);
    QCOMPARE(mine.record.items[0].fields[FieldId::Decision].state, ReviewState::Confirmed);
    QCOMPARE(mine.reviewVersion, 2);
    const auto stored = stores.second->review("dddd");
    QCOMPARE(stored.value()->record.fields[FieldId::Priority].state, ReviewState::Confirmed);
    QCOMPARE(stored.value()->record.items[0].fields[FieldId::Decision].state, ReviewState::Confirmed);
}

void TestStoreContract::sameFieldConflictIsShown()
{
    QFETCH(QString, backend);
    Pair stores = open(backend);
    imr::Letter mine, theirs;
    for (imr::Letter *l : {&mine, &theirs}) {
        l->relativePath = u"e.txt"_s;
        l->contentHash = "eeee";
        l->record = sampleRecord();
    }
    imr::ReviewEditor other(*stores.second, u"Ben"_s);
    QVERIFY(stores.second->claim("eeee")->mine);
    imr::DeterminationRecord r = theirs.record;
    r.fields[FieldId::PatientAge] = {u"53"_s, {}, 1.0, {}, {}, ReviewState::Corrected};
    QCOMPARE(other.apply(theirs, r, {-1, u"patient_age"_s, u"52"_s, u"53"_s, u"correct"_s}).error(), QString());
    QVERIFY(stores.second->release("eeee").ok());

    imr::ReviewEditor editor(*stores.first, u"Ana"_s);
    QVERIFY(stores.first->claim("eeee")->mine);
    r = mine.record;
    r.fields[FieldId::PatientAge] = {u"54"_s, {}, 1.0, {}, {}, ReviewState::Corrected};
    const imr::Status s = editor.apply(mine, r, {-1, u"patient_age"_s, u"52"_s, u"54"_s, u"correct"_s});
    QVERIFY(!s.ok());
    QCOMPARE(s.errorKind(), imr::Error::Kind::Conflict);
    QVERIFY2(s.error().contains(u"Ben"_s), qPrintable(s.error()));
    // The saved value is kept and now shown; nothing was written over it.
    QCOMPARE(mine.record.fields[FieldId::PatientAge].value, u"53"_s);
    QCOMPARE(stores.second->review("eeee").value()->record.fields[FieldId::PatientAge].value, u"53"_s);
    // Changed again from what is shown, it saves.
    r = mine.record;
    r.fields[FieldId::PatientAge].value = u"54"_s;
    QCOMPARE(editor.apply(mine, r, {-1, u"patient_age"_s, u"53"_s, u"54"_s, u"correct"_s}).error(), QString());
    QCOMPARE(stores.second->review("eeee").value()->record.fields[FieldId::PatientAge].value, u"54"_s);
}

void TestStoreContract::categorySuggestionsAreShared()
{
    QFETCH(QString, backend);
    Pair stores = open(backend);
    const imr::CategorySuggestion s{u"Physical medicine"_s, u"Physical therapy"_s, u"PT x 12"_s, u"a.txt"_s};
    QVERIFY(stores.first->saveCategorySuggestion(42, s).ok());
    const auto seen = stores.second->categorySuggestions();
    QVERIFY(seen.ok());
    QCOMPARE(seen->value(42).category, s.category);
    QVERIFY(stores.first->forgetCategorySuggestion(42, u"other.txt"_s).ok()); // made elsewhere: kept
    QVERIFY(stores.first->categorySuggestions()->contains(42));
    QVERIFY(stores.first->forgetCategorySuggestion(42, u"a.txt"_s).ok());
    QVERIFY(!stores.first->categorySuggestions()->contains(42));
    // Withdrawn wherever it was made.
    QVERIFY(stores.first->saveCategorySuggestion(43, s).ok());
    QVERIFY(stores.first->categorySuggestions()->contains(43));
    QVERIFY(stores.first->forgetCategorySuggestion(43).ok());
    QVERIFY(!stores.first->categorySuggestions()->contains(43));
}

// Which file counts for a duplicate case: saved by one analyst, seen by
// the other, replaced, and forgotten.
void TestStoreContract::caseChoicesAreShared()
{
    QFETCH(QString, backend);
    Pair stores = open(backend);
    const auto none = stores.second->caseChoices();
    QVERIFY2(none.ok(), qPrintable(none.error()));
    QVERIFY(none->isEmpty());
    QVERIFY(stores.first->saveCaseChoice(u"CM16-0001"_s, "aaaa").ok());
    QCOMPARE(stores.second->caseChoices()->value(u"CM16-0001"_s), QByteArray("aaaa"));
    QVERIFY(stores.second->saveCaseChoice(u"CM16-0001"_s, "bbbb").ok());
    QCOMPARE(stores.first->caseChoices()->value(u"CM16-0001"_s), QByteArray("bbbb"));
    QCOMPARE(stores.first->caseChoices()->size(), 1);
    QVERIFY(stores.first->saveCaseChoice(u"CM16-0001"_s, {}).ok());
    QVERIFY(stores.second->caseChoices()->isEmpty());
}

void TestStoreContract::auditLogHasWhoAndWhen()
{
    QFETCH(QString, backend);
    Pair stores = open(backend);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const imr::AuditEntry correct{0, u"decision"_s, u"Upheld"_s, u"Overturned"_s, u"correct"_s};
    QVERIFY(stores.first->claim("dddd")->mine);
    QVERIFY(stores.first->saveReview("dddd", u"d.txt"_s, sampleRecord(), correct, u"Ana"_s, 0).ok());
    QVERIFY(stores.first->release("dddd").ok());
    QVERIFY(stores.second->claim("eeee")->mine);
    const imr::AuditEntry confirm{-1, u"case_number"_s, {}, u"CM13-0012345"_s, u"confirm"_s};
    QVERIFY(stores.second->saveReview("eeee", u"e.txt"_s, sampleRecord(), confirm, u"Ben"_s, 0).ok());
    const auto log = stores.first->auditLog();
    QVERIFY2(log.ok(), qPrintable(log.error()));
    QCOMPARE(log->size(), 2);
    QCOMPARE(log->at(0).contentHash, QByteArray("dddd"));
    QCOMPARE(log->at(0).relativePath, u"d.txt"_s);
    QCOMPARE(log->at(0).entry, correct);
    QCOMPARE(log->at(0).reviewer, u"Ana"_s);
    QCOMPARE(log->at(1).entry, confirm);
    QCOMPARE(log->at(1).reviewer, u"Ben"_s);
    for (const imr::AuditRecord &r : log.value()) {
        QVERIFY(r.at.isValid());
        QVERIFY(r.at >= before);
        QVERIFY(r.at <= QDateTime::currentDateTimeUtc().addSecs(1));
    }
}

void TestStoreContract::hostileTextIsStoredAsData()
{
    QFETCH(QString, backend);
    Pair stores = open(backend);
    // Values are bound, never spliced into SQL.
    const QString hostile = u"x'); DROP TABLE reviews; --"_s;
    QList<imr::IndexEntry> entries{entry(hostile, "ffff", hostile + u" body\u0000with nul"_s)};
    QVERIFY(stores.first->commitIndex(entries, 1).ok());
    QVERIFY(stores.first->claim("ffff")->mine);
    const auto saved = stores.first->saveReview("ffff", hostile, sampleRecord(), {-1, hostile, hostile, hostile, u"correct"_s},
                                                hostile, 0);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QCOMPARE(stores.second->review("ffff").value()->relativePath, hostile);
    QCOMPARE(stores.second->review("ffff").value()->reviewedBy, hostile);
    QCOMPARE(stores.second->folderIndex(1)->first().relativePath, hostile);
    QCOMPARE(stores.second->auditTrail("ffff")->first().field, hostile);
}

// A review saved by an earlier version keeps facts without the process
// dates and priority. A team store cannot rewrite them (its schema is shared
// by every analyst's version, and closed letters are guarded), so the folder
// is listed with those facts read from the review's record: the turnaround
// tables count the letter before anyone saves it again.
void TestStoreContract::olderReviewFactsComeFromTheRecord()
{
    QFETCH(QString, backend);
    Pair stores = open(backend);
    imr::ReviewStore &store = *stores.first;
    const QString folder = m_dir.path() + u"/folder%1"_s.arg(m_databases);
    QVERIFY(QFile::copy(QStringLiteral(IMR_TEST_DATA "/letters/default-layout.txt"), folder + u"/a.txt"_s));
    QVERIFY(indexed(store, folder).contains(u"a.txt"_s));
    imr::LetterLoader loader(folder);
    imr::Letter letter = loader.load(u"a.txt"_s);
    QVERIFY(!letter.record.field(FieldId::DateAssigned).value.isEmpty());
    QVERIFY(!letter.record.field(FieldId::ApplicationReceived).value.isEmpty());
    letter.record.fields[FieldId::CaseNumber].state = ReviewState::Confirmed;
    // A correction the extraction cache does not know: only the review has it.
    letter.record.fields[FieldId::Priority].value = u"Expedited"_s;
    letter.record.fields[FieldId::Priority].state = ReviewState::Corrected;
    QVERIFY(store.claim(letter.contentHash)->mine);
    const imr::AuditEntry confirm{-1, u"case_number"_s, {}, {}, u"confirm"_s};
    QVERIFY(store.saveReview(letter.contentHash, u"a.txt"_s, letter.record, confirm, u"Ana"_s, 0).ok());

    imr::LetterSummary current;
    QVERIFY(current.decodeFacts(store.reviewFacts(letter.contentHash)->value_or(QByteArray())));
    const QByteArray old = imr::test::factsInFormatTwo(current);
    QVERIFY(!imr::LetterSummary::factsAreCurrent(old));
    if (backend == u"sqlite"_s) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"older"_s);
            db.setDatabaseName(folder + u"/.imr-workbench/review.sqlite"_s);
            QVERIFY(db.open());
            QSqlQuery q(db);
            q.prepare(u"UPDATE reviews SET facts = ?"_s);
            q.addBindValue(old);
            QVERIFY(q.exec());
        }
        QSqlDatabase::removeDatabase(u"older"_s);
    } else {
        QCOMPARE(m_server.exec(u"contract%1"_s.arg(m_databases),
                               u"UPDATE reviews SET facts = decode('%1', 'hex')"_s.arg(QString::fromLatin1(old.toHex()))),
                 QString());
    }
    const imr::LetterSummary row = indexed(*stores.second, folder).value(u"a.txt"_s);
    QCOMPARE(row.error, QString());
    QCOMPARE(row.status, imr::LetterStatus::InProgress); // the review's, not the extraction's
    QCOMPARE(row.caseNumber, letter.record.field(FieldId::CaseNumber).value);
    QCOMPARE(row.assignedDate, letter.record.field(FieldId::DateAssigned).value);
    QCOMPARE(row.applicationReceived, letter.record.field(FieldId::ApplicationReceived).value);
    QCOMPARE(row.priority, u"Expedited"_s);
    if (backend != u"sqlite"_s)
        return;
    // A record that cannot be read keeps the facts the store has, and the
    // row says why: it is not taken for a letter without a review.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damaged"_s);
        db.setDatabaseName(folder + u"/.imr-workbench/review.sqlite"_s);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"UPDATE reviews SET record = '{\"fields\": '"_s));
    }
    QSqlDatabase::removeDatabase(u"damaged"_s);
    const imr::LetterSummary damaged = indexed(*stores.second, folder).value(u"a.txt"_s);
    QCOMPARE(damaged.status, imr::LetterStatus::InProgress);
    QCOMPARE(damaged.caseNumber, row.caseNumber);
    QVERIFY(damaged.assignedDate.isEmpty());
    QVERIFY2(damaged.warning.contains(u"review could not be read"_s), qPrintable(damaged.warning));
}

QTEST_GUILESS_MAIN(TestStoreContract)
#include "tst_storecontract.moc"
