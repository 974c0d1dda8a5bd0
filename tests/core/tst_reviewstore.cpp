#include "../support/olderfacts.h"
#include "extraction/letterextractor.h"
#include "folder/letterloader.h"
#include "store/recordjson.h"
#include "review/revieweditor.h"
#include "review/reviewstatus.h"
#include "folder/folderindexer.h"
#include "store/sqlitereviewstore.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using imr::FieldId;
using ReviewStore = imr::SqliteReviewStore;

namespace {

const QString kFixture = QStringLiteral(IMR_TEST_DATA "/letters/default-layout.txt");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Confirms the case number and corrects the age of the letter at path.
void reviewSomething(ReviewStore &store, const QString &folder, const QString &path)
{
    imr::LetterLoader loader(folder);
    loader.setStore(&store);
    imr::Letter letter = loader.load(path);
    QVERIFY(letter.ok());
    imr::ReviewEditor editor(store, u"Dana Reviewer"_s);
    imr::DeterminationRecord r = letter.record;
    r.fields[FieldId::CaseNumber].state = imr::ReviewState::Confirmed;
    QCOMPARE(editor.apply(letter, r, {-1, u"case_number"_s, {}, {}, u"confirm"_s}).error(), QString());
    r = letter.record;
    const QString oldAge = r.field(FieldId::PatientAge).value;
    r.fields[FieldId::PatientAge].value = u"61"_s;
    r.fields[FieldId::PatientAge].state = imr::ReviewState::Corrected;
    QCOMPARE(editor.apply(letter, r, {-1, u"patient_age"_s, oldAge, u"61"_s, u"correct"_s}).error(), QString());
    QCOMPARE(letter.reviewedBy, u"Dana Reviewer"_s);
}

} // namespace

class TestReviewStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void createsAPrivateStoreInTheFolder();
    void fallsBackToAppDataForReadOnlyFolders();
    void reviewSurvivesReopening();
    void auditTrailRecordsEveryChange();
    void renamedFileKeepsItsReview();
    void changedContentIsFlagged();
    void indexIsKeptWithoutLetterText();
    void unreadableReviewIsNeverReplaced();
    void versionOneStoreIsMigrated();
    void versionFourFactsGainTheProcessDates();
    void versionFiveTextsAreKeptApart();
    void unusableStoresAreLeftUntouched_data();
    void unusableStoresAreLeftUntouched();
    void exportCarriesReviewColumns();
};

void TestReviewStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestReviewStore::createsAPrivateStoreInTheFolder()
{
    QTemporaryDir dir;
    ReviewStore store;
    QCOMPARE(store.openForFolder(dir.path()).error(), QString());
    const QString path = dir.filePath(u".imr-workbench/review.sqlite"_s);
    QCOMPARE(store.path(), path);
    QVERIFY(QFile::exists(path));
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                         | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QCOMPARE(store.integrityCheck().value(), u"ok"_s);
    QCOMPARE(QFileInfo(dir.filePath(u".imr-workbench"_s)).permissions() & (QFileDevice::ReadOther | QFileDevice::ExeOther),
             QFileDevice::Permissions());
}

void TestReviewStore::fallsBackToAppDataForReadOnlyFolders()
{
    QTemporaryDir dir;
    // Where .imr-workbench cannot be a folder of ours, the store goes to the
    // application data folder, keyed by the folder's path.
    writeFile(dir.filePath(u".imr-workbench"_s), "not a folder");
    const QString location = ReviewStore::locationFor(dir.path());
    QVERIFY2(location.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)), qPrintable(location));
    QCOMPARE(ReviewStore::locationFor(dir.path()), location); // stable for the same folder
    QTemporaryDir other;
    writeFile(other.filePath(u".imr-workbench"_s), "not a folder");
    QVERIFY(ReviewStore::locationFor(other.path()) != location);
    ReviewStore store;
    QCOMPARE(store.openForFolder(dir.path()).error(), QString());
    QCOMPARE(store.path(), location);
}

void TestReviewStore::reviewSurvivesReopening()
{
    QTemporaryDir dir;
    QFile::copy(kFixture, dir.filePath(u"a.txt"_s));
    {
        ReviewStore store;
        QCOMPARE(store.openForFolder(dir.path()).error(), QString());
        reviewSomething(store, dir.path(), u"a.txt"_s);
    }
    ReviewStore store;
    QCOMPARE(store.openForFolder(dir.path()).error(), QString());
    imr::LetterLoader loader(dir.path());
    loader.setStore(&store);
    const imr::Letter letter = loader.load(u"a.txt"_s);
    QCOMPARE(letter.record.field(FieldId::CaseNumber).state, imr::ReviewState::Confirmed);
    QCOMPARE(letter.record.field(FieldId::PatientAge).value, u"61"_s);
    QCOMPARE(letter.record.field(FieldId::PatientAge).state, imr::ReviewState::Corrected);
    QCOMPARE(imr::ReviewStatus::of(letter), imr::LetterStatus::InProgress);
    QCOMPARE(letter.reviewedBy, u"Dana Reviewer"_s);
}

void TestReviewStore::auditTrailRecordsEveryChange()
{
    QTemporaryDir dir;
    QFile::copy(kFixture, dir.filePath(u"a.txt"_s));
    ReviewStore store;
    QCOMPARE(store.openForFolder(dir.path()).error(), QString());
    reviewSomething(store, dir.path(), u"a.txt"_s);
    imr::LetterLoader loader(dir.path());
    const QList<imr::AuditEntry> trail = store.auditTrail(loader.load(u"a.txt"_s).contentHash).value();
    QCOMPARE(trail.size(), 2);
    QCOMPARE(trail[0].field, u"case_number"_s);
    QCOMPARE(trail[0].action, u"confirm"_s);
    QCOMPARE(trail[1].oldValue, u"52"_s);
    QCOMPARE(trail[1].newValue, u"61"_s);
}

void TestReviewStore::renamedFileKeepsItsReview()
{
    QTemporaryDir dir;
    QFile::copy(kFixture, dir.filePath(u"a.txt"_s));
    ReviewStore store;
    QCOMPARE(store.openForFolder(dir.path()).error(), QString());
    reviewSomething(store, dir.path(), u"a.txt"_s);
    QVERIFY(QDir(dir.path()).mkdir(u"moved"_s));
    QVERIFY(QFile::rename(dir.filePath(u"a.txt"_s), dir.filePath(u"moved/renamed.txt"_s)));
    imr::LetterLoader loader(dir.path());
    loader.setStore(&store);
    const imr::Letter letter = loader.load(u"moved/renamed.txt"_s);
    QCOMPARE(letter.record.field(FieldId::PatientAge).value, u"61"_s);
    QVERIFY(letter.warning.isEmpty());
}

// Indexes the folder and returns its rows by path.
QHash<QString, imr::LetterSummary> indexFolder(ReviewStore &store, const QString &folder, int *extracted = nullptr)
{
    auto loader = std::make_shared<imr::LetterLoader>(folder);
    loader->setStore(&store);
    imr::FolderIndexer indexer(loader, &store);
    QHash<QString, imr::LetterSummary> rows;
    int read = 0;
    const imr::Status status = indexer.run([&](imr::IndexBatch batch) {
        for (const imr::LetterSummary &s : std::as_const(batch.letters))
            rows.insert(s.relativePath, s);
        read = std::max(read, batch.extracted);
    });
    if (!status)
        qWarning("%s", qPrintable(status.error()));
    if (extracted)
        *extracted = read;
    return rows;
}

void TestReviewStore::changedContentIsFlagged()
{
    QTemporaryDir dir;
    QFile::copy(kFixture, dir.filePath(u"a.txt"_s));
    QFile::setPermissions(dir.filePath(u"a.txt"_s), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    ReviewStore store;
    QCOMPARE(store.openForFolder(dir.path()).error(), QString());
    indexFolder(store, dir.path());
    reviewSomething(store, dir.path(), u"a.txt"_s);
    QCOMPARE(indexFolder(store, dir.path()).value(u"a.txt"_s).status, imr::LetterStatus::InProgress);
    QByteArray text = readAll(dir.filePath(u"a.txt"_s));
    text.replace("CM16-0900201", "CM16-0900299");
    writeFile(dir.filePath(u"a.txt"_s), text);
    const imr::LetterSummary row = indexFolder(store, dir.path()).value(u"a.txt"_s);
    QCOMPARE(row.caseNumber, u"CM16-0900299"_s);
    QCOMPARE(row.status, imr::LetterStatus::Unreviewed); // the old review is not applied
    QVERIFY2(row.warning.contains(u"changed after it was reviewed"_s), qPrintable(row.warning));
    QVERIFY2(row.warning.contains(u"CM16-0900201 → CM16-0900299"_s), qPrintable(row.warning));
    QVERIFY(row.warning.contains(u"Dana Reviewer"_s));
}

void TestReviewStore::indexIsKeptWithoutLetterText()
{
    QTemporaryDir dir;
    QFile::copy(kFixture, dir.filePath(u"a.txt"_s));
    QFile::copy(kFixture, dir.filePath(u"b.txt"_s)); // identical: one text id
    ReviewStore store;
    QCOMPARE(store.openForFolder(dir.path()).error(), QString());
    int extracted = 0;
    const auto first = indexFolder(store, dir.path(), &extracted);
    QCOMPARE(extracted, 2);
    QCOMPARE(first.size(), 2);
    const imr::LetterSummary a = first.value(u"a.txt"_s);
    QCOMPARE(a.caseNumber, u"CM16-0900201"_s);
    QVERIFY(a.textId > 0);
    QCOMPARE(first.value(u"b.txt"_s).textId, a.textId);
    // Text letters are read again from their file: the store keeps no copy.
    const auto cached = store.cachedExtraction(a.contentHash, imr::LetterExtractor().cacheKey());
    QVERIFY(cached.ok() && cached.value());
    QVERIFY(cached.value()->text.isNull());
    // Reopened unchanged: nothing is read or extracted again.
    const auto again = indexFolder(store, dir.path(), &extracted);
    QCOMPARE(extracted, 0);
    QCOMPARE(again.value(u"a.txt"_s).caseNumber, a.caseNumber);
    QCOMPARE(again.value(u"a.txt"_s).items, a.items);
    // Another extractor version does not reuse it.
    const auto other = store.cachedExtraction(a.contentHash, imr::LetterExtractor().cacheKey() + 1);
    QVERIFY(other.ok() && !other.value());
    // The search index finds the letters by words of their text.
    const auto hits = store.searchText(u"independent medical"_s);
    QVERIFY2(hits.ok(), qPrintable(hits.error()));
    QVERIFY(hits->contains(a.textId));
    QVERIFY(store.searchText(u"zzqqxxnotaword"_s)->isEmpty());
}

void TestReviewStore::unreadableReviewIsNeverReplaced()
{
    QTemporaryDir dir;
    QFile::copy(kFixture, dir.filePath(u"a.txt"_s));
    ReviewStore store;
    QCOMPARE(store.openForFolder(dir.path()).error(), QString());
    reviewSomething(store, dir.path(), u"a.txt"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage"_s);
        db.setDatabaseName(store.path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"UPDATE reviews SET record = '{not json'"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"damage"_s);
    imr::LetterLoader loader(dir.path());
    loader.setStore(&store);
    imr::Letter letter = loader.load(u"a.txt"_s);
    QVERIFY(letter.ok());
    QVERIFY2(letter.reviewError.contains(u"cannot be read"_s), qPrintable(letter.reviewError));
    QVERIFY(!letter.reviewable());
    const auto review = store.review(letter.contentHash);
    QVERIFY(!review.ok()); // an error, not "never reviewed"
    imr::ReviewEditor editor(store, u"Dana Reviewer"_s);
    imr::DeterminationRecord r = letter.record;
    r.fields[FieldId::Priority].state = imr::ReviewState::Confirmed;
    QVERIFY(!editor.apply(letter, r, {-1, u"priority"_s, {}, {}, u"confirm"_s}).ok());
    const auto trail = store.auditTrail(letter.contentHash);
    QCOMPARE(trail->size(), 2); // nothing was written over the damaged review
}

void TestReviewStore::versionOneStoreIsMigrated()
{
    QTemporaryDir dir;
    QFile::copy(kFixture, dir.filePath(u"a.txt"_s));
    QDir(dir.path()).mkdir(u".imr-workbench"_s);
    const QString path = dir.filePath(u".imr-workbench/review.sqlite"_s);
    QByteArray hash;
    {
        imr::LetterLoader loader(dir.path());
        imr::Letter letter = loader.load(u"a.txt"_s);
        hash = letter.contentHash;
        letter.record.fields[FieldId::CaseNumber].state = imr::ReviewState::Confirmed;
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const char *sql : {"CREATE TABLE reviews (content_hash TEXT PRIMARY KEY, relative_path TEXT NOT NULL,"
                                " record TEXT NOT NULL, reviewed_by TEXT, reviewed_at TEXT)",
                                "CREATE TABLE paths (relative_path TEXT PRIMARY KEY, content_hash TEXT NOT NULL)",
                                "CREATE TABLE audit (id INTEGER PRIMARY KEY AUTOINCREMENT, content_hash TEXT NOT NULL,"
                                " relative_path TEXT, item INTEGER, field TEXT, old_value TEXT, new_value TEXT,"
                                " action TEXT, reviewer TEXT, at TEXT)",
                                "CREATE TABLE extraction_cache (content_hash TEXT NOT NULL, extractor_version INTEGER,"
                                " record TEXT NOT NULL, letter_text TEXT NOT NULL, pages TEXT, warning TEXT)",
                                "PRAGMA user_version=1"})
            QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
        q.prepare(u"INSERT INTO reviews VALUES (?, 'a.txt', ?, 'Old Reviewer', '2025-01-01T00:00:00Z')"_s);
        q.addBindValue(QString::fromLatin1(hash));
        q.addBindValue(QString::fromUtf8(imr::RecordJson::write(letter.record)));
        QVERIFY(q.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v1"_s);
    ReviewStore store;
    QCOMPARE(store.openForFolder(dir.path()).error(), QString());
    const auto rows = indexFolder(store, dir.path());
    QCOMPARE(rows.value(u"a.txt"_s).status, imr::LetterStatus::InProgress); // the review's facts
    const auto review = store.review(hash);
    QVERIFY(review.ok() && review.value());
    QCOMPARE(review.value()->reviewedBy, u"Old Reviewer"_s);
    // The version 1 store was copied first, as it was, readable by its owner only.
    const QStringList backups = QDir(dir.filePath(u".imr-workbench"_s)).entryList({u"review.sqlite.v1-*.bak"_s});
    QCOMPARE(backups.size(), 1);
    const QString backup = dir.filePath(u".imr-workbench/"_s + backups.first());
    QCOMPARE(QFile::permissions(backup) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"backup"_s);
        db.setDatabaseName(backup);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(u"SELECT reviewed_by FROM reviews"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"Old Reviewer"_s);
    }
    QSqlDatabase::removeDatabase(u"backup"_s);
    // Opened again, the store is current: no second copy.
    store.close();
    QCOMPARE(store.openForFolder(dir.path()).error(), QString());
    QCOMPARE(QDir(dir.filePath(u".imr-workbench"_s)).entryList({u"review.sqlite.v1-*.bak"_s}).size(), 1);
}

// A version 4 store kept its reviews' facts without the dates of the IMR
// process: the upgrade writes them again from the records, so the
// turnaround tables count reviewed letters too.
void TestReviewStore::versionFourFactsGainTheProcessDates()
{
    QTemporaryDir dir;
    QFile::copy(kFixture, dir.filePath(u"a.txt"_s));
    QByteArray hash;
    {
        ReviewStore store;
        QCOMPARE(store.openForFolder(dir.path()).error(), QString());
        imr::LetterLoader loader(dir.path());
        imr::Letter letter = loader.load(u"a.txt"_s);
        hash = letter.contentHash;
        QVERIFY(!letter.record.field(FieldId::DateAssigned).value.isEmpty());
        letter.record.fields[FieldId::CaseNumber].state = imr::ReviewState::Confirmed;
        const imr::AuditEntry entry{-1, u"case_number"_s, {}, {}, u"confirm"_s};
        QVERIFY(store.saveReview(hash, u"a.txt"_s, letter.record, entry, u"Ana"_s, 0).ok());
    }
    const QString path = dir.filePath(u".imr-workbench/review.sqlite"_s);
    {
        // Back to version 4: format 2 facts, no case choices.
        imr::LetterSummary s;
        QVERIFY(s.decodeFacts([&] {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v4"_s);
            db.setDatabaseName(path);
            db.open();
            QSqlQuery q(db);
            q.exec(u"SELECT facts FROM reviews"_s);
            q.next();
            return q.value(0).toByteArray();
        }()));
        const QByteArray old = imr::test::factsInFormatTwo(s);
        QSqlDatabase db = QSqlDatabase::database(u"v4"_s);
        QSqlQuery q(db);
        q.prepare(u"UPDATE reviews SET facts = ?"_s);
        q.addBindValue(old);
        QVERIFY(q.exec());
        QVERIFY(q.exec(u"DROP TABLE case_choices"_s));
        QVERIFY(q.exec(u"PRAGMA user_version=4"_s));
        imr::LetterSummary decoded;
        QVERIFY(decoded.decodeFacts(old)); // still readable
        QVERIFY(decoded.assignedDate.isEmpty());
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v4"_s);
    ReviewStore store;
    QCOMPARE(store.openForFolder(dir.path()).error(), QString());
    const imr::LetterSummary row = indexFolder(store, dir.path()).value(u"a.txt"_s);
    QCOMPARE(row.status, imr::LetterStatus::InProgress); // the review's facts
    QCOMPARE(row.assignedDate, u"2016-11-09"_s);
    QCOMPARE(row.applicationReceived, u"2016-11-02"_s);
    QCOMPARE(row.priority, u"Standard"_s);
    QVERIFY(store.caseChoices().ok());
    QCOMPARE(QDir(dir.filePath(u".imr-workbench"_s)).entryList({u"review.sqlite.v4-*.bak"_s}).size(), 1);
}

// Up to version 5 a slow format's text sat in the row of its facts, and
// opening a year of PDFs looked up every letter's facts in a B-tree of
// their texts. The upgrade keeps the texts apart, serves them as before,
// lists the folder without reading a letter again, and gives the old
// table's pages back.
void TestReviewStore::versionFiveTextsAreKeptApart()
{
    QTemporaryDir dir;
    QFile::copy(kFixture, dir.filePath(u"a.txt"_s));
    QByteArray hash;
    {
        ReviewStore store;
        QCOMPARE(store.openForFolder(dir.path()).error(), QString());
        hash = indexFolder(store, dir.path()).value(u"a.txt"_s).contentHash;
        QVERIFY(!hash.isEmpty());
    }
    const QString path = dir.filePath(u".imr-workbench/review.sqlite"_s);
    const QString keptText = u"The text a PDF gave when it was read.\fIts second page."_s;
    const QString keptPages = u"1:0:38 2:38:54"_s; // two pages, as PageMapText writes them
    {
        // Back to version 5's layout: the text beside the facts, here under
        // another extractor's key, and the current key's row without it.
        // Other letters' texts make the old table most of the file.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v5"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const char *sql : {"CREATE TABLE old_cache (content_hash TEXT NOT NULL, extractor_version INTEGER NOT NULL,"
                                " facts BLOB NOT NULL, letter_text BLOB, pages TEXT, warning TEXT,"
                                " PRIMARY KEY (content_hash, extractor_version)) WITHOUT ROWID",
                                "INSERT INTO old_cache SELECT content_hash, extractor_version, facts, NULL, NULL,"
                                " 'guessed encoding' FROM extraction_cache",
                                "INSERT INTO old_cache SELECT content_hash, extractor_version + 1, facts, NULL, NULL,"
                                " 'guessed encoding' FROM extraction_cache",
                                "DROP TABLE extraction_cache", "DROP TABLE extraction_text",
                                "ALTER TABLE old_cache RENAME TO extraction_cache"})
            QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
        q.prepare(u"UPDATE extraction_cache SET letter_text = ?, pages = ? WHERE extractor_version ="
                  " (SELECT MAX(extractor_version) FROM extraction_cache)"_s);
        q.addBindValue(qCompress(keptText.toUtf8()));
        q.addBindValue(keptPages);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        q.prepare(u"INSERT INTO extraction_cache VALUES (?, 1, x'00', ?, NULL, NULL)"_s);
        for (int i = 0; i < 300; ++i) {
            QByteArray noise(4096, Qt::Uninitialized);
            for (char &c : noise)
                c = char(QRandomGenerator::global()->bounded(256));
            q.addBindValue(u"other%1"_s.arg(i));
            q.addBindValue(noise);
            QVERIFY(q.exec());
        }
        QVERIFY(q.exec(u"PRAGMA user_version=5"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v5"_s);
    const qint64 before = QFileInfo(path).size();

    ReviewStore store;
    QCOMPARE(store.openForFolder(dir.path()).error(), QString());
    int extracted = -1;
    const imr::LetterSummary row = indexFolder(store, dir.path(), &extracted).value(u"a.txt"_s);
    QCOMPARE(extracted, 0); // listed from the upgraded cache
    QCOMPARE(row.warning, u"guessed encoding"_s);
    const auto text = store.cachedText(hash);
    QVERIFY2(text.ok() && text.value(), qPrintable(text.error()));
    QCOMPARE(text.value()->text, keptText);
    QCOMPARE(text.value()->pages.size(), 2);
    QCOMPARE(text.value()->warning, u"guessed encoding"_s);
    store.close(); // its WAL checkpointed into the file
    QVERIFY2(QFileInfo(path).size() < before * 3 / 2, "the upgrade doubled the store");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v6"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM pragma_table_info('extraction_cache') WHERE name = 'letter_text'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM extraction_cache"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 302); // every key's facts kept
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM extraction_text"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 301); // one text per letter
        QVERIFY(q.exec(u"PRAGMA freelist_count"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v6"_s);
    QCOMPARE(QDir(dir.filePath(u".imr-workbench"_s)).entryList({u"review.sqlite.v5-*.bak"_s}).size(), 1);
}

void TestReviewStore::unusableStoresAreLeftUntouched_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("not a database") << QByteArray(8192, 'x') << u"damaged"_s;
    QTest::newRow("truncated header") << QByteArray("SQLite format 3\0\x10\0", 19) << u"damaged"_s;
    QTest::newRow("newer version") << QByteArray() << u"newer version"_s;
}

void TestReviewStore::unusableStoresAreLeftUntouched()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, errorPart);
    QTemporaryDir dir;
    QDir(dir.path()).mkdir(u".imr-workbench"_s);
    const QString path = dir.filePath(u".imr-workbench/review.sqlite"_s);
    if (contents.isEmpty()) {
        // A real store from a future schema.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE future (x)"_s));
            QVERIFY(q.exec(u"PRAGMA user_version=99"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"future"_s);
    } else {
        writeFile(path, contents);
    }
    const QByteArray before = readAll(path);
    ReviewStore store;
    const QString error = store.openForFolder(dir.path()).error();
    QVERIFY2(error.contains(errorPart), qPrintable(error));
    QVERIFY(error.contains(u"left untouched"_s));
    QVERIFY(!store.isOpen());
    QCOMPARE(readAll(path), before);
    QVERIFY(!QFile::exists(path + u"-wal"_s));
}

void TestReviewStore::exportCarriesReviewColumns()
{
    QTemporaryDir dir;
    QFile::copy(kFixture, dir.filePath(u"a.txt"_s));
    {
        ReviewStore store;
        QCOMPARE(store.openForFolder(dir.path()).error(), QString());
        reviewSomething(store, dir.path(), u"a.txt"_s);
    }
    QProcess p;
    p.start(QStringLiteral(IMR_BINARY), {u"--export-csv"_s, dir.filePath(u"out.csv"_s), dir.path()});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QString csv = QString::fromUtf8(readAll(dir.filePath(u"out.csv"_s)));
    QVERIFY2(csv.contains(u",in progress,"_s), qPrintable(csv.right(300)));
    QVERIFY(csv.contains(u",patient_age,Dana Reviewer,"_s));
}

QTEST_GUILESS_MAIN(TestReviewStore)
#include "tst_reviewstore.moc"
