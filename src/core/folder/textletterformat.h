#pragma once

#include "folder/letterformat.h"

namespace imr {

// Letters stored as extracted text (pdftotext output and the like).
class TextLetterFormat final : public LetterFormat
{
public:
    QStringList suffixes() const override;
    LetterContent read(const QString &filePath) const override;
};

} // namespace imr
