#include "review/reviewrules.h"

#include "extraction/fieldschema.h"

using namespace Qt::StringLiterals;

namespace imr {

std::optional<FieldChange> ReviewRules::confirm(const DeterminationRecord &record, const FieldAddress &address)
{
    const FieldValue before = record.field(address.item, address.field);
    if (before.isReviewed())
        return std::nullopt;
    FieldValue after = before;
    after.state = ReviewState::Confirmed;
    return FieldChange{address, before, after, u"confirm"_s};
}

Result<std::optional<FieldChange>> ReviewRules::correct(const DeterminationRecord &record, const FieldAddress &address,
                                                        const QString &input, const TextSpans &spans)
{
    QString value;
    QString error;
    if (!FieldSchema::normalise(address.field, input, &value, &error))
        return failure(error);
    const FieldValue before = record.field(address.item, address.field);
    if (value == before.value && spans.isEmpty())
        return confirm(record, address);
    FieldValue after = before;
    after.value = value;
    after.state = ReviewState::Corrected;
    after.confidence = 1.0;
    after.note.clear();
    if (!spans.isEmpty())
        after.spans = spans;
    return std::optional<FieldChange>(FieldChange{address, before, after, u"correct"_s});
}

QList<FieldChange> ReviewRules::confirmAll(const DeterminationRecord &record)
{
    QList<FieldChange> changes;
    for (const FieldAddress &a : ReviewNavigator::order(record)) {
        if (auto change = confirm(record, a))
            changes.append(*change);
    }
    return changes;
}

std::optional<DeterminationRecord> ReviewRules::withField(const DeterminationRecord &record,
                                                          const FieldAddress &address, const FieldValue &value)
{
    DeterminationRecord changed = record;
    FieldValue *target = changed.fieldPtr(address.item, address.field);
    if (!target)
        return std::nullopt;
    *target = value;
    return changed;
}

DeterminationRecord ReviewRules::withItemInserted(const DeterminationRecord &record, int index, const DisputedItem &item)
{
    DeterminationRecord changed = record;
    changed.items.insert(std::clamp<qsizetype>(index, 0, changed.items.size()), item);
    return changed;
}

std::optional<DeterminationRecord> ReviewRules::withItemRemoved(const DeterminationRecord &record, int index)
{
    if (index < 0 || index >= record.items.size())
        return std::nullopt;
    DeterminationRecord changed = record;
    changed.items.removeAt(index);
    return changed;
}

AuditEntry ReviewRules::fieldEntry(const FieldAddress &address, const FieldValue &previous, const FieldValue &value,
                                   const QString &action)
{
    return AuditEntry{address.item, FieldSchema::columnName(address.field), previous.value, value.value, action};
}

AuditEntry ReviewRules::itemInsertedEntry(int index, const DisputedItem &item, const QString &action)
{
    return AuditEntry{index, u"item"_s, QString(), item.field(FieldId::ItemRequest).value, action};
}

AuditEntry ReviewRules::itemRemovedEntry(int index, const DisputedItem &item, const QString &action)
{
    return AuditEntry{index, u"item"_s, item.field(FieldId::ItemRequest).value, QString(), action};
}

} // namespace imr
