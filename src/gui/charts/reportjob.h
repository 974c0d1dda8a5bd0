#pragma once

#include "export/summarycsvwriter.h"
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
    // compareFolder: another folder whose overturn rates the report sets
    // beside this one's.
    static int run(const QString &folder, const QString &outputPath, QTextStream &err,
                   std::shared_ptr<const LetterFormat> pdfFormat, const QString &teamStoreUrl = {},
                   const SummaryOptions &options = {}, const QString &compareFolder = {});
};

} // namespace imr::gui
