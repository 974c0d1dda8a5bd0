#pragma once

#include <QString>

class QTextStream;

namespace imr {

// `imr-workbench --export-csv OUT FOLDER`: loads a folder without a window,
// writes the reviewed CSV and reports one summary line.
class CsvExportJob final
{
public:
    // Returns the process exit code; messages go to err.
    static int run(const QString &folder, const QString &outputPath, QTextStream &err);
};

} // namespace imr
