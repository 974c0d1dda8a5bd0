#pragma once

#include "result.h"
#include "store/reviewstore.h"

#include <QCoreApplication>

#include <optional>

class QSqlQuery;

namespace imr {

// The rows every store reads the same way, whatever its database: a cached
// extraction and a stored review. The queries have run; a row they did not
// return is "nothing stored", a row that cannot be read is an error.
class StoredRows final
{
    Q_DECLARE_TR_FUNCTIONS(imr::StoredRows)
public:
    // Columns: letter_text, pages, warning, facts.
    static Result<std::optional<CachedLetter>> cachedLetter(QSqlQuery &query);
    // Columns: record, relative_path, reviewed_by, reviewed_at, version.
    static Result<std::optional<StoredReview>> review(QSqlQuery &query);
};

} // namespace imr
