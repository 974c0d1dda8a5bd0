#pragma once

#include "folder/letterformat.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTextStream;

namespace imr::gui {

// `imr-workbench --report OUT.pdf FOLDER`: the printed report, headless.
class ReportJob final
{
    Q_DECLARE_TR_FUNCTIONS(imr::gui::ReportJob)
public:
    static int run(const QString &folder, const QString &outputPath, QTextStream &err,
                   std::shared_ptr<const LetterFormat> pdfFormat, const QString &teamStoreUrl = {});
};

} // namespace imr::gui
