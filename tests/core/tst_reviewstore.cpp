#include "extraction/letterextractor.h"
#include "folder/letterloader.h"
#include "store/recordjson.h"
#include "review/revieweditor.h"
#include "review/reviewstatus.h"
#include "store/reviewstore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using imr::FieldId;
using imr::ReviewStore;

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
    QCOMPARE(editor.apply(letter, r, {-1, u"case_number"_s, {}, {}, u"confirm"_s}), QString());
    r = letter.record;
    const QString oldAge = r.field(FieldId::PatientAge).value;
    r.fields[FieldId::PatientAge].value = u"61"_s;
    r.fields[FieldId::PatientAge].state = imr::ReviewState::Corrected;
    QCOMPARE(editor.apply(letter, r, {-1, u"patient_age"_s, oldAge, u"61"_s, u"correct"_s}), QString());
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
    void extractionIsCachedByContentHash();
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
    QCOMPARE(store.openForFolder(dir.path()), QString());
    const QString path = dir.filePath(u".imr-workbench/review.sqlite"_s);
    QCOMPARE(store.path(), path);
    QVERIFY(QFile::exists(path));
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                         | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QCOMPARE(store.integrityCheck(), u"ok"_s);
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
    QCOMPARE(store.openForFolder(dir.path()), QString());
    QCOMPARE(store.path(), location);
}

void TestReviewStore::reviewSurvivesReopening()
{
    QTemporaryDir dir;
    QFile::copy(kFixture, dir.filePath(u"a.txt"_s));
    {
        ReviewStore store;
        QCOMPARE(store.openForFolder(dir.path()), QString());
        reviewSomething(store, dir.path(), u"a.txt"_s);
    }
    ReviewStore store;
    QCOMPARE(store.openForFolder(dir.path()), QString());
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
    QCOMPARE(store.openForFolder(dir.path()), QString());
    reviewSomething(store, dir.path(), u"a.txt"_s);
    imr::LetterLoader loader(dir.path());
    const QList<imr::AuditEntry> trail = store.auditTrail(loader.load(u"a.txt"_s).contentHash);
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
    QCOMPARE(store.openForFolder(dir.path()), QString());
    reviewSomething(store, dir.path(), u"a.txt"_s);
    QVERIFY(QDir(dir.path()).mkdir(u"moved"_s));
    QVERIFY(QFile::rename(dir.filePath(u"a.txt"_s), dir.filePath(u"moved/renamed.txt"_s)));
    imr::LetterLoader loader(dir.path());
    loader.setStore(&store);
    const imr::Letter letter = loader.load(u"moved/renamed.txt"_s);
    QCOMPARE(letter.record.field(FieldId::PatientAge).value, u"61"_s);
    QVERIFY(letter.warning.isEmpty());
}

void TestReviewStore::changedContentIsFlagged()
{
    QTemporaryDir dir;
    QFile::copy(kFixture, dir.filePath(u"a.txt"_s));
    QFile::setPermissions(dir.filePath(u"a.txt"_s), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    ReviewStore store;
    QCOMPARE(store.openForFolder(dir.path()), QString());
    reviewSomething(store, dir.path(), u"a.txt"_s);
    QByteArray text = readAll(dir.filePath(u"a.txt"_s));
    text.replace("CM16-0900201", "CM16-0900299");
    writeFile(dir.filePath(u"a.txt"_s), text);
    imr::LetterLoader loader(dir.path());
    loader.setStore(&store);
    const imr::Letter letter = loader.load(u"a.txt"_s);
    QCOMPARE(letter.record.field(FieldId::CaseNumber).value, u"CM16-0900299"_s);
    QCOMPARE(imr::ReviewStatus::of(letter), imr::LetterStatus::Unreviewed); // the old review is not applied
    QVERIFY2(letter.warning.contains(u"changed after it was reviewed"_s), qPrintable(letter.warning));
    QVERIFY2(letter.warning.contains(u"CM16-0900201 → CM16-0900299"_s), qPrintable(letter.warning));
    QVERIFY(letter.warning.contains(u"Dana Reviewer"_s));
}

void TestReviewStore::extractionIsCachedByContentHash()
{
    QTemporaryDir dir;
    QFile::copy(kFixture, dir.filePath(u"a.txt"_s));
    ReviewStore store;
    QCOMPARE(store.openForFolder(dir.path()), QString());
    imr::LetterLoader loader(dir.path());
    loader.setStore(&store);
    const imr::Letter first = loader.load(u"a.txt"_s);
    const auto cached = store.cachedExtraction(first.contentHash, imr::LetterExtractor::kVersion);
    QVERIFY(cached);
    QCOMPARE(cached->record, first.record);
    QCOMPARE(cached->text, first.text);
    // Plant a different cached result: a second load must use it, not extract again.
    imr::CachedLetter planted = *cached;
    planted.record.fields[FieldId::CaseNumber].value = u"CM99-0000001"_s;
    planted.pages = {{0, 0, 10}, {1, 11, 5}};
    QVERIFY(store.cacheExtraction(first.contentHash, imr::LetterExtractor::kVersion, planted));
    QCOMPARE(loader.load(u"a.txt"_s).pages, planted.pages);
    QCOMPARE(loader.load(u"a.txt"_s).record.field(FieldId::CaseNumber).value, u"CM99-0000001"_s);
    // Another extractor version does not reuse it.
    QVERIFY(!store.cachedExtraction(first.contentHash, imr::LetterExtractor::kVersion + 1));
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
    const QString error = store.openForFolder(dir.path());
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
        QCOMPARE(store.openForFolder(dir.path()), QString());
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
