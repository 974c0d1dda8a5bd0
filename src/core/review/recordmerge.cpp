#include "review/recordmerge.h"

#include "extraction/fieldschema.h"

#include <QSet>

namespace imr {
namespace {

// What a reviewer decides about a field; confidence, notes and rule flags
// are recomputed and are nobody's change.
bool sameDecision(const FieldValue &a, const FieldValue &b)
{
    return a.value == b.value && a.state == b.state && a.spans == b.spans;
}

void mergeFields(const QMap<FieldId, FieldValue> &base, const QMap<FieldId, FieldValue> &mine,
                 QMap<FieldId, FieldValue> &result, int item, QStringList &conflicts)
{
    QSet<FieldId> ids;
    for (auto it = mine.keyBegin(); it != mine.keyEnd(); ++it)
        ids.insert(*it);
    for (auto it = base.keyBegin(); it != base.keyEnd(); ++it)
        ids.insert(*it);
    QList<FieldId> ordered(ids.begin(), ids.end());
    std::sort(ordered.begin(), ordered.end());
    for (FieldId id : ordered) {
        const FieldValue b = base.value(id), m = mine.value(id), t = result.value(id);
        if (sameDecision(m, b) || sameDecision(m, t))
            continue; // mine left it alone, or both made the same change
        if (sameDecision(t, b)) {
            result.insert(id, m); // only mine changed it
            continue;
        }
        conflicts << (item < 0 ? FieldSchema::label(id)
                               : RecordMerge::tr("%1 (item %2)").arg(FieldSchema::label(id)).arg(item + 1));
    }
}

} // namespace

RecordMerge::Outcome RecordMerge::merge(const DeterminationRecord &base, const DeterminationRecord &mine,
                                        const DeterminationRecord &theirs)
{
    Outcome out{theirs, {}};
    mergeFields(base.fields, mine.fields, out.record.fields, -1, out.conflicts);
    const bool mineMovedItems = mine.items.size() != base.items.size();
    const bool theirsMovedItems = theirs.items.size() != base.items.size();
    if (mineMovedItems && theirsMovedItems) {
        if (mine.items != theirs.items)
            out.conflicts << tr("the list of items");
        return out;
    }
    if (mineMovedItems) {
        // Mine added or removed an item: that only stands if theirs left
        // every item as it was, since items are known by position.
        if (theirs.items == base.items)
            out.record.items = mine.items;
        else
            out.conflicts << tr("the list of items");
        return out;
    }
    if (theirsMovedItems) {
        if (mine.items != base.items)
            out.conflicts << tr("the list of items");
        return out;
    }
    for (int i = 0; i < base.items.size(); ++i)
        mergeFields(base.items.at(i).fields, mine.items.at(i).fields, out.record.items[i].fields, i, out.conflicts);
    return out;
}

} // namespace imr
