#include "folder/letterloader.h"

#include "extraction/consistencychecker.h"
#include "extraction/letterextractor.h"
#include "folder/folderscanner.h"
#include "folder/lettersummary.h"
#include "folder/textletterformat.h"
#include "review/categorysuggestions.h"
#include "review/recorddiff.h"
#include "extraction/letterrecognizer.h"
#include "folder/fileadmission.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <QtConcurrent/QtConcurrentMap>

using namespace Qt::StringLiterals;

namespace imr {
namespace {

} // namespace

LetterLoader::LetterLoader(QString folder)
    : m_folder(QDir(folder).absolutePath())
    , m_extractor(std::make_unique<LetterExtractor>())
{
    addFormat(std::make_shared<TextLetterFormat>());
}

LetterLoader::~LetterLoader() = default;

qint64 LetterLoader::extractorKey() const
{
    return m_extractor->cacheKey();
}

void LetterLoader::addFormat(std::shared_ptr<const LetterFormat> format)
{
    m_formats.prepend(std::move(format));
}

QStringList LetterLoader::suffixes() const
{
    QStringList all;
    for (const auto &f : m_formats)
        all << f->suffixes();
    return all;
}

namespace {

// A path without its suffix ("a/X.pdf" -> "a/X"), as QFileInfo's
// completeBaseName() under path(), but without building a QFileInfo for
// each of a year's files before the first is read.
QStringView stem(const QString &path)
{
    const qsizetype dot = path.lastIndexOf(u'.');
    return dot > path.lastIndexOf(u'/') ? QStringView(path).first(dot) : QStringView(path);
}

QStringView suffixOf(const QString &path)
{
    const qsizetype dot = path.lastIndexOf(u'.');
    return dot > path.lastIndexOf(u'/') ? QStringView(path).sliced(dot + 1) : QStringView();
}

} // namespace

QStringList LetterLoader::scan() const
{
    QStringList paths = FolderScanner(suffixes()).scan(m_folder);
    // X.pdf and X.txt side by side are one letter: the published PDF is the
    // original, the text a rendering of it. Formats added later win.
    QHash<QStringView, qsizetype> rankOf; // views into paths, which outlives it
    rankOf.reserve(paths.size());
    for (const QString &path : std::as_const(paths)) {
        const qsizetype rank = formatRank(path);
        const QStringView key = stem(path);
        if (const auto it = rankOf.find(key); it != rankOf.end())
            *it = std::min(*it, rank);
        else
            rankOf.insert(key, rank);
    }
    QStringList kept; // paths itself stays whole while rankOf looks into it
    kept.reserve(paths.size());
    for (const QString &path : std::as_const(paths)) {
        if (formatRank(path) <= rankOf.value(stem(path)))
            kept << path;
    }
    return kept;
}

qsizetype LetterLoader::formatRank(const QString &relativePath) const
{
    const QStringView suffix = suffixOf(relativePath);
    for (qsizetype i = 0; i < m_formats.size(); ++i) {
        for (const QString &known : m_formats[i]->suffixes()) {
            if (suffix.compare(known, Qt::CaseInsensitive) == 0)
                return i;
        }
    }
    return m_formats.size();
}

namespace {
QString joinWarnings(const QString &a, const QString &b)
{
    return a.isEmpty() ? b : a + u' ' + b;
}
} // namespace

LetterContent LetterLoader::read(const LetterFormat &format, const QString &filePath) const
{
    if (!m_store || !format.storesText())
        return format.read(filePath);
    // A slow format's text was kept when the folder was indexed: only the
    // file's bytes are read again, to be sure it is still the same letter.
    LetterContent content;
    LetterFormat::readFile(filePath, content);
    if (!content.error.isEmpty())
        return content;
    // Kept under any extractor's key: a new build or taxonomy extracts again,
    // but the PDF is not parsed again.
    auto cached = m_store->cachedText(content.contentHash);
    if (!cached.ok() || !cached.value() || (*cached.value()).text.isNull())
        return format.read(filePath);
    CachedLetter &c = *cached.value();
    content.text = std::move(c.text);
    content.pages = std::move(c.pages);
    content.warning = std::move(c.warning);
    return content;
}

Letter LetterLoader::load(const QString &relativePath) const
{
    Letter letter;
    letter.relativePath = relativePath;
    letter.filePath = QDir(m_folder).absoluteFilePath(relativePath);
    if (FolderScanner::isFolderEntry(relativePath)) {
        letter.error = FileAdmission::folderRefusal(m_folder, relativePath);
        return letter;
    }
    const LetterFormat *format = formatFor(relativePath);
    if (!format) {
        letter.error = tr("Unsupported file type.");
        return letter;
    }
    if (QString refused = FileAdmission::refusal(m_folder, letter.filePath, m_followLinksOutside); !refused.isEmpty()) {
        letter.error = std::move(refused);
        return letter;
    }
    LetterContent content = read(*format, letter.filePath);
    letter.contentHash = std::move(content.contentHash);
    letter.error = std::move(content.error);
    letter.warning = std::move(content.warning);
    if (!letter.ok())
        return letter;
    letter.text = std::move(content.text);
    letter.pages = std::move(content.pages);
    letter.record = m_extractor->extract(letter.text);
    ConsistencyChecker::check(letter.record);
    // A text kept by an older store may carry this warning already.
    if (!LetterRecognizer::looksLikeDetermination(letter.text, letter.record)
        && !letter.warning.contains(LetterRecognizer::notALetterWarning()))
        letter.warning = joinWarnings(letter.warning, LetterRecognizer::notALetterWarning());
    applyReview(letter);
    return letter;
}

QList<Letter> LetterLoader::loadAll() const
{
    return QtConcurrent::blockingMapped(scan(), [this](const QString &path) { return load(path); });
}

IndexEntry LetterLoader::index(const QString &relativePath, qint64 size, qint64 mtime, const QByteArray &previousHash) const
{
    IndexEntry entry;
    IndexedFile &file = entry.file;
    file.relativePath = relativePath;
    file.size = size;
    file.mtime = mtime;
    file.extracted = true;
    if (FolderScanner::isFolderEntry(relativePath)) {
        file.error = FileAdmission::folderRefusal(m_folder, relativePath);
        return entry;
    }
    const LetterFormat *format = formatFor(relativePath);
    if (!format) {
        file.error = tr("Unsupported file type.");
        return entry;
    }
    const QString filePath = QDir(m_folder).absoluteFilePath(relativePath);
    if (QString refused = FileAdmission::refusal(m_folder, filePath, m_followLinksOutside); !refused.isEmpty()) {
        file.error = std::move(refused);
        return entry;
    }
    LetterContent content = read(*format, filePath);
    file.contentHash = std::move(content.contentHash);
    file.error = std::move(content.error);
    file.warning = content.warning;
    entry.readWarning = std::move(content.warning);
    if (!file.error.isEmpty())
        return entry;
    DeterminationRecord record = m_extractor->extract(content.text);
    ConsistencyChecker::check(record);
    // A text kept by an older store may carry this warning already.
    if (!LetterRecognizer::looksLikeDetermination(content.text, record)
        && !file.warning.contains(LetterRecognizer::notALetterWarning()))
        file.warning = joinWarnings(file.warning, LetterRecognizer::notALetterWarning());
    LetterSummary summary;
    summary.setRecord(record);
    file.facts = summary.encodeFacts();
    if (!previousHash.isEmpty() && previousHash != file.contentHash)
        file.note = changeNote(previousHash, record);
    entry.text = std::move(content.text);
    entry.keepText = format->storesText();
    entry.pages = std::move(content.pages);
    return entry;
}

QString LetterLoader::changeNote(const QByteArray &previousHash, const DeterminationRecord &now) const
{
    if (!m_store)
        return {};
    const auto previous = m_store->review(previousHash);
    if (!previous.ok())
        return tr("The file changed; its earlier review could not be read: %1").arg(previous.error());
    if (!previous.value())
        return {};
    const StoredReview &review = *previous.value();
    const QStringList changes = RecordDiff::describe(review.record, now);
    return tr("The file changed after it was reviewed (%1 by %2). Changes: %3")
        .arg(review.reviewedAt, review.reviewedBy, changes.isEmpty() ? tr("none in the fields") : changes.join(u"; "_s));
}

void LetterLoader::applyReview(Letter &letter) const
{
    if (!m_store)
        return;
    const auto review = m_store->review(letter.contentHash);
    if (!review.ok()) {
        letter.reviewError = review.error();
        return;
    }
    if (const auto &stored = review.value()) {
        // Keyed by content: a renamed or moved file keeps its review.
        const DeterminationRecord extracted = std::exchange(letter.record, stored->record);
        // Analyst fields defined after the review: their extracted values
        // join it, for a person to acknowledge. Items are matched by their
        // request, since a reviewer may have added or removed some.
        for (auto it = extracted.fields.cbegin(); it != extracted.fields.cend(); ++it) {
            if (isCustomField(it.key()) && !letter.record.fields.contains(it.key()))
                letter.record.fields.insert(it.key(), it.value());
        }
        for (DisputedItem &item : letter.record.items) {
            const auto same = std::find_if(extracted.items.cbegin(), extracted.items.cend(), [&](const DisputedItem &e) {
                return e.field(FieldId::ItemRequest).value == item.field(FieldId::ItemRequest).value;
            });
            if (same == extracted.items.cend())
                continue;
            for (auto it = same->fields.cbegin(); it != same->fields.cend(); ++it) {
                if (isCustomField(it.key()) && !item.fields.contains(it.key()))
                    item.fields.insert(it.key(), it.value());
            }
        }
        letter.reviewedBy = stored->reviewedBy;
        letter.reviewedAt = stored->reviewedAt;
        letter.reviewVersion = stored->version;
    }
    // A category the reviewer gave the same request in another letter. A
    // failed read only loses the offer, which the reviewer can make again.
    if (const auto suggestions = m_store->categorySuggestions(); suggestions.ok())
        CategorySuggestions::apply(letter.record, suggestions.value());
}

const LetterFormat *LetterLoader::formatFor(const QString &relativePath) const
{
    const QString suffix = QFileInfo(relativePath).suffix().toLower();
    for (const auto &f : m_formats) {
        if (f->suffixes().contains(suffix))
            return f.get();
    }
    return nullptr;
}

} // namespace imr
