#pragma once

#include "extraction/fieldid.h"
#include "extraction/fieldvalue.h"

#include <QJsonObject>
#include <QList>
#include <QMap>

namespace imr {

// One disputed item of a letter: its item-level fields.
struct DisputedItem
{
    QMap<FieldId, FieldValue> fields;
    TextSpan span; // the whole item, heading to end of rationale
    // Stored fields this program does not know now (an analyst field whose
    // rule is not installed here, a later version's field): written back
    // as they were, so a save never loses another analyst's review.
    QJsonObject otherFields;

    FieldValue field(FieldId id) const { return fields.value(id); }
    friend bool operator==(const DisputedItem &, const DisputedItem &) = default;
};

// Everything read from one letter: letter-level fields and the disputed items.
struct DeterminationRecord
{
    QMap<FieldId, FieldValue> fields;
    QList<DisputedItem> items;
    QJsonObject otherFields; // as DisputedItem::otherFields

    FieldValue field(FieldId id) const { return fields.value(id); }
    // Item index -1 addresses the letter-level fields.
    FieldValue field(int item, FieldId id) const;
    FieldValue *fieldPtr(int item, FieldId id);
    friend bool operator==(const DeterminationRecord &, const DeterminationRecord &) = default;
};

} // namespace imr
