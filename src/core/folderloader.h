#pragma once

#include "letter.h"
#include "letterformat.h"

#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace imr {

class LetterLoader;

// Loads every letter of a folder on the global thread pool. The future
// reports progress and can be cancelled; results keep the folder's order.
class FolderLoader final
{
public:
    static QFuture<Letter> start(std::shared_ptr<const LetterLoader> loader, const QStringList &paths);
    // Blocking form for the command line and tests.
    static QList<Letter> loadAll(const LetterLoader &loader);

    // What the headless jobs (--export-csv, --report) load: every letter of
    // the folder with the review so far from its store, when it has one (a
    // job never creates a store). error is set, and nothing loaded, when the
    // folder or its store cannot be used.
    struct Loaded
    {
        QList<Letter> letters;
        QString error;
        int exitCode = 0;
    };
    static Loaded loadFolder(const QString &folder, const QList<std::shared_ptr<const LetterFormat>> &formats);
};

} // namespace imr
