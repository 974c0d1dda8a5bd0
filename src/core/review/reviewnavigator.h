#pragma once

#include "extraction/determinationrecord.h"

#include <QList>

#include <optional>

namespace imr {

// One field of a letter: letter level (item -1) or an item's.
struct FieldAddress
{
    int item = -1;
    FieldId field = FieldId::CaseNumber;
    friend bool operator==(const FieldAddress &, const FieldAddress &) = default;
};

// The order in which a reviewer walks a letter's fields, and where to go next.
class ReviewNavigator final
{
public:
    // Letter fields (case, reviewer, patient), then each item's fields.
    static QList<FieldAddress> order(const DeterminationRecord &record);
    // The next field after `from` that needs attention; failing that, the next
    // field not yet reviewed; -1 item and no match when everything is reviewed.
    static std::optional<FieldAddress> nextToReview(const DeterminationRecord &record, const FieldAddress &from);
    static std::optional<FieldAddress> firstToReview(const DeterminationRecord &record);

private:
    static std::optional<FieldAddress> search(const DeterminationRecord &record, qsizetype start);
};

} // namespace imr
