#include "export/reviewedcsvwriter.h"
#include "export/rowspool.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using imr::FieldId;
using imr::ReviewedCsvWriter;

namespace {

imr::Letter letterWith(const QString &request)
{
    imr::Letter l;
    l.relativePath = u"sub/CM16-0900001.txt"_s;
    l.record.fields[FieldId::CaseNumber].value = u"CM16-0900001"_s;
    l.record.fields[FieldId::PatientAge].value = u"48"_s;
    l.record.fields[FieldId::ReviewerLicensure].value = u"California; Nevada"_s;
    imr::DisputedItem item;
    item.fields[FieldId::ItemRequest].value = request;
    item.fields[FieldId::Decision].value = u"Upheld"_s;
    l.record.items << item;
    return l;
}

// A device that refuses every write, like a full disk.
class FullDevice final : public QIODevice
{
protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64) override { return -1; }
};

// The text after the byte-order mark (QString::fromUtf8 keeps it as U+FEFF or not
// depending on the version, so strip the bytes).
QString rowsOf(const QByteArray &csv)
{
    return QString::fromUtf8(csv.startsWith("\xEF\xBB\xBF") ? csv.mid(3) : csv);
}

QStringList parseRow(const QString &line)
{
    // Minimal RFC 4180 reader for one logical row.
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            cells << cell;
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells << cell;
    return cells;
}

} // namespace

class TestReviewedCsvWriter : public QObject
{
    Q_OBJECT
private slots:
    void headerFollowsTheContract();
    void bomAndCrlf();
    void escapesCells_data();
    void escapesCells();
    void oneRowPerItem();
    void letterWithoutItemsAndLetterWithError();
    void duplicateOfIsOnEveryRow_data();
    void duplicateOfIsOnEveryRow();
    void spoolFillsInTheCells_data();
    void spoolFillsInTheCells();
    void spoolIsPublishedWhole_data();
    void spoolIsPublishedWhole();
    void multilineCellsRoundTrip();
    void cellsAreFoldedWherever_data();
    void cellsAreFoldedWherever();
    void failingDeviceReportsFailure();
    void writeFileReplacesAtomically();
    void unwritablePathLeavesNothing();
};

void TestReviewedCsvWriter::headerFollowsTheContract()
{
    const QStringList expected{
        u"file"_s, u"case_number"_s, u"date_assigned"_s, u"decision_date"_s, u"priority"_s, u"date_of_injury"_s,
        u"ur_denial_date"_s, u"application_received"_s, u"reviewer_licensure"_s, u"reviewer_specialty"_s,
        u"patient_age"_s, u"patient_sex"_s, u"diagnoses"_s, u"item_number"_s, u"item_request"_s,
        u"treatment_category"_s, u"treatment_subcategory"_s, u"decision"_s, u"medically_necessary"_s,
        u"claims_administrator_guideline"_s, u"claims_administrator_guideline_sources"_s, u"maximus_guideline"_s,
        u"maximus_guideline_sources"_s, u"rationale"_s, u"review_status"_s, u"corrected_fields"_s,
        u"reviewed_by"_s, u"reviewed_at"_s, u"load_error"_s, u"duplicate_of"_s};
    QCOMPARE(ReviewedCsvWriter::header(), expected);
}

void TestReviewedCsvWriter::bomAndCrlf()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(ReviewedCsvWriter::write(buffer, {letterWith(u"MRI"_s)}));
    const QByteArray bytes = buffer.data();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "file,case_number,"));
    QCOMPARE(bytes.count("\r\n"), 2);
    QCOMPARE(bytes.count('\n'), 2);
}

void TestReviewedCsvWriter::escapesCells_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<bool>("numeric");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"MRI of the knee"_s << false << u"MRI of the knee"_s;
    QTest::newRow("comma") << u"Norco 10/325, #60"_s << false << u"\"Norco 10/325, #60\""_s;
    QTest::newRow("quote") << u"the \"TENS\" unit"_s << false << u"\"the \"\"TENS\"\" unit\""_s;
    QTest::newRow("newline") << u"a\nb"_s << false << u"\"a\nb\""_s;
    QTest::newRow("formula =") << u"=HYPERLINK(\"x\")"_s << false << u"\"'=HYPERLINK(\"\"x\"\")\""_s;
    QTest::newRow("formula +") << u"+1"_s << false << u"'+1"_s;
    QTest::newRow("formula -") << u"-cmd"_s << false << u"'-cmd"_s;
    QTest::newRow("formula @") << u"@SUM(A1)"_s << false << u"'@SUM(A1)"_s;
    QTest::newRow("formula tab") << u"\tx"_s << false << u"'\tx"_s;
    QTest::newRow("formula CR") << u"\rx"_s << false << u"\"'\rx\""_s;
    QTest::newRow("negative number untouched") << u"-5"_s << true << u"-5"_s;
    QTest::newRow("number with a point untouched") << u"48.5"_s << true << u"48.5"_s;
    // A numeric column holds what an analyst typed: a formula there is guarded too.
    QTest::newRow("formula in a numeric column") << u"=1+1"_s << true << u"'=1+1"_s;
    QTest::newRow("minus text in a numeric column") << u"-cmd"_s << true << u"'-cmd"_s;
    QTest::newRow("empty") << QString() << false << QString();
}

void TestReviewedCsvWriter::escapesCells()
{
    QFETCH(QString, cell);
    QFETCH(bool, numeric);
    QFETCH(QString, expected);
    QCOMPARE(ReviewedCsvWriter::escapeCell(cell, numeric), expected);
}

void TestReviewedCsvWriter::oneRowPerItem()
{
    imr::Letter l = letterWith(u"MRI"_s);
    const imr::DisputedItem second = l.record.items.first();
    l.record.items << second;
    l.record.items[1].fields[FieldId::ItemRequest].value = u"=EMG"_s;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(ReviewedCsvWriter::write(buffer, {l}));
    const QStringList lines = rowsOf(buffer.data()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    const QStringList header = parseRow(lines[0]);
    const QStringList row2 = parseRow(lines[2]);
    QCOMPARE(row2.size(), header.size());
    QCOMPARE(row2[header.indexOf(u"file"_s)], u"sub/CM16-0900001.txt"_s);
    QCOMPARE(row2[header.indexOf(u"item_number"_s)], u"2"_s);
    QCOMPARE(row2[header.indexOf(u"item_request"_s)], u"'=EMG"_s);
    QCOMPARE(row2[header.indexOf(u"patient_age"_s)], u"48"_s);
    QCOMPARE(row2[header.indexOf(u"reviewer_licensure"_s)], u"California; Nevada"_s);
    QCOMPARE(row2[header.indexOf(u"review_status"_s)], u"unreviewed"_s);
}

void TestReviewedCsvWriter::letterWithoutItemsAndLetterWithError()
{
    imr::Letter noItems = letterWith(u"x"_s);
    noItems.record.items.clear();
    imr::Letter broken;
    broken.relativePath = u"broken.txt"_s;
    broken.error = u"The file is empty."_s;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(ReviewedCsvWriter::write(buffer, {noItems, broken}));
    const QStringList lines = rowsOf(buffer.data()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    const QStringList header = parseRow(lines[0]);
    QCOMPARE(parseRow(lines[1])[header.indexOf(u"item_number"_s)], QString());
    QCOMPARE(parseRow(lines[1])[header.indexOf(u"case_number"_s)], u"CM16-0900001"_s);
    QCOMPARE(parseRow(lines[2])[header.indexOf(u"load_error"_s)], u"The file is empty."_s);
    QCOMPARE(parseRow(lines[2])[header.indexOf(u"file"_s)], u"broken.txt"_s);
}

void TestReviewedCsvWriter::duplicateOfIsOnEveryRow_data()
{
    QTest::addColumn<QString>("duplicateOf");
    QTest::addColumn<int>("items");
    QTest::addColumn<QString>("written");
    QTest::newRow("counts") << QString() << 2 << QString();
    QTest::newRow("another file counts") << u"2017/CM16-0900001.txt"_s << 2 << u"2017/CM16-0900001.txt"_s;
    QTest::newRow("no items") << u"CM16-0900001 amended.txt"_s << 0 << u"CM16-0900001 amended.txt"_s;
    QTest::newRow("comma in the name") << u"CM16-0900001, second download.txt"_s << 1
                                       << u"\"CM16-0900001, second download.txt\""_s;
    // A file name is text like any other cell: guarded against formulas.
    QTest::newRow("formula-like name") << u"=HYPERLINK(1).txt"_s << 1 << u"'=HYPERLINK(1).txt"_s;
}

// A file that does not count for its case names the one that does, on
// each of its rows, after load_error (the analyst's fields follow).
void TestReviewedCsvWriter::duplicateOfIsOnEveryRow()
{
    QFETCH(QString, duplicateOf);
    QFETCH(int, items);
    QFETCH(QString, written);
    imr::Letter letter = letterWith(u"MRI"_s);
    letter.record.items.clear();
    for (int i = 0; i < items; ++i) {
        imr::DisputedItem item;
        // Characters outside ASCII before the cell: its place is a byte offset.
        item.fields[FieldId::ItemRequest].value = u"Item %1 — naproxène 550 mg"_s.arg(i + 1);
        letter.record.items << item;
    }
    letter.reviewedBy = u"José Núñez"_s;
    const QByteArray bytes = ReviewedCsvWriter::rowBytes(letter, duplicateOf);
    // An export that learns the file only after writing the rows puts it
    // in the same place.
    const ReviewedCsvWriter::MarkedRows marked = ReviewedCsvWriter::markedRowBytes(letter);
    QCOMPARE(marked.duplicateOfAt.size(), std::max(items, 1));
    QCOMPARE(marked.bytes, ReviewedCsvWriter::rowBytes(letter));
    QCOMPARE(ReviewedCsvWriter::withDuplicateOf(marked.bytes, marked.duplicateOfAt, duplicateOf), bytes);
    const QString rows = QString::fromUtf8(bytes);
    const QStringList lines = rows.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), std::max(items, 1));
    const QStringList header = ReviewedCsvWriter::header();
    const qsizetype column = header.indexOf(u"duplicate_of"_s);
    QCOMPARE(column, header.indexOf(u"load_error"_s) + 1);
    for (const QString &line : lines) {
        QVERIFY2(line.contains(u',' + written), qPrintable(line)); // as written: quoted, guarded
        const QStringList cells = parseRow(line);
        QCOMPARE(cells.size(), header.size());
        QCOMPARE(cells[column], written.startsWith(u'"') ? duplicateOf : written);
        QCOMPARE(cells[header.indexOf(u"case_number"_s)], u"CM16-0900001"_s);
    }
}

void TestReviewedCsvWriter::multilineCellsRoundTrip()
{
    // Long paragraphs are folded to one line, so a row is one physical line.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(ReviewedCsvWriter::write(buffer, {letterWith(u"MRI of the\nright \"shoulder\", without\ncontrast"_s)}));
    const QStringList lines = rowsOf(buffer.data()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    const QStringList header = parseRow(lines[0]);
    QCOMPARE(parseRow(lines[1])[header.indexOf(u"item_request"_s)], u"MRI of the right \"shoulder\", without contrast"_s);
}

// The export passes over folded values eight characters at a time: a break
// anywhere in or around a block is still folded, and the plain rest kept.
void TestReviewedCsvWriter::cellsAreFoldedWherever_data()
{
    QTest::addColumn<QString>("request");
    const QString words = u"Requested:lumbar-MRI;per_ODG(2015)and-MTUS+guidance.#42"_s;
    for (const QString &gap : {u"  "_s, u"\n"_s, u" \n"_s, u"\t"_s, u"\u00a0"_s, u" \u00a0"_s}) {
        for (int at : {1, 7, 8, 9, 16, 17, 31, 40, 53}) {
            QString request = words;
            request.insert(at, gap);
            QTest::addRow("U+%04x at %d", gap.back().unicode(), at) << request;
        }
    }
    QTest::newRow("already folded") << u"MRI of the right shoulder without contrast, 1 session per week"_s;
    QTest::newRow("accents") << u"Naproxène 550 mg · ninety tablets and ibuprofène: réf. 7"_s;
    QTest::newRow("edges") << u" MRI of the right shoulder without contrast, 1 session per week\n"_s;
}

void TestReviewedCsvWriter::cellsAreFoldedWherever()
{
    QFETCH(QString, request);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(ReviewedCsvWriter::write(buffer, {letterWith(request)}));
    const QStringList lines = rowsOf(buffer.data()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2); // the header and the item's one line
    const QStringList header = parseRow(lines[0]);
    QCOMPARE(parseRow(lines[1])[header.indexOf(u"item_request"_s)], request.simplified());
}

void TestReviewedCsvWriter::failingDeviceReportsFailure()
{
    FullDevice device;
    device.open(QIODevice::WriteOnly);
    QVERIFY(!ReviewedCsvWriter::write(device, {letterWith(u"MRI"_s)}));
}

void TestReviewedCsvWriter::writeFileReplacesAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.csv"_s);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old export");
    }
    QCOMPARE(ReviewedCsvWriter::writeFile(path, {letterWith(u"MRI"_s)}), QString());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("CM16-0900001"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"out.csv"_s}); // no temporary left behind
}

void TestReviewedCsvWriter::unwritablePathLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing/out.csv"_s);
    const QString error = ReviewedCsvWriter::writeFile(path, {letterWith(u"MRI"_s)});
    QVERIFY(!error.isEmpty());
    QVERIFY(error.contains(path));
    QVERIFY(!QFile::exists(path));
}

void TestReviewedCsvWriter::spoolFillsInTheCells_data()
{
    QTest::addColumn<qsizetype>("chunkBytes");
    QTest::addColumn<QList<int>>("marked"); // letters that take a cell
    // A chunk smaller than a letter still holds that one letter.
    for (const qsizetype chunk : {qsizetype(1), qsizetype(3000), qsizetype(4 << 20)}) {
        QTest::addRow("%lld bytes, none", qlonglong(chunk)) << chunk << QList<int>{};
        QTest::addRow("%lld bytes, first and last", qlonglong(chunk)) << chunk << QList<int>{0, 6};
        QTest::addRow("%lld bytes, side by side", qlonglong(chunk)) << chunk << QList<int>{2, 3, 4};
    }
}

// An export that finds its duplicates itself spools its rows: copied out,
// they are byte for byte the rows written with the cell in the first place,
// wherever the chunks the spool is read in begin and end.
void TestReviewedCsvWriter::spoolFillsInTheCells()
{
    QFETCH(qsizetype, chunkBytes);
    QFETCH(QList<int>, marked);
    QTemporaryDir dir;
    QList<imr::Letter> letters;
    for (int i = 0; i < 7; ++i) {
        imr::Letter letter = letterWith(u"Item %1 — naproxène"_s.arg(i));
        letter.relativePath = u"letter %1.txt"_s.arg(i);
        letter.record.items.resize(i % 3); // none, one or two rows' worth
        letters << letter;
    }
    const auto cellFor = [&](qsizetype i) {
        return marked.contains(int(i)) ? u"counted, %1.txt"_s.arg(i) : QString();
    };
    imr::RowSpool spool(dir.filePath(u"out.csv"_s));
    QVERIFY(spool.open());
    QByteArray expected;
    for (qsizetype i = 0; i < letters.size(); ++i) {
        const ReviewedCsvWriter::MarkedRows rows = ReviewedCsvWriter::markedRowBytes(letters[i]);
        QVERIFY(spool.append(rows.bytes, rows.duplicateOfAt));
        expected += ReviewedCsvWriter::rowBytes(letters[i], cellFor(i));
    }
    QCOMPARE(spool.letterCount(), letters.size());
#ifdef Q_OS_UNIX
    // Nothing of the spool is left to be seen beside the export.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{});
#endif
    QBuffer out;
    QVERIFY(out.open(QIODevice::WriteOnly));
    QCOMPARE(spool.copyTo(out, cellFor, chunkBytes), nullptr);
    QCOMPARE(out.data(), expected);
}

void TestReviewedCsvWriter::spoolIsPublishedWhole_data()
{
    QTest::addColumn<QString>("before"); // what is at the export's path
    QTest::addColumn<bool>("published");
    QTest::newRow("nothing") << QString() << true;
    QTest::newRow("an earlier export") << u"file"_s << true;
    // QSaveFile writes to the file a link leads to; a rename would replace
    // the link: such an export is copied, as before.
    QTest::newRow("a link") << u"link"_s << false;
}

// A folder where every file counts for its case needs no cell filled in: the
// spool, header and all, becomes the export, with nothing copied and
// nothing left beside it.
void TestReviewedCsvWriter::spoolIsPublishedWhole()
{
    QFETCH(QString, before);
    QFETCH(bool, published);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.csv"_s);
    const QString elsewhere = dir.filePath(u"elsewhere.csv"_s);
    if (before == u"file"_s) {
        QFile earlier(path);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("an earlier export, longer than the new one will be\n");
    } else if (before == u"link"_s) {
        QFile target(elsewhere);
        QVERIFY(target.open(QIODevice::WriteOnly));
        QVERIFY(QFile::link(elsewhere, path));
    }
    const QStringList beforeEntries = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
    imr::RowSpool spool(path);
    QVERIFY(spool.open());
    if (!spool.canPublish())
        QSKIP("This file system makes no file without a name (O_TMPFILE); such exports are copied.");
    QByteArray expected = ReviewedCsvWriter::headerBytes();
    QVERIFY(spool.appendHead(expected));
    for (int i = 0; i < 3; ++i) {
        imr::Letter letter = letterWith(u"Item %1 — naproxène"_s.arg(i));
        letter.relativePath = u"letter %1.txt"_s.arg(i);
        const ReviewedCsvWriter::MarkedRows rows = ReviewedCsvWriter::markedRowBytes(letter);
        QVERIFY(spool.append(rows.bytes, rows.duplicateOfAt));
        expected += ReviewedCsvWriter::rowBytes(letter, {});
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System), beforeEntries);
    QCOMPARE(spool.publish(), published);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System), beforeEntries.isEmpty() ? QStringList{u"out.csv"_s} : beforeEntries);
    if (!published) {
        QVERIFY(QFileInfo(path).isSymLink());
        // Not published, the spool is whole for the copy.
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(spool.copyTo(out, [](qsizetype) { return QString(); }), nullptr);
        QCOMPARE(out.data(), expected.sliced(ReviewedCsvWriter::headerBytes().size()));
        return;
    }
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), expected);
    // Health information: the owner's only, as the spool was.
    QCOMPARE(written.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QTEST_GUILESS_MAIN(TestReviewedCsvWriter)

#include "tst_reviewedcsvwriter.moc"
