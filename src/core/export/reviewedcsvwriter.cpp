#include "export/reviewedcsvwriter.h"

#include "extraction/fieldschema.h"
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
QString foldWhitespace(const QString &s)
{
    return s.simplified();
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
    cols << u"review_status"_s << u"corrected_fields"_s << u"reviewed_by"_s << u"reviewed_at"_s
         << u"load_error"_s;
    return cols;
}

QString ReviewedCsvWriter::escapeCell(const QString &cell, bool numeric)
{
    QString s = cell;
    // Spreadsheets run a cell starting with these as a formula.
    if (!numeric && !s.isEmpty()
        && (s[0] == u'=' || s[0] == u'+' || s[0] == u'-' || s[0] == u'@' || s[0] == u'\t' || s[0] == u'\r'))
        s.prepend(u'\'');
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\r') || s.contains(u'\n')) {
        s.replace(u"\""_s, u"\"\""_s);
        s = u'"' + s + u'"';
    }
    return s;
}

QStringList ReviewedCsvWriter::rowsOf(const Letter &letter)
{
    const LetterStatus status = ReviewStatus::of(letter);
    const QString statusName = ReviewStatus::name(status == LetterStatus::Error ? LetterStatus::Unreviewed : status);
    const QStringList letterCorrections = ReviewStatus::correctedLetterFields(letter.record);
    QStringList letterCells{escapeCell(letter.relativePath, false)};
    for (FieldId id : FieldSchema::letterFields())
        letterCells << escapeCell(foldWhitespace(letter.record.field(id).value), isNumericColumn(id));

    const auto reviewCells = [&](const QStringList &itemCorrections) {
        QStringList corrected = letterCorrections;
        for (const QString &c : itemCorrections) {
            if (!corrected.contains(c))
                corrected << c;
        }
        return QStringList{escapeCell(statusName, false), escapeCell(corrected.join(u"; "_s), false),
                           escapeCell(letter.reviewedBy, false), escapeCell(letter.reviewedAt, false),
                           escapeCell(foldWhitespace(letter.error), false)};
    };
    const int itemColumns = int(FieldSchema::itemFields().size()) + 1;
    QStringList rows;
    if (letter.record.items.isEmpty()) {
        QStringList cells = letterCells;
        for (int i = 0; i < itemColumns; ++i)
            cells << QString();
        rows << (cells + reviewCells({})).join(u',');
        return rows;
    }
    for (qsizetype i = 0; i < letter.record.items.size(); ++i) {
        QStringList cells = letterCells;
        cells << QString::number(i + 1);
        for (FieldId id : FieldSchema::itemFields())
            cells << escapeCell(foldWhitespace(letter.record.items[i].field(id).value), false);
        const QStringList itemCorrections = ReviewStatus::correctedItemFields(letter.record.items[i]);
        rows << (cells + reviewCells(itemCorrections)).join(u',');
    }
    return rows;
}

bool ReviewedCsvWriter::writeHeader(QIODevice &device)
{
    const QByteArray head = (u"\uFEFF"_s + header().join(u',') + u"\r\n"_s).toUtf8();
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
            return (rowsOf(letters[i]).join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
        });
        for (const QByteArray &bytes : formatted) {
            if (device.write(bytes) != bytes.size())
                return false;
        }
    }
    return true;
}

QByteArray ReviewedCsvWriter::rowBytes(const Letter &letter)
{
    return (rowsOf(letter).join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

bool ReviewedCsvWriter::write(QIODevice &device, const QList<Letter> &letters)
{
    return writeHeader(device) && writeRows(device, letters);
}

QString ReviewedCsvWriter::writeFile(const QString &path, const QList<Letter> &letters)
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("imr::ReviewedCsvWriter", s); };
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
