#include "letterloader.h"

#include "consistencychecker.h"
#include "folderscanner.h"
#include "letterextractor.h"
#include "textletterformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

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
    return FolderScanner(suffixes()).scan(m_folder);
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
    LetterContent content = format->read(letter.filePath);
    letter.contentHash = std::move(content.contentHash);
    letter.error = std::move(content.error);
    letter.warning = std::move(content.warning);
    if (!letter.ok())
        return letter;
    letter.text = std::move(content.text);
    letter.record = m_extractor->extract(letter.text);
    ConsistencyChecker::check(letter.record);
    return letter;
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
