#include "extraction/fieldid.h"
#include "extraction/taxonomyfile.h"
#include "extraction/treatmenttaxonomy.h"
#include "folder/folderindexer.h"
#include "folder/letterloader.h"
#include "folder/textletterformat.h"
#include "review/revieweditor.h"
#include "store/sqlitereviewstore.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {

const QString kFixture = QStringLiteral(IMR_TEST_DATA "/letters/default-layout.txt");

// count copies of a fixture letter, each with its own case number.
void makeFolder(const QString &folder, int count)
{
    QFile f(kFixture);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    for (int i = 0; i < count; ++i) {
        QByteArray copy = text;
        copy.replace("CM16-0900201", u"CM16-%1"_s.arg(i, 7, 10, QChar(u'0')).toLatin1());
        QFile out(u"%1/letter-%2.txt"_s.arg(folder).arg(i, 5, 10, QChar(u'0')));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(copy);
    }
}

struct Run
{
    int rows = 0;
    int extracted = 0;
    int batches = 0;
    QHash<QString, imr::LetterSummary> letters;
};

Run indexOnce(imr::SqliteReviewStore &store, const QString &folder)
{
    auto loader = std::make_shared<imr::LetterLoader>(folder);
    loader->setStore(&store);
    imr::FolderIndexer indexer(loader, &store);
    Run run;
    const imr::Status s = indexer.run([&](imr::IndexBatch b) {
        ++run.batches;
        run.extracted = std::max(run.extracted, b.extracted);
        for (const imr::LetterSummary &l : std::as_const(b.letters))
            run.letters.insert(l.relativePath, l);
    });
    run.rows = int(run.letters.size());
    if (!s)
        qWarning("%s", qPrintable(s.error()));
    return run;
}

int committedFiles(const QString &storePath)
{
    int n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"count"_s);
        db.setDatabaseName(storePath);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT count(*) FROM files"_s) && q.next())
                n = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(u"count"_s);
    return n;
}

} // namespace

class TestFolderIndexer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void batchesCoverTheFolder_data();
    void batchesCoverTheFolder();
    void cancelledLoadResumes();
    void killedLoadResumesAndKeepsReviews();
    void removedAndAddedFilesArePickedUp();
    void changedTaxonomyExtractsAgain();
    void slowFormatIsNotParsedAgainForANewTaxonomy();
};

void TestFolderIndexer::batchesCoverTheFolder_data()
{
    QTest::addColumn<int>("letters");
    QTest::newRow("one") << 1;
    QTest::newRow("one batch") << imr::FolderIndexer::kBatchSize;
    QTest::newRow("several batches") << imr::FolderIndexer::kBatchSize * 3 + 7;
}

void TestFolderIndexer::batchesCoverTheFolder()
{
    QFETCH(int, letters);
    QTemporaryDir dir;
    makeFolder(dir.path(), letters);
    imr::SqliteReviewStore store;
    QVERIFY(store.openForFolder(dir.path()).ok());
    const Run first = indexOnce(store, dir.path());
    QCOMPARE(first.rows, letters);
    QCOMPARE(first.extracted, letters);
    QCOMPARE(first.letters.value(u"letter-00000.txt"_s).caseNumber, u"CM16-0000000"_s);
    QVERIFY(first.letters.value(u"letter-00000.txt"_s).loaded);
    const Run again = indexOnce(store, dir.path());
    QCOMPARE(again.rows, letters);
    QCOMPARE(again.extracted, 0); // all from the store
    QCOMPARE(again.letters.value(u"letter-00000.txt"_s).caseNumber, u"CM16-0000000"_s);
}

void TestFolderIndexer::cancelledLoadResumes()
{
    QTemporaryDir dir;
    const int letters = imr::FolderIndexer::kBatchSize * 8;
    makeFolder(dir.path(), letters);
    imr::SqliteReviewStore store;
    QVERIFY(store.openForFolder(dir.path()).ok());
    auto loader = std::make_shared<imr::LetterLoader>(dir.path());
    loader->setStore(&store);
    int extracted = 0;
    {
        imr::FolderIndexer indexer(loader, &store);
        (void)indexer.run([&](imr::IndexBatch b) {
            extracted = std::max(extracted, b.extracted);
            if (b.extracted > 0)
                indexer.cancel(); // after the first stored batch
        });
    }
    QVERIFY(extracted > 0);
    QVERIFY(extracted < letters);
    const Run resumed = indexOnce(store, dir.path());
    QCOMPARE(resumed.rows, letters);
    QCOMPARE(resumed.extracted, letters - extracted); // nothing stored is read again
}

void TestFolderIndexer::killedLoadResumesAndKeepsReviews()
{
    QTemporaryDir dir;
    const int letters = 3000;
    makeFolder(dir.path(), letters);
    imr::SqliteReviewStore store;
    QVERIFY(store.openForFolder(dir.path()).ok());
    // A review made before the load must come through the kill untouched.
    {
        imr::LetterLoader loader(dir.path());
        loader.setStore(&store);
        imr::Letter letter = loader.load(u"letter-00007.txt"_s);
        imr::DeterminationRecord r = letter.record;
        r.fields[imr::FieldId::CaseNumber].state = imr::ReviewState::Confirmed;
        imr::ReviewEditor editor(store, u"Dana"_s);
        QVERIFY(editor.apply(letter, r, {-1, u"case_number"_s, {}, {}, u"confirm"_s}).ok());
    }
    const QString storePath = store.path();
    store.close();
    QProcess window;
    window.setProcessEnvironment([] {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        return env;
    }());
    window.start(QStringLiteral(IMR_BINARY), {u"--screenshot"_s, dir.filePath(u"shot.png"_s), dir.path()});
    QVERIFY(window.waitForStarted());
    // Kill it once some batches are committed, long before the end.
    QTRY_VERIFY_WITH_TIMEOUT(committedFiles(storePath) >= imr::FolderIndexer::kBatchSize, 60000);
    window.kill();
    QVERIFY(window.waitForFinished());
    const int committed = committedFiles(storePath);
    QVERIFY2(committed < letters, "the load finished before the kill; the test proves nothing");
    QVERIFY(store.open(storePath).ok());
    const Run resumed = indexOnce(store, dir.path());
    QCOMPARE(resumed.rows, letters);
    QCOMPARE(resumed.extracted, letters - committed);
    QCOMPARE(resumed.letters.value(u"letter-00007.txt"_s).status, imr::LetterStatus::InProgress);
    const auto trail = store.auditTrail(resumed.letters.value(u"letter-00007.txt"_s).contentHash);
    QCOMPARE(trail->size(), 1);
}

void TestFolderIndexer::removedAndAddedFilesArePickedUp()
{
    QTemporaryDir dir;
    makeFolder(dir.path(), 5);
    imr::SqliteReviewStore store;
    QVERIFY(store.openForFolder(dir.path()).ok());
    indexOnce(store, dir.path());
    QVERIFY(QFile::remove(dir.filePath(u"letter-00002.txt"_s)));
    QVERIFY(QFile::copy(dir.filePath(u"letter-00001.txt"_s), dir.filePath(u"new.txt"_s)));
    const Run after = indexOnce(store, dir.path());
    QCOMPARE(after.rows, 5);
    QVERIFY(!after.letters.contains(u"letter-00002.txt"_s));
    QVERIFY(after.letters.contains(u"new.txt"_s));
    QCOMPARE(after.extracted, 1); // only the new file was read
    QCOMPARE(committedFiles(store.path()), 5); // the removed file was forgotten
}

void TestFolderIndexer::changedTaxonomyExtractsAgain()
{
    QTemporaryDir dir, config;
    makeFolder(dir.path(), 3);
    imr::SqliteReviewStore store;
    QVERIFY(store.openForFolder(dir.path()).ok());
    const auto categories = [](const Run &run) {
        QSet<QString> all;
        for (const imr::LetterSummary &l : run.letters)
            for (const imr::ItemFacts &item : l.items)
                all.insert(item.category);
        return all;
    };
    const Run builtIn = indexOnce(store, dir.path());
    QCOMPARE(builtIn.extracted, 3);
    QVERIFY(!categories(builtIn).contains(u"Transportation"_s));

    // The analyst's rule sends every request to one category: a cache that
    // ignored the taxonomy would serve the old categories.
    const QString path = config.filePath(u"taxonomy.json"_s);
    const auto writeRule = [&path](const QByteArray &pattern) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"rules\":[{\"category\":\"Transportation\",\"patterns\":[\"" + pattern + "\"]}]}");
    };
    writeRule(".");
    QCOMPARE(imr::TaxonomyFile::install(path), QString());
    const Run user = indexOnce(store, dir.path());
    QCOMPARE(user.extracted, 3);
    QCOMPARE(categories(user), QSet<QString>{u"Transportation"_s});

    // The same file, unchanged: served from the cache.
    QCOMPARE(imr::TaxonomyFile::install(path), QString());
    QCOMPARE(indexOnce(store, dir.path()).extracted, 0);

    // An edited rule, same file: extracted again.
    writeRule("\\\\bnever-matches-anything\\\\b");
    QCOMPARE(imr::TaxonomyFile::install(path), QString());
    const Run edited = indexOnce(store, dir.path());
    QCOMPARE(edited.extracted, 3);
    QCOMPARE(categories(edited), categories(builtIn));

    QCOMPARE(imr::TaxonomyFile::install(QString()), QString()); // back to the built-in taxonomy
    QCOMPARE(imr::TreatmentTaxonomy::current()->fingerprint(), imr::TreatmentTaxonomy::builtIn().fingerprint());
}

namespace {

// A format that is slow to read (like PDF): its text is kept in the store.
// Counts its reads.
class SlowFormat final : public imr::LetterFormat
{
public:
    static inline std::atomic_int reads = 0;
    QStringList suffixes() const override { return {u"slow"_s}; }
    imr::LetterContent read(const QString &filePath) const override
    {
        ++reads;
        return imr::TextLetterFormat().read(filePath);
    }
    bool storesText() const override { return true; }
};

} // namespace

void TestFolderIndexer::slowFormatIsNotParsedAgainForANewTaxonomy()
{
    QTemporaryDir dir, config;
    for (int i = 0; i < 3; ++i) {
        QFile in(kFixture);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QFile out(dir.filePath(u"letter-%1.slow"_s.arg(i)));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(in.readAll().replace("CM16-0900201", u"CM16-090030%1"_s.arg(i).toLatin1()));
    }
    imr::SqliteReviewStore store;
    QVERIFY(store.openForFolder(dir.path()).ok());
    const auto indexWithSlowFormat = [&] {
        auto loader = std::make_shared<imr::LetterLoader>(dir.path());
        loader->addFormat(std::make_shared<SlowFormat>());
        loader->setStore(&store);
        imr::FolderIndexer indexer(loader, &store);
        int extracted = 0;
        (void)indexer.run([&](imr::IndexBatch b) { extracted = std::max(extracted, b.extracted); });
        return std::pair{extracted, loader};
    };
    SlowFormat::reads = 0;
    QCOMPARE(indexWithSlowFormat().first, 3);
    QCOMPARE(SlowFormat::reads.load(), 3);

    const QString path = config.filePath(u"taxonomy.json"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"rules\":[{\"category\":\"Transportation\",\"patterns\":[\".\"]}]}");
    }
    QCOMPARE(imr::TaxonomyFile::install(path), QString());
    const auto [extracted, loader] = indexWithSlowFormat();
    QCOMPARE(extracted, 3);                   // extracted again for the new rules...
    QCOMPARE(SlowFormat::reads.load(), 3);    // ...from the kept text, not the file's format
    const imr::Letter letter = loader->load(u"letter-1.slow"_s);
    QCOMPARE(letter.record.items.value(0).field(imr::FieldId::TreatmentCategory).value, u"Transportation"_s);
    QCOMPARE(SlowFormat::reads.load(), 3);
    QCOMPARE(imr::TaxonomyFile::install(QString()), QString());
}

QTEST_GUILESS_MAIN(TestFolderIndexer)
#include "tst_folderindexer.moc"
