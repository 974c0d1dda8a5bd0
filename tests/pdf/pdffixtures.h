#pragma once

#include <QString>

// PDFs the tests make themselves, from the project's own letters.
namespace pdffixtures {

// Lays the letter's lines out on Letter-size pages (a new page at each form
// feed and every 50 lines), as text, the way DWC's PDFs carry it.
bool writeLetterPdf(const QString &text, const QString &path);
// The same text as a picture only: a scan without a text layer.
bool writeImageOnlyPdf(const QString &text, const QString &path);
QString readText(const QString &path);

} // namespace pdffixtures
