#pragma once

#include <QString>

class QTextStream;

namespace imr::gui {

// `imr-workbench --report OUT.pdf FOLDER`: the printed report, headless.
class ReportJob final
{
public:
    static int run(const QString &folder, const QString &outputPath, QTextStream &err);
};

} // namespace imr::gui
