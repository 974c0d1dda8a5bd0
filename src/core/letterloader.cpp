#include "letterloader.h"

#include "consistencychecker.h"
#include "folderscanner.h"
#include "letterextractor.h"
#include "recorddiff.h"
#include "reviewstore.h"
#include "textletterformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

using namespace Qt::StringLiterals;

namespace imr {

LetterLoader::LetterLoader(QString folder)
    : m_folder(QDir(folder).absolutePath())
    , m_extractor(std::make_unique<LetterExtractor>())
{
    addFormat(std::make_shared<TextLetterFormat>());
}

LetterLoader::~LetterLoader() = default;

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

QStringList LetterLoader::scan() const
{
    QStringList paths = FolderScanner(suffixes()).scan(m_folder);
    // X.pdf and X.txt side by side are one letter: the published PDF is the
    // original, the text a rendering of it. Formats added later win.
    QHash<QString, qsizetype> rankOf;
    for (const QString &path : std::as_const(paths)) {
        const QFileInfo fi(path);
        const QString key = fi.path() + u'/' + fi.completeBaseName();
        const qsizetype rank = formatRank(path);
        rankOf[key] = std::min(rankOf.value(key, rank), rank);
    }
    paths.removeIf([&](const QString &path) {
        const QFileInfo fi(path);
        return formatRank(path) > rankOf.value(fi.path() + u'/' + fi.completeBaseName());
    });
    return paths;
}

qsizetype LetterLoader::formatRank(const QString &relativePath) const
{
    const QString suffix = QFileInfo(relativePath).suffix().toLower();
    for (qsizetype i = 0; i < m_formats.size(); ++i) {
        if (m_formats[i]->suffixes().contains(suffix))
            return i;
    }
    return m_formats.size();
}

Letter LetterLoader::load(const QString &relativePath) const
{
    Letter letter;
    letter.relativePath = relativePath;
    letter.filePath = QDir(m_folder).absoluteFilePath(relativePath);
    const LetterFormat *format = formatFor(relativePath);
    if (!format) {
        letter.error = QCoreApplication::translate("imr::LetterLoader", "Unsupported file type.");
        return letter;
    }
    // A file seen before (same bytes, same extractor) needs no parsing at all.
    if (loadFromCache(letter)) {
        applyReview(letter);
        return letter;
    }
    LetterContent content = format->read(letter.filePath);
    letter.contentHash = std::move(content.contentHash);
    letter.error = std::move(content.error);
    letter.warning = std::move(content.warning);
    if (!letter.ok())
        return letter;
    letter.text = std::move(content.text);
    letter.pages = std::move(content.pages);
    letter.record = m_extractor->extract(letter.text);
    ConsistencyChecker::check(letter.record);
    if (m_store)
        m_store->cacheExtraction(letter.contentHash, LetterExtractor::kVersion,
                                 {letter.record, letter.text, letter.pages, letter.warning});
    applyReview(letter);
    return letter;
}

QByteArray LetterLoader::hashOf(const QString &filePath)
{
    LetterContent content; // the same checks as a format's first read
    LetterFormat::readFile(filePath, content);
    return content.contentHash;
}

bool LetterLoader::loadFromCache(Letter &letter) const
{
    if (!m_store)
        return false;
    const QByteArray hash = hashOf(letter.filePath);
    if (hash.isEmpty())
        return false;
    std::optional<CachedLetter> cached = m_store->cachedExtraction(hash, LetterExtractor::kVersion);
    if (!cached)
        return false;
    letter.contentHash = hash;
    letter.record = std::move(cached->record);
    letter.text = std::move(cached->text);
    letter.pages = std::move(cached->pages);
    letter.warning = std::move(cached->warning);
    return true;
}

void LetterLoader::applyReview(Letter &letter) const
{
    if (!m_store)
        return;
    if (auto review = m_store->review(letter.contentHash)) {
        // Keyed by content: a renamed or moved file keeps its review.
        letter.record = review->record;
        letter.reviewedBy = review->reviewedBy;
        letter.reviewedAt = review->reviewedAt;
    } else if (auto previous = m_store->reviewOfPreviousContent(letter.relativePath, letter.contentHash)) {
        const QStringList changes = RecordDiff::describe(previous->record, letter.record);
        if (!letter.warning.isEmpty())
            letter.warning += u'\n';
        letter.warning += QCoreApplication::translate("imr::LetterLoader",
                                                     "The file changed after it was reviewed (%1 by %2). Changes: %3")
                             .arg(previous->reviewedAt, previous->reviewedBy,
                                  changes.isEmpty() ? QCoreApplication::translate("imr::LetterLoader", "none in the fields")
                                                    : changes.join(u"; "_s));
    }
    m_store->notePath(letter.relativePath, letter.contentHash);
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
