#pragma once

#include <QCoreApplication>
#include <QString>

namespace imr {

// Whether a file of the folder may be read as a letter, decided before it
// is opened: a link that leaves the folder is not followed (unless the
// analyst allows it), and a link that leads nowhere or in a loop, a pipe, a
// socket or a device is never opened (a pipe would block the reader).
class FileAdmission final
{
    Q_DECLARE_TR_FUNCTIONS(imr::FileAdmission)
public:
    // Empty when the file may be read; otherwise why not, for its error row.
    static QString refusal(const QString &folder, const QString &filePath, bool followLinksOutside);
    // Why a folder the scanner listed (FolderScanner::isFolderEntry) was not
    // read, for its error row.
    static QString folderRefusal(const QString &folder, const QString &relativePath);
};

} // namespace imr
