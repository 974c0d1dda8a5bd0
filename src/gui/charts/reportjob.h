#pragma once

#include "folder/letterformat.h"

#include <QString>

#include <memory>

class QTextStream;

namespace imr::gui {

// `imr-workbench --report OUT.pdf FOLDER`: the printed report, headless.
class ReportJob final
{
public:
    static int run(const QString &folder, const QString &outputPath, QTextStream &err,
                   std::shared_ptr<const LetterFormat> pdfFormat);
};

} // namespace imr::gui
