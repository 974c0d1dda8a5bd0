#include "pdfletterformat.h"

#include "folder/pdfworkerclient.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPdfDocument>
#include <QPdfSelection>

using namespace Qt::StringLiterals;

namespace imr::pdf {
namespace {

QString loadError(QPdfDocument::Error error)
{
    switch (error) {
    case QPdfDocument::Error::IncorrectPassword:
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return QCoreApplication::translate("imr::pdf::PdfLetterFormat", "The PDF is encrypted (password protected); open it with its password and save an unprotected copy.");
    case QPdfDocument::Error::InvalidFileFormat:
        return QCoreApplication::translate("imr::pdf::PdfLetterFormat", "The PDF is damaged or truncated and cannot be read.");
    case QPdfDocument::Error::FileNotFound:
        return QCoreApplication::translate("imr::pdf::PdfLetterFormat", "The file cannot be read.");
    case QPdfDocument::Error::DataNotYetAvailable:
    case QPdfDocument::Error::Unknown:
        return QCoreApplication::translate("imr::pdf::PdfLetterFormat", "The PDF cannot be read.");
    case QPdfDocument::Error::None:
        break;
    }
    return {};
}

} // namespace

PdfLetterFormat::PdfLetterFormat(QString workerProgram, QStringList workerArguments, int timeoutMs)
    : m_workerProgram(std::move(workerProgram))
    , m_workerArguments(std::move(workerArguments))
    , m_timeoutMs(timeoutMs)
{
}

LetterContent PdfLetterFormat::read(const QString &filePath) const
{
    if (m_workerProgram.isEmpty())
        return readInProcess(filePath);
    // One helper per loading thread, kept for the thread's next files.
    thread_local std::unique_ptr<PdfWorkerClient> client;
    thread_local QString clientKey;
    const QString key = m_workerProgram + m_workerArguments.join(u' ') + QString::number(m_timeoutMs);
    if (!client || clientKey != key) {
        client = std::make_unique<PdfWorkerClient>(m_workerProgram, m_workerArguments, m_timeoutMs);
        clientKey = key;
    }
    return client->read(filePath);
}

QStringList PdfLetterFormat::suffixes() const
{
    return {u"pdf"_s};
}

QString PdfLetterFormat::normalisePageText(QString text)
{
    text.replace(u'\r', u' ');
    // The extractor relies on valid UTF-16; a broken pair becomes U+FFFD,
    // character for character, so offsets stay offsets in the page.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            text[i] = QChar::ReplacementCharacter;
    }
    return text;
}

LetterContent PdfLetterFormat::readInProcess(const QString &filePath) const
{
    LetterContent out;
    const QByteArray bytes = readFile(filePath, out);
    if (!out.error.isEmpty())
        return out;
    // PDF readers accept junk before the header; a file without one at all
    // is something else named .pdf.
    if (!bytes.left(1024).contains("%PDF-")) {
        out.error = tr("The file is named .pdf but is not a PDF.");
        return out;
    }
    QPdfDocument document;
    if (const QString error = loadError(document.load(filePath)); !error.isEmpty()) {
        out.error = error;
        return out;
    }
    for (int page = 0; page < document.pageCount(); ++page) {
        // A page's text does not end with a line break: without one the last
        // line of a page and the first of the next would read as one line.
        if (page > 0)
            out.text += u"\n\f"_s;
        const QString text = normalisePageText(document.getAllText(page).text());
        out.pages.append({page, out.text.size(), text.size()});
        out.text += text;
    }
    if (out.text.trimmed().isEmpty()) {
        out.error = document.pageCount() > 0
            ? tr("The PDF has no text layer (a scanned image?). Run it through OCR (e.g. ocrmypdf) and open the result.")
            : tr("The PDF has no pages.");
        out.pages.clear();
    }
    return out;
}

} // namespace imr::pdf
