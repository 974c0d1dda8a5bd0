#include "review/reviewnavigator.h"

#include "extraction/fieldschema.h"

namespace imr {

QList<FieldAddress> ReviewNavigator::order(const DeterminationRecord &record)
{
    QList<FieldAddress> all;
    for (FieldId id : FieldSchema::reviewLetterFields())
        all << FieldAddress{-1, id};
    for (int i = 0; i < record.items.size(); ++i) {
        for (FieldId id : FieldSchema::reviewItemFields())
            all << FieldAddress{i, id};
    }
    return all;
}

std::optional<FieldAddress> ReviewNavigator::nextToReview(const DeterminationRecord &record, const FieldAddress &from)
{
    return search(record, order(record).indexOf(from) + 1); // from the start when `from` is gone
}

std::optional<FieldAddress> ReviewNavigator::firstToReview(const DeterminationRecord &record)
{
    return search(record, 0);
}

std::optional<FieldAddress> ReviewNavigator::search(const DeterminationRecord &record, qsizetype start)
{
    const QList<FieldAddress> all = order(record);
    // Two passes: first what needs attention, then anything unreviewed; both
    // wrap around so nothing before the current field is forgotten.
    for (const bool attentionOnly : {true, false}) {
        for (qsizetype k = 0; k < all.size(); ++k) {
            const FieldAddress &a = all[(start + k) % all.size()];
            const FieldValue v = record.field(a.item, a.field);
            if (!v.isReviewed() && (!attentionOnly || v.needsAttention()))
                return a;
        }
    }
    return std::nullopt;
}

} // namespace imr
