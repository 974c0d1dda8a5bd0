#include "extraction/determinationrecord.h"

namespace imr {

FieldValue DeterminationRecord::field(int item, FieldId id) const
{
    if (item < 0)
        return fields.value(id);
    return item < items.size() ? items.at(item).fields.value(id) : FieldValue{};
}

FieldValue *DeterminationRecord::fieldPtr(int item, FieldId id)
{
    if (item < 0)
        return &fields[id];
    return item < items.size() ? &items[item].fields[id] : nullptr;
}

} // namespace imr
