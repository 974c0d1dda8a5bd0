#pragma once

#include "letterformat.h"

namespace imr::pdf {

// Letters as DWC publishes them: PDFs. QtPdf extracts each page's text; the
// pages are joined with form feeds, and every page's place in the letter's
// text is kept so spans map back to boxes on the page.
class PdfLetterFormat final : public LetterFormat
{
public:
    QStringList suffixes() const override;
    LetterContent read(const QString &filePath) const override;

    // \r\n inside QtPdf's page text become " \n": same length, so offsets in
    // the letter's text are offsets in the page's text.
    static QString normalisePageText(QString text);
};

} // namespace imr::pdf
