#pragma once

#include "letter.h"
#include "letterformat.h"

#include <QList>
#include <QString>

#include <memory>

namespace imr {

class LetterExtractor;
class ReviewStore;

// Turns one file of a folder into a Letter: the format that knows its suffix
// reads it, the extractor fills its record. Thread-safe: load() is const and
// is called from a thread pool.
class LetterLoader final
{
public:
    explicit LetterLoader(QString folder);
    ~LetterLoader();

    // Formats are tried by suffix; the text format is always present.
    void addFormat(std::shared_ptr<const LetterFormat> format);
    QStringList suffixes() const;
    QString folder() const { return m_folder; }

    // With a store, extraction results are cached by content hash and saved
    // reviews are applied. The store must outlive the loader's work.
    void setStore(const ReviewStore *store) { m_store = store; }

    QStringList scan() const;
    Letter load(const QString &relativePath) const;

private:
    const LetterFormat *formatFor(const QString &relativePath) const;
    qsizetype formatRank(const QString &relativePath) const; // lower: preferred
    bool loadFromCache(Letter &letter) const;
    static QByteArray hashOf(const QString &filePath);
    void applyReview(Letter &letter) const;

    QString m_folder;
    QList<std::shared_ptr<const LetterFormat>> m_formats;
    std::unique_ptr<LetterExtractor> m_extractor;
    const ReviewStore *m_store = nullptr;
};

} // namespace imr
