#pragma once

#include "folder/letter.h"
#include "folder/letterformat.h"
#include "store/reviewstore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace imr {

class LetterExtractor;

// Turns one file of a folder into a Letter (the whole letter, for the one on
// screen and for exports) or into an index entry (the compact row a folder
// listing needs). The format that knows the file's suffix reads it, the
// extractor fills its record. Thread-safe: the const methods are called from
// a thread pool.
class LetterLoader final
{
    Q_DECLARE_TR_FUNCTIONS(imr::LetterLoader)
public:
    explicit LetterLoader(QString folder);
    ~LetterLoader();

    // Formats are tried by suffix; the text format is always present.
    void addFormat(std::shared_ptr<const LetterFormat> format);
    QStringList suffixes() const;
    QString folder() const { return m_folder; }
    // The key of the extraction results this loader gives (see
    // LetterExtractor::cacheKey()); the taxonomy is the current one when the
    // loader was made.
    qint64 extractorKey() const;

    // With a store, saved reviews are applied and the text of slow formats
    // comes from it. The store must outlive the loader's work.
    void setStore(const ReviewStore *store) { m_store = store; }
    const ReviewStore *store() const { return m_store; }
    // Links to files outside the folder are error rows unless allowed here.
    void setFollowLinksOutside(bool follow) { m_followLinksOutside = follow; }

    QStringList scan() const;
    // The whole letter: text, pages and record with its review applied.
    Letter load(const QString &relativePath) const;
    // Every letter of the folder, whole, on the thread pool (small folders:
    // tests and benchmarks).
    QList<Letter> loadAll() const;
    // Reads and extracts a file for the folder's index. previousHash: the
    // content last indexed at this path, to tell a reviewer that a reviewed
    // letter changed.
    IndexEntry index(const QString &relativePath, qint64 size, qint64 mtime, const QByteArray &previousHash = {}) const;

private:
    const LetterFormat *formatFor(const QString &relativePath) const;
    qsizetype formatRank(const QString &relativePath) const; // lower: preferred
    LetterContent read(const LetterFormat &format, const QString &filePath) const;
    void applyReview(Letter &letter) const;
    QString changeNote(const QByteArray &previousHash, const DeterminationRecord &now) const;

    QString m_folder;
    QList<std::shared_ptr<const LetterFormat>> m_formats;
    std::unique_ptr<LetterExtractor> m_extractor;
    const ReviewStore *m_store = nullptr;
    bool m_followLinksOutside = false;
};

} // namespace imr
