#pragma once

#include "folder/letterformat.h"

#include <QCoreApplication>
#include <QStringList>

namespace imr::pdf {

// Letters as DWC publishes them: PDFs. QtPdf extracts each page's text; the
// pages are joined with form feeds, and every page's place in the letter's
// text is kept so spans map back to boxes on the page.
class PdfLetterFormat final : public LetterFormat
{
    Q_DECLARE_TR_FUNCTIONS(imr::pdf::PdfLetterFormat)
public:
    // Without a worker program the PDF is parsed in this process; with one
    // (the application passes itself and "--pdf-worker"), in helper
    // processes that are killed when a file takes longer than the timeout.
    PdfLetterFormat() = default;
    PdfLetterFormat(QString workerProgram, QStringList workerArguments, int timeoutMs = kDefaultTimeoutMs);

    QStringList suffixes() const override;
    LetterContent read(const QString &filePath) const override;
    bool storesText() const override { return true; }
    LetterContent readInProcess(const QString &filePath) const;

    static constexpr int kDefaultTimeoutMs = 30000;

    // \r\n inside QtPdf's page text become " \n": same length, so offsets in
    // the letter's text are offsets in the page's text.
    static QString normalisePageText(QString text);

private:
    QString m_workerProgram;
    QStringList m_workerArguments;
    int m_timeoutMs = kDefaultTimeoutMs;
};

} // namespace imr::pdf
