#include "review/recorddiff.h"

#include "extraction/fieldschema.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace imr {

QStringList RecordDiff::describe(const DeterminationRecord &before, const DeterminationRecord &after)
{
    QStringList changes;
    const auto compare = [&](int item, FieldId id) {
        const QString a = before.field(item, id).value;
        const QString b = after.field(item, id).value;
        if (a == b)
            return;
        const QString where = item < 0 ? FieldSchema::label(id)
                                       : tr("%1 (item %2)").arg(FieldSchema::label(id)).arg(item + 1);
        changes << tr("%1: %2 → %3").arg(where, a.isEmpty() ? tr("(empty)") : a.left(60),
                                          b.isEmpty() ? tr("(empty)") : b.left(60));
    };
    for (FieldId id : FieldSchema::reviewLetterFields())
        compare(-1, id);
    if (before.items.size() != after.items.size())
        changes << tr("items: %1 → %2").arg(before.items.size()).arg(after.items.size());
    for (int i = 0; i < std::min(before.items.size(), after.items.size()); ++i) {
        for (FieldId id : FieldSchema::reviewItemFields())
            compare(i, id);
    }
    return changes;
}

} // namespace imr
