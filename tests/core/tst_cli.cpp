// The headless export through the real executable: no display, one summary line.

#include "folder/letterloader.h"
#include "review/revieweditor.h"
#include "store/sqlitereviewstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString err;
    QString out;
};

// maxFileBytes > 0: the files the program writes are limited to that size,
// so the write that goes past fails (EFBIG), as on a full disk.
Run run(const QStringList &args, qint64 maxFileBytes = 0, const QHash<QString, QString> &extraEnv = {})
{
    // The user's settings (a taxonomy file among them) must not leak in.
    static QTemporaryDir home;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.remove(u"QT_QPA_PLATFORM"_s); // the export must not need a display platform
    env.remove(u"DISPLAY"_s);
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    if (maxFileBytes > 0) {
        const QString script = u"trap '' XFSZ; exec prlimit --fsize=%1 -- \"$@\""_s.arg(maxFileBytes);
        p.start(u"/bin/sh"_s, QStringList{u"-c"_s, script, u"sh"_s, QStringLiteral(IMR_BINARY)} + args);
    } else {
        p.start(QStringLiteral(IMR_BINARY), args);
    }
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardError()),
            QString::fromUtf8(p.readAllStandardOutput())};
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The rows of a CSV file after its byte order mark, by RFC 4180: cells may
// be quoted, with commas, doubled quotes and line breaks inside.
QList<QStringList> csvRows(const QString &path)
{
    const QString text = QString::fromUtf8(contents(path).mid(3));
    QList<QStringList> rows;
    QStringList row{QString()};
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted && c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
            row.last() += u'"';
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (c == u',' && !quoted) {
            row << QString();
        } else if ((c == u'\n' || c == u'\r') && !quoted) {
            if (c == u'\n' && !(row.size() == 1 && row.first().isEmpty()))
                rows << row;
            if (c == u'\n')
                row = QStringList{QString()};
        } else {
            row.last() += c;
        }
    }
    if (!(row.size() == 1 && row.first().isEmpty()))
        rows << row;
    return rows;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void exportsAFolder();
    void exportsSurviveAFullDisk_data();
    void exportsSurviveAFullDisk();
    void answersWithoutADisplay_data();
    void answersWithoutADisplay();
    void failures_data();
    void failures();
    void exportsProvenanceJson();
    void exportUpgradesAnOlderStore_data();
    void exportUpgradesAnOlderStore();
    void bothExportsAtOnce();
    void taxonomyFileOption_data();
    void taxonomyFileOption();
    void exportsSummary();
    void summaryComparesFolders();
    void summaryComparesGuidelineSources();
    void deidentifiedExportHasNoPlantedIdentifiers();
    void exportMarksDuplicateFiles_data();
    void exportMarksDuplicateFiles();
    void exportKeepsTheFolderOrder_data();
    void exportKeepsTheFolderOrder();
    void optionMistakes_data();
    void optionMistakes();
};

void TestCli::exportsAFolder()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"out.csv"_s);
    const Run r = run({u"--export-csv"_s, out, QStringLiteral(IMR_EXAMPLES)});
    QCOMPARE(r.exitCode, 0);
    const int letters = int(QDir(QStringLiteral(IMR_EXAMPLES)).entryList({u"*.txt"_s}, QDir::Files).size());
    QVERIFY2(r.err.contains(u"Exported %1 letters"_s.arg(letters)), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"0 errors"_s), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(u'\n'), 0); // one line
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF" "file,case_number"));
    QVERIFY(csv.count("\r\n") > letters); // header + at least one row per letter
}

void TestCli::exportsSurviveAFullDisk_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("file");
    QTest::newRow("csv") << u"--export-csv"_s << u"letters.csv"_s;
    QTest::newRow("json") << u"--export-json"_s << u"letters.jsonl"_s;
    QTest::newRow("report") << u"--report"_s << u"report.pdf"_s;
}

void TestCli::exportsSurviveAFullDisk()
{
    QFETCH(QString, option);
    QFETCH(QString, file);
    QTemporaryDir dir, letters;
    // A folder of its own: without a review store, only the export writes.
    for (const QString &name : QDir(QStringLiteral(IMR_EXAMPLES)).entryList({u"*.txt"_s}, QDir::Files))
        QVERIFY(QFile::copy(QStringLiteral(IMR_EXAMPLES) + u'/' + name, letters.filePath(name)));
    const QString out = dir.filePath(file);
    const Run first = run({option, out, letters.path()});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const QByteArray earlier = contents(out);
    constexpr qint64 kRoom = 4096;
    QVERIFY(earlier.size() > 2 * kRoom);
    const Run full = run({option, out, letters.path()}, kRoom);
    QVERIFY2(full.exitCode > 0, qPrintable(full.err)); // an error exit, not a crash
    QVERIFY2(full.err.contains(out), qPrintable(full.err)); // it says which file
    QCOMPARE(contents(out), earlier);                     // the earlier export is intact
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{file}); // no half-written copy left
}

void TestCli::answersWithoutADisplay_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--version") << u"--version"_s << u"imr-workbench %1"_s.arg(QStringLiteral(IMR_VERSION));
    QTest::newRow("-v") << u"-v"_s << u"imr-workbench %1"_s.arg(QStringLiteral(IMR_VERSION));
    QTest::newRow("--help") << u"--help"_s << u"--export-csv"_s;
    QTest::newRow("-h") << u"-h"_s << u"--report"_s;
}

// Without DISPLAY or a platform: a user checking the version over ssh, or a
// package test, gets an answer instead of a platform-plugin abort.
void TestCli::answersWithoutADisplay()
{
    QFETCH(QString, option);
    QFETCH(QString, expected);
    const Run r = run({option});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(expected), qPrintable(r.out + r.err));
}

void TestCli::failures_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("missing folder") << u"out.csv"_s << u"/nonexistent/letters"_s << u"not a folder"_s;
    QTest::newRow("unwritable output") << u"no/such/dir/out.csv"_s << QStringLiteral(IMR_EXAMPLES) << u"Cannot write"_s;
}

void TestCli::failures()
{
    QFETCH(QString, output);
    QFETCH(QString, folder);
    QFETCH(QString, messagePart);
    QTemporaryDir dir;
    const Run r = run({u"--export-csv"_s, dir.filePath(output), folder});
    QVERIFY(r.exitCode > 0);
    QVERIFY2(r.err.contains(messagePart), qPrintable(r.err));
    QVERIFY(!QFile::exists(dir.filePath(output)));
}


namespace {

QList<QJsonObject> jsonLines(const QString &path)
{
    QList<QJsonObject> lines;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return lines;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (!line.isEmpty())
            lines << QJsonDocument::fromJson(line).object();
    }
    return lines;
}

void copyFixture(const QString &name, const QString &to)
{
    QVERIFY(QFile::copy(QStringLiteral(IMR_TEST_DATA "/letters/") + name, to));
}

} // namespace

void TestCli::exportsProvenanceJson()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"letters"_s);
    QVERIFY(QDir().mkpath(folder));
    copyFixture(u"default-layout.txt"_s, folder + u"/a.txt"_s);
    copyFixture(u"notice-2013.txt"_s, folder + u"/b.txt"_s);
    {
        QFile bad(folder + u"/c.pdf"_s);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("this is not a PDF");
    }
    const QString out = dir.filePath(u"out.jsonl"_s);
    const Run r = run({u"--export-json"_s, out, folder});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(u"Exported 3 letters"_s), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(u'\n'), 0);
    const QList<QJsonObject> lines = jsonLines(out);
    QCOMPARE(lines.size(), 3);
    QHash<QString, QJsonObject> byFile;
    for (const QJsonObject &o : lines)
        byFile.insert(o[u"file"_s].toString(), o);
    QVERIFY(byFile[u"a.txt"_s][u"load_error"_s].isNull());
    QCOMPARE(byFile[u"a.txt"_s][u"fields"_s][u"case_number"_s][u"value"_s].toString(), u"CM16-0900201"_s);
    QCOMPARE(byFile[u"a.txt"_s][u"fields"_s][u"case_number"_s][u"state"_s].toString(), u"extracted"_s);
    QVERIFY(!byFile[u"b.txt"_s][u"items"_s].toArray().isEmpty());
    QVERIFY(byFile[u"c.pdf"_s][u"load_error"_s].isString());
    QVERIFY(!byFile[u"c.pdf"_s][u"load_error"_s].toString().isEmpty());
}

// A folder reviewed with an older version: the export upgrades its store
// as a window would, keeping a backup, and exports its reviews. While a
// window holds the folder it is left as it is, and the export says why.
void TestCli::exportUpgradesAnOlderStore_data()
{
    QTest::addColumn<bool>("windowHoldsIt");
    QTest::newRow("nobody holds the folder") << false;
    QTest::newRow("a window holds the folder") << true;
}

void TestCli::exportUpgradesAnOlderStore()
{
    QFETCH(bool, windowHoldsIt);
    QTemporaryDir dir;
    const QString letters = dir.filePath(u"letters"_s);
    QVERIFY(QDir().mkpath(letters));
    QVERIFY(QFile::copy(QStringLiteral(IMR_TEST_DATA "/letters/default-layout.txt"), letters + u"/a.txt"_s));
    QByteArray hash;
    {
        imr::SqliteReviewStore store;
        QVERIFY(store.openForFolder(letters).ok());
        imr::LetterLoader loader(letters);
        loader.setStore(&store);
        imr::Letter letter = loader.load(u"a.txt"_s);
        hash = letter.contentHash;
        imr::DeterminationRecord r = letter.record;
        for (auto &field : r.fields)
            field.state = imr::ReviewState::Confirmed;
        imr::ReviewEditor editor(store, u"Ana"_s);
        QVERIFY(editor.apply(letter, r, {-1, u"case_number"_s, {}, {}, u"confirm"_s}).ok());
    }
    const QString storePath = imr::SqliteReviewStore::locationFor(letters);
    const auto versionOf = [&storePath] {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"version"_s);
        db.setDatabaseName(storePath);
        int version = -1;
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"PRAGMA user_version"_s) && q.next())
                version = q.value(0).toInt();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"version"_s);
        return version;
    };
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"older"_s);
        db.setDatabaseName(storePath);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA user_version=%1"_s.arg(imr::SqliteReviewStore::kSchemaVersion - 1)));
    }
    QSqlDatabase::removeDatabase(u"older"_s);
    QLockFile window(storePath + u".lock"_s);
    if (windowHoldsIt)
        QVERIFY(window.tryLock(0));

    const QString out = dir.filePath(u"out.csv"_s);
    const Run r = run({u"--export-csv"_s, out, letters});
    const QStringList backups = QDir(QFileInfo(storePath).path()).entryList({u"review.sqlite.v*.bak"_s});
    if (windowHoldsIt) {
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"older version"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"another IMR Workbench window"_s), qPrintable(r.err)); // why not now
        QCOMPARE(versionOf(), imr::SqliteReviewStore::kSchemaVersion - 1);
        QVERIFY(backups.isEmpty());
        return;
    }
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(versionOf(), imr::SqliteReviewStore::kSchemaVersion);
    QCOMPARE(backups.size(), 1);
    const QList<QStringList> rows = csvRows(out);
    QVERIFY(rows.size() > 1);
    const qsizetype reviewer = rows.first().indexOf(u"reviewed_by"_s);
    QVERIFY(reviewer > 0);
    for (const QStringList &row : rows.mid(1))
        QCOMPARE(row.value(reviewer), u"Ana"_s); // every item row of the letter
}

void TestCli::bothExportsAtOnce()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"out.csv"_s), json = dir.filePath(u"out.jsonl"_s);
    const Run r = run({u"--export-csv"_s, csv, u"--export-json"_s, json, QStringLiteral(IMR_EXAMPLES)});
    QCOMPARE(r.exitCode, 0);
    const int letters = int(QDir(QStringLiteral(IMR_EXAMPLES)).entryList({u"*.txt"_s}, QDir::Files).size());
    QVERIFY(QFile::exists(csv));
    QCOMPARE(jsonLines(json).size(), letters);
}

void TestCli::taxonomyFileOption_data()
{
    QTest::addColumn<QByteArray>("taxonomy");
    QTest::addColumn<QString>("category"); // of every item
    QTest::addColumn<QString>("message");  // on stderr, empty: none
    QTest::newRow("analyst's rule first")
        << QByteArray("{\"rules\":[{\"category\":\"Transportation\",\"patterns\":[\".\"]}]}") << u"Transportation"_s
        << QString();
    QTest::newRow("invalid file") << QByteArray("{\"rules\": [ oops") << QString() << u"not valid"_s;
}

void TestCli::taxonomyFileOption()
{
    QFETCH(QByteArray, taxonomy);
    QFETCH(QString, category);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"letters"_s);
    QVERIFY(QDir().mkpath(folder));
    copyFixture(u"default-layout.txt"_s, folder + u"/a.txt"_s);
    const QString rules = dir.filePath(u"rules.json"_s);
    {
        QFile f(rules);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(taxonomy);
    }
    const QString out = dir.filePath(u"out.jsonl"_s);
    const Run r = run({u"--taxonomy"_s, rules, u"--export-json"_s, out, folder});
    QCOMPARE(r.exitCode, 0); // an invalid taxonomy is reported, the built-in one used
    if (message.isEmpty())
        QVERIFY2(!r.err.contains(u"taxonomy"_s, Qt::CaseInsensitive), qPrintable(r.err));
    else
        QVERIFY2(r.err.contains(message) && r.err.contains(rules), qPrintable(r.err));
    const QList<QJsonObject> lines = jsonLines(out);
    QCOMPARE(lines.size(), 1);
    const QJsonArray items = lines.first()[u"items"_s].toArray();
    QVERIFY(!items.isEmpty());
    for (const QJsonValue &item : items) {
        const QString got = item[u"fields"_s][u"treatment_category"_s][u"value"_s].toString();
        if (category.isEmpty())
            QVERIFY(got != u"Transportation"_s && !got.isEmpty());
        else
            QCOMPARE(got, category);
    }
}

void TestCli::exportsSummary()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"summary.csv"_s);
    const Run r = run({u"--export-summary"_s, out, u"--min-group-size"_s, u"3"_s, QStringLiteral(IMR_TEST_DATA "/letters")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(u"Summary of 11 letters, 22 items"_s), qPrintable(r.err));
    QCOMPARE(QFile::permissions(out) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    const QList<QStringList> rows = csvRows(out);
    QVERIFY(rows.size() > 10);
    const QStringList header = rows.first();
    QCOMPARE(header.mid(0, 3), (QStringList{u"table"_s, u"group"_s, u"label"_s}));
    const auto column = [&](const QString &name) { return int(header.indexOf(name)); };
    QSet<QString> tables;
    for (const QStringList &row : rows.mid(1)) {
        QCOMPARE(row.size(), header.size());
        tables << row[0];
        if (row[0] == u"outcome"_s) {
            // 22 items, 10 overturned: Wilson 95% (0.2692, 0.6534).
            QCOMPARE(row[column(u"items"_s)], u"22"_s);
            QCOMPARE(row[column(u"overturned"_s)], u"10"_s);
            QCOMPARE(row[column(u"overturn_ci_low"_s)], u"0.2692"_s);
            QCOMPARE(row[column(u"overturn_ci_high"_s)], u"0.6534"_s);
            QCOMPARE(row[column(u"small_group"_s)], u"no"_s);
        }
        if (row[0] == u"category"_s && row[column(u"items"_s)].toInt() < 3)
            QCOMPARE(row[column(u"small_group"_s)], u"yes"_s);
    }
    for (const QString &t : {u"folder"_s, u"outcome"_s, u"category"_s, u"subcategory"_s, u"drug_group"_s, u"guideline"_s,
                             u"specialty"_s, u"month"_s, u"turnaround"_s})
        QVERIFY2(tables.contains(t), qPrintable(t));
}

// A folder against itself: every difference 0, every p-value 1.
void TestCli::summaryComparesFolders()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"summary.csv"_s);
    const QString letters = QStringLiteral(IMR_TEST_DATA "/letters");
    const Run r = run({u"--export-summary"_s, out, u"--compare-with"_s, letters, letters});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QList<QStringList> rows = csvRows(out);
    const QStringList header = rows.first();
    int compared = 0;
    for (const QStringList &row : rows.mid(1)) {
        if (row[0] != u"comparison"_s)
            continue;
        ++compared;
        QCOMPARE(row[header.indexOf(u"items"_s)], row[header.indexOf(u"compared_items"_s)]);
        QCOMPARE(row[header.indexOf(u"difference"_s)], u"0.0000"_s);
        QCOMPARE(row[header.indexOf(u"p_value"_s)], u"1"_s);
        QCOMPARE(row[header.indexOf(u"side"_s)], u"letters"_s);
        QCOMPARE(row[header.indexOf(u"compared_side"_s)], u"letters"_s);
    }
    QVERIFY(compared > 3);
}

// Items citing MTUS (not ODG) against items citing ODG (not MTUS): the
// counts are the folder's own guideline figures less the items citing both,
// and the sides say which is which.
void TestCli::summaryComparesGuidelineSources()
{
    QTemporaryDir dir;
    const QString plain = dir.filePath(u"plain.csv"_s);
    const QString out = dir.filePath(u"summary.csv"_s);
    const QString letters = QStringLiteral(IMR_TEST_DATA "/letters");
    Run r = run({u"--export-summary"_s, plain, letters});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // In Spanish: the summary is for scripts, and its side names stay keys.
    r = run({u"--export-summary"_s, out, u"--compare-sources"_s, u"MTUS, ODG"_s, letters}, 0,
            {{u"LANGUAGE"_s, u"es"_s}, {u"LANG"_s, u"es_ES.UTF-8"_s}, {u"LC_ALL"_s, u"es_ES.UTF-8"_s}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(!r.err.contains(u"Summary of"_s), qPrintable(r.err)); // the run spoke Spanish
    const QList<QStringList> rows = csvRows(out);
    const QStringList header = rows.first();
    const auto cell = [&header](const QStringList &row, const QString &column) {
        return row.value(header.indexOf(column));
    };
    QHash<QString, int> guidelineItems; // the folder's items citing each source
    for (const QStringList &row : csvRows(plain).mid(1)) {
        if (row[0] == u"guideline"_s)
            guidelineItems.insert(row[2], row[4].toInt());
    }
    QVERIFY(guidelineItems.value(u"MTUS"_s) > 0 && guidelineItems.value(u"ODG"_s) > 0);
    const QStringList *all = nullptr;
    for (const QStringList &row : rows) {
        if (row[0] == u"comparison"_s && row[1] == u"all"_s)
            all = &row;
    }
    QVERIFY(all);
    QCOMPARE(cell(*all, u"side"_s), u"MTUS, not ODG"_s);
    QCOMPARE(cell(*all, u"compared_side"_s), u"ODG, not MTUS"_s);
    const int mtusOnly = cell(*all, u"items"_s).toInt();
    const int odgOnly = cell(*all, u"compared_items"_s).toInt();
    QVERIFY(mtusOnly > 0 && odgOnly > 0);
    const int both = guidelineItems.value(u"MTUS"_s) - mtusOnly;
    QVERIFY(both >= 0);
    QCOMPARE(guidelineItems.value(u"ODG"_s) - odgOnly, both);
    // Rates follow the counts, whether or not the row has a test.
    for (const QStringList &row : rows.mid(1)) {
        if (row[0] != u"comparison"_s || cell(row, u"items"_s).toInt() == 0)
            continue;
        QCOMPARE(cell(row, u"overturn_rate"_s).toDouble(),
                 std::round(1e4 * cell(row, u"overturned"_s).toDouble() / cell(row, u"items"_s).toDouble()) / 1e4);
    }
}

// Identifiers planted in a letter's name, header, summary, request and
// rationale: none reaches the de-identified CSV.
void TestCli::deidentifiedExportHasNoPlantedIdentifiers()
{
    QTemporaryDir letters, dir;
    QString text = QString::fromUtf8(contents(QStringLiteral(IMR_TEST_DATA "/letters/default-layout.txt")));
    QVERIFY(text.contains(u"52 year old female"_s));
    text.replace(u"52 year old female"_s, u"93 year old female"_s);
    text.replace(u"The guidelines reserve imaging of the neck for red flag conditions"_s,
                 u"Dr. Helen Okafor (559-555-0142, hokafor@clinic-example.org) of 1200 Harbor Boulevard, Fresno, CA "
                 "93721 saw the claimant, Maria Gonzalez, on March 3, 2016 and on 3/10/16. The guidelines reserve "
                 "imaging of the neck for red flag conditions"_s);
    text.replace(u"Acupuncture for the neck, six sessions: Overturned"_s,
                 u"Acupuncture with Dr. Okafor for the neck, six sessions: Overturned"_s);
    QFile planted(letters.filePath(u"CM16-0900201 Gonzalez.txt"_s));
    QVERIFY(planted.open(QIODevice::WriteOnly));
    planted.write(text.toUtf8());
    planted.close();
    const QString out = dir.filePath(u"shared.csv"_s);
    const Run r = run({u"--export-csv"_s, out, u"--deidentify"_s, letters.path()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(u"De-identified"_s), qPrintable(r.err));
    const QString csv = QString::fromUtf8(contents(out));
    // The plain export has them all: the letter was read as planted.
    const QString plainPath = dir.filePath(u"plain.csv"_s);
    QCOMPARE(run({u"--export-csv"_s, plainPath, letters.path()}).exitCode, 0);
    const QString plain = QString::fromUtf8(contents(plainPath));
    for (const QString &p : {u"Okafor"_s, u"Helen"_s, u"559-555-0142"_s, u"hokafor"_s, u"Harbor"_s, u"Fresno"_s,
                             u"93721"_s, u"Gonzalez"_s, u"Maria"_s, u"March 3"_s, u"3/10/16"_s, u"0900201"_s,
                             u"2016-11-09"_s, u"2016-12-07"_s, u"2014-06-21"_s, u"2016-10-25"_s}) {
        QVERIFY2(plain.contains(p), qPrintable(u"not planted: "_s + p));
        QVERIFY2(!csv.contains(p), qPrintable(p));
    }
    const auto rows = csvRows(out);
    const QStringList header = rows.first();
    QVERIFY(rows.size() >= 3); // two items
    for (const QStringList &row : rows.mid(1)) {
        QCOMPARE(row[header.indexOf(u"patient_age"_s)], u"90+"_s);
        QCOMPARE(row[header.indexOf(u"decision_date"_s)], u"2016"_s);
        QCOMPARE(row[header.indexOf(u"date_of_injury"_s)], u"2014"_s);
        QVERIFY(row[header.indexOf(u"case_number"_s)].startsWith(u"C-"_s));
    }
    // A second export: new pseudonyms (a secret per export).
    const QString again = dir.filePath(u"again.csv"_s);
    QCOMPARE(run({u"--export-csv"_s, again, u"--deidentify"_s, letters.path()}).exitCode, 0);
    QVERIFY(csvRows(again)[1][1] != rows[1][1]);
}

void TestCli::exportKeepsTheFolderOrder_data()
{
    QTest::addColumn<int>("letters");
    QTest::addColumn<bool>("sameCase"); // every file of one case: the rows wait in a spool
    QTest::newRow("one") << 1 << false;
    QTest::newRow("one task and one more") << 17 << false;
    QTest::newRow("a block less one") << 255 << false;
    QTest::newRow("three blocks and a letter") << 3 * 256 + 1 << false;
    QTest::newRow("three blocks of one case") << 3 * 256 + 1 << true;
}

// The export formats letters in tasks of a few, two blocks ahead of the
// writing: the rows still come in the folder's order, each letter once.
void TestCli::exportKeepsTheFolderOrder()
{
    QFETCH(int, letters);
    QFETCH(bool, sameCase);
    QTemporaryDir folder, dir;
    const QByteArray text = contents(QStringLiteral(IMR_TEST_DATA "/letters/default-layout.txt"));
    QVERIFY(text.contains("CM16-0900201"));
    QStringList names;
    for (int i = 0; i < letters; ++i) {
        names << u"L%1.txt"_s.arg(i, 4, 10, QChar(u'0'));
        QByteArray bytes = text;
        if (!sameCase)
            bytes.replace("CM16-0900201", QByteArray("CM16-" + QByteArray::number(1000000 + i)));
        bytes += "\nCopy " + QByteArray::number(i) + '\n'; // no two files alike
        QFile f(folder.filePath(names.last()));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    const QString out = dir.filePath(u"out.csv"_s);
    const Run r = run({u"--export-csv"_s, out, folder.path()});
    QCOMPARE(r.exitCode, 0);
    const QList<QStringList> rows = csvRows(out);
    QVERIFY(rows.size() > letters);
    const qsizetype duplicateOf = rows.first().indexOf(u"duplicate_of"_s);
    QStringList listed;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        if (listed.isEmpty() || listed.last() != rows[i].first())
            listed << rows[i].first();
        // One file counts for the case, the last in the folder when none is dated later.
        const bool counts = !sameCase || rows[i].first() == names.last();
        QCOMPARE(rows[i][duplicateOf].isEmpty(), counts);
    }
    QCOMPARE(listed, names);
}

void TestCli::exportMarksDuplicateFiles_data()
{
    QTest::addColumn<bool>("deidentify");
    QTest::addColumn<bool>("firstChosen"); // the analyst chose a.txt to count for its case
    QTest::newRow("plain") << false << false;
    QTest::newRow("the analyst's choice") << false << true;
    QTest::newRow("de-identified") << true << false;
}

// A second download and an amended letter of one case: every file keeps
// its rows, and those that do not count name the file that does (found
// only once the whole folder is read, after the first file's rows).
void TestCli::exportMarksDuplicateFiles()
{
    QFETCH(bool, deidentify);
    QFETCH(bool, firstChosen);
    QTemporaryDir letters, dir;
    const QByteArray text = contents(QStringLiteral(IMR_TEST_DATA "/letters/default-layout.txt"));
    QByteArray amended = text;
    const qsizetype decided = amended.indexOf("12/07/2016"); // the header's decision date
    QVERIFY(decided > 0);
    amended.replace(decided, 10, "01/05/2017");
    QByteArray otherCase = text;
    otherCase.replace("CM16-0900201", "CM16-0900299");
    const QList<std::pair<QString, QByteArray>> files{
        {u"a.txt"_s, text}, {u"b.txt"_s, text}, {u"c.txt"_s, amended}, {u"d.txt"_s, otherCase}};
    for (const auto &[name, bytes] : files) {
        QFile f(letters.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    if (firstChosen) {
        imr::SqliteReviewStore store;
        QVERIFY(store.openForFolder(letters.path()).ok());
        const imr::Letter first = imr::LetterLoader(letters.path()).load(u"a.txt"_s);
        QVERIFY(store.saveCaseChoice(u"CM16-0900201"_s, first.contentHash).ok());
    }
    const QString out = dir.filePath(u"out.csv"_s);
    QStringList args{u"--export-csv"_s, out, letters.path()};
    if (deidentify)
        args << u"--deidentify"_s;
    const Run r = run(args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // The spool of rows is gone.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"out.csv"_s});
    const auto rows = csvRows(out);
    const QStringList header = rows.first();
    const qsizetype fileColumn = header.indexOf(u"file"_s);
    const qsizetype duplicateColumn = header.indexOf(u"duplicate_of"_s);
    const qsizetype dateColumn = header.indexOf(u"decision_date"_s);
    QCOMPARE(duplicateColumn, header.indexOf(u"load_error"_s) + 1);
    QMap<QString, QString> duplicateOf; // file -> what each of its rows says
    QString amendedFile;
    for (const QStringList &row : rows.mid(1)) {
        QCOMPARE(row.size(), header.size());
        const QString file = row[fileColumn];
        QVERIFY2(!duplicateOf.contains(file) || duplicateOf[file] == row[duplicateColumn], qPrintable(file));
        duplicateOf[file] = row[duplicateColumn];
        if (row[dateColumn].startsWith(u"2017"_s))
            amendedFile = file;
    }
    QCOMPARE(duplicateOf.size(), 4);
    if (firstChosen) {
        const QMap<QString, QString> expected{
            {u"a.txt"_s, QString()}, {u"b.txt"_s, u"a.txt"_s}, {u"c.txt"_s, u"a.txt"_s}, {u"d.txt"_s, QString()}};
        QCOMPARE(duplicateOf, expected);
        return;
    }
    if (!deidentify) {
        const QMap<QString, QString> expected{
            {u"a.txt"_s, u"c.txt"_s}, {u"b.txt"_s, u"c.txt"_s}, {u"c.txt"_s, QString()}, {u"d.txt"_s, QString()}};
        QCOMPARE(duplicateOf, expected);
        return;
    }
    // The pseudonym of the amended letter's file, as its own rows give it.
    QVERIFY(!amendedFile.isEmpty());
    QCOMPARE(duplicateOf.value(amendedFile), QString());
    QCOMPARE(std::count(duplicateOf.cbegin(), duplicateOf.cend(), amendedFile), 2);
    QCOMPARE(std::count(duplicateOf.cbegin(), duplicateOf.cend(), QString()), 2);
    for (const auto &[name, bytes] : files)
        QVERIFY2(!duplicateOf.contains(name), qPrintable(name));
}

void TestCli::optionMistakes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("--deidentify without a CSV") << QStringList{u"--export-json"_s, u"out.jsonl"_s, u"--deidentify"_s}
                                                << u"--deidentify applies to --export-csv only"_s;
    QTest::newRow("--min-group-size not a count")
        << QStringList{u"--export-summary"_s, u"out.csv"_s, u"--min-group-size"_s, u"many"_s} << u"many"_s;
    QTest::newRow("--compare-sources one source")
        << QStringList{u"--export-summary"_s, u"out.csv"_s, u"--compare-sources"_s, u"ODG"_s} << u"--compare-sources"_s;
    QTest::newRow("--compare-sources and --compare-with")
        << QStringList{u"--export-summary"_s, u"out.csv"_s, u"--compare-sources"_s, u"ODG,MTUS"_s, u"--compare-with"_s,
                       QStringLiteral(IMR_TEST_DATA "/letters")}
        << u"--compare-sources"_s;
    QTest::newRow("--compare-with no folder")
        << QStringList{u"--export-summary"_s, u"out.csv"_s, u"--compare-with"_s, u"/nonexistent/other"_s}
        << u"not a folder"_s;
}

void TestCli::optionMistakes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, messagePart);
    QTemporaryDir dir;
    QStringList args;
    for (const QString &a : arguments)
        args << (a.startsWith(u"out."_s) ? dir.filePath(a) : a);
    const Run r = run(args << QStringLiteral(IMR_TEST_DATA "/letters"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(messagePart), qPrintable(r.err));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
