#pragma once

#include "letter.h"

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
};

} // namespace imr
