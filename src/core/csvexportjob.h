#pragma once

#include "letterformat.h"

#include <QList>
#include <QString>

#include <memory>

class QTextStream;

namespace imr {

// `imr-workbench --export-csv OUT FOLDER`: loads a folder without a window,
// writes the reviewed CSV and reports one summary line.
class CsvExportJob final
{
public:
    // Returns the process exit code; messages go to err.
    // formats: what the loader reads besides text (the PDF format lives in imr_pdf).
    static int run(const QString &folder, const QString &outputPath, QTextStream &err,
                   const QList<std::shared_ptr<const LetterFormat>> &formats = {});
};

} // namespace imr
