#include "export/reviewedcsvwriter.h"

#include "extraction/fieldschema.h"
#include "extraction/plainblocks.h"
#include "review/reviewstatus.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QFile>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentMap>

#include <numeric>

using namespace Qt::StringLiterals;

namespace imr {
namespace {

const QString kItemNumber = u"item_number"_s;

bool isNumericColumn(FieldId id)
{
    return id == FieldId::PatientAge;
}

// Long paragraphs are exported on one line: analysts read them in a cell.
// Most values are folded already: they are used as they are, without a copy.
QString foldWhitespace(const QString &s)
{
    if (s.isEmpty())
        return s;
    if (s.front().isSpace() || s.back().isSpace())
        return s.simplified();
    const QChar *const data = s.constData();
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n;) {
        i = extraction::plainBlocksEnd(data, i, n);
        for (const qsizetype stop = std::min(i + 8, n); i < stop; ++i) {
            const char16_t c = data[i].unicode();
            if (c > u' ' && c < 0x7f)
                continue; // printable ASCII, nearly every character: no QChar::isSpace() call
            if (QChar::isSpace(c) && (c != u' ' || (i + 1 < n && data[i + 1].isSpace())))
                return s.simplified();
        }
    }
    return s;
}

// A plain number such as an age ("-" only in front, digits, one point):
// what a numeric column may hold without a guard.
bool isPlainNumber(const QString &cell)
{
    qsizetype i = cell.startsWith(u'-') ? 1 : 0;
    bool digits = false;
    bool point = false;
    for (; i < cell.size(); ++i) {
        if (cell[i].isDigit() && cell[i].unicode() < 0x80)
            digits = true;
        else if (cell[i] == u'.' && !point)
            point = true;
        else
            return false;
    }
    return digits;
}

// escapeCell(), appended to a row under construction. A numeric column is
// guarded too when it holds anything but a number (an analyst's correction
// can hold any text).
void appendCell(QString &row, const QString &cell, bool numeric)
{
    const bool formula = !(numeric && isPlainNumber(cell)) && !cell.isEmpty()
                         && (cell[0] == u'=' || cell[0] == u'+' || cell[0] == u'-' || cell[0] == u'@'
                             || cell[0] == u'\t' || cell[0] == u'\r');
    bool quote = false;
    for (const QChar c : cell) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n') {
            quote = true;
            break;
        }
    }
    if (quote)
        row += u'"';
    if (formula)
        row += u'\'';
    if (!quote) {
        row += cell;
        return;
    }
    // Whole runs between quotes, not a character at a time: rationales are
    // paragraphs, and nearly all of them hold a comma.
    const QStringView view(cell);
    qsizetype from = 0;
    for (qsizetype quoteAt = view.indexOf(u'"'); quoteAt >= 0; quoteAt = view.indexOf(u'"', from)) {
        row += view.sliced(from, quoteAt + 1 - from);
        row += u'"';
        from = quoteAt + 1;
    }
    row += view.sliced(from);
    row += u'"';
}

} // namespace

QStringList ReviewedCsvWriter::header()
{
    QStringList cols{u"file"_s};
    for (FieldId id : FieldSchema::letterFields())
        cols << FieldSchema::columnName(id);
    cols << kItemNumber;
    for (FieldId id : FieldSchema::itemFields())
        cols << FieldSchema::columnName(id);
    // duplicate_of: empty when the file counts for its case, else the file
    // that does. After the contract's columns, as it allows.
    cols << u"review_status"_s << u"corrected_fields"_s << u"reviewed_by"_s << u"reviewed_at"_s
         << u"load_error"_s << u"duplicate_of"_s;
    // The analyst's fields follow the contract's columns (the letter's, then the items').
    for (FieldId id : FieldSchema::customLetterFields() + FieldSchema::customItemFields())
        cols << FieldSchema::columnName(id);
    return cols;
}

QString ReviewedCsvWriter::escapeCell(const QString &cell, bool numeric)
{
    // Spreadsheets run a cell starting with = + - @ tab or CR as a formula:
    // those get a leading quote mark.
    QString s;
    appendCell(s, cell, numeric);
    return s;
}

QString ReviewedCsvWriter::rowsOf(const Letter &letter, const QString &duplicateOf, QList<qsizetype> *duplicateOfAt)
{
    // One string for the letter's rows, without a list of cells: the export
    // of a year formats a few hundred thousand rows.
    const LetterStatus status = ReviewStatus::of(letter);
    const QString statusName = ReviewStatus::name(status == LetterStatus::Error ? LetterStatus::Unreviewed : status);
    const QStringList letterCorrections = ReviewStatus::correctedLetterFields(letter.record);
    QString letterCells;
    letterCells.reserve(1024);
    appendCell(letterCells, letter.relativePath, false);
    for (FieldId id : FieldSchema::letterFields()) {
        letterCells += u',';
        appendCell(letterCells, foldWhitespace(letter.record.field(id).value), isNumericColumn(id));
    }
    const QList<FieldId> customLetter = FieldSchema::customLetterFields();
    const QList<FieldId> customItem = FieldSchema::customItemFields();
    const auto appendReview = [&](QString &row, const QStringList &itemCorrections, const DisputedItem *item) {
        QStringList corrected = letterCorrections;
        for (const QString &c : itemCorrections) {
            if (!corrected.contains(c))
                corrected << c;
        }
        for (const QString &cell : {statusName, corrected.join(u"; "_s), letter.reviewedBy, letter.reviewedAt,
                                    foldWhitespace(letter.error)}) {
            row += u',';
            appendCell(row, cell, false);
        }
        row += u',';
        if (duplicateOfAt)
            duplicateOfAt->append(row.size());
        appendCell(row, duplicateOf, false);
        for (FieldId id : customLetter) {
            row += u',';
            appendCell(row, foldWhitespace(letter.record.field(id).value), false);
        }
        for (FieldId id : customItem) {
            row += u',';
            appendCell(row, item ? foldWhitespace(item->field(id).value) : QString(), false);
        }
        row += u"\r\n"_s;
    };
    QString rows;
    if (letter.record.items.isEmpty()) {
        rows = letterCells;
        rows += QString(FieldSchema::itemFields().size() + 1, u',');
        appendReview(rows, {}, nullptr);
        return rows;
    }
    rows.reserve((letterCells.size() + 2048) * letter.record.items.size());
    for (qsizetype i = 0; i < letter.record.items.size(); ++i) {
        const DisputedItem &item = letter.record.items[i];
        rows += letterCells;
        rows += u',';
        rows += QString::number(i + 1);
        for (FieldId id : FieldSchema::itemFields()) {
            rows += u',';
            appendCell(rows, foldWhitespace(item.field(id).value), false);
        }
        appendReview(rows, ReviewStatus::correctedItemFields(item), &item);
    }
    return rows;
}

QByteArray ReviewedCsvWriter::headerBytes()
{
    return (u"\uFEFF"_s + header().join(u',') + u"\r\n"_s).toUtf8();
}

bool ReviewedCsvWriter::writeHeader(QIODevice &device)
{
    const QByteArray head = headerBytes();
    return device.write(head) == head.size();
}

bool ReviewedCsvWriter::writeRows(QIODevice &device, const QList<Letter> &letters)
{
    // Rows are formatted on all cores, a block at a time, and written in
    // order: a large folder's export is never held in memory whole.
    constexpr qsizetype kBlock = 512;
    for (qsizetype first = 0; first < letters.size(); first += kBlock) {
        QList<qsizetype> block(std::min(kBlock, letters.size() - first));
        std::iota(block.begin(), block.end(), first);
        const QList<QByteArray> formatted = QtConcurrent::blockingMapped(block, [&](qsizetype i) {
            return rowsOf(letters[i], {}, nullptr).toUtf8();
        });
        for (const QByteArray &bytes : formatted) {
            if (device.write(bytes) != bytes.size())
                return false;
        }
    }
    return true;
}

QByteArray ReviewedCsvWriter::rowBytes(const Letter &letter, const QString &duplicateOf)
{
    return rowsOf(letter, duplicateOf, nullptr).toUtf8();
}

ReviewedCsvWriter::MarkedRows ReviewedCsvWriter::markedRowBytes(const Letter &letter)
{
    QList<qsizetype> at;
    const QString rows = rowsOf(letter, {}, &at);
    MarkedRows marked;
    marked.bytes.reserve(rows.size() + rows.size() / 8);
    qsizetype from = 0;
    for (qsizetype to : std::as_const(at)) {
        marked.bytes += QStringView(rows).sliced(from, to - from).toUtf8();
        marked.duplicateOfAt << marked.bytes.size();
        from = to;
    }
    marked.bytes += QStringView(rows).sliced(from).toUtf8();
    return marked;
}

QByteArray ReviewedCsvWriter::withDuplicateOf(const QByteArray &rows, const QList<qsizetype> &at,
                                              const QString &duplicateOf)
{
    const QByteArray cell = escapeCell(duplicateOf, false).toUtf8();
    QByteArray out;
    out.reserve(rows.size() + cell.size() * at.size());
    qsizetype from = 0;
    for (qsizetype to : at) {
        out += QByteArrayView(rows).sliced(from, to - from);
        out += cell;
        from = to;
    }
    out += QByteArrayView(rows).sliced(from);
    return out;
}

bool ReviewedCsvWriter::write(QIODevice &device, const QList<Letter> &letters)
{
    return writeHeader(device) && writeRows(device, letters);
}

QString ReviewedCsvWriter::writeFile(const QString &path, const QList<Letter> &letters)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    if (!write(file, letters)) {
        file.cancelWriting();
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    }
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner); // health information
    return {};
}

} // namespace imr
