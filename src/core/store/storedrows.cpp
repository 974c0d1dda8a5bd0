#include "store/storedrows.h"

#include "store/pagemaptext.h"
#include "store/recordjson.h"

#include <QSqlQuery>
#include <QVariant>

namespace imr {

Result<std::optional<CachedLetter>> StoredRows::cachedLetter(QSqlQuery &q)
{
    if (!q.next())
        return std::optional<CachedLetter>();
    CachedLetter cached;
    if (!q.value(0).isNull()) {
        const QByteArray text = qUncompress(q.value(0).toByteArray());
        if (text.isEmpty())
            return failure(tr("The stored text of this letter is damaged."));
        cached.text = QString::fromUtf8(text);
    }
    cached.pages = PageMapText::read(q.value(1).toString());
    cached.warning = q.value(2).toString();
    cached.facts = q.value(3).toByteArray();
    return std::optional<CachedLetter>(std::move(cached));
}

Result<std::optional<StoredReview>> StoredRows::review(QSqlQuery &q)
{
    if (!q.next())
        return std::optional<StoredReview>();
    std::optional<DeterminationRecord> record = RecordJson::read(q.value(0).toByteArray());
    if (!record)
        return failure(tr("The stored review of this letter cannot be read (damaged record). "
                          "The letter is read-only until the store is repaired."));
    return std::optional<StoredReview>(StoredReview{std::move(*record), q.value(1).toString(), q.value(2).toString(),
                                                    q.value(3).toString(), q.value(4).toLongLong()});
}

} // namespace imr
