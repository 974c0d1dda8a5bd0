#pragma once

#include "extraction/determinationrecord.h"
#include "result.h"
#include "review/reviewnavigator.h"
#include "store/reviewstore.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace imr {

// One field's change, as an undo command applies and reverts it.
struct FieldChange
{
    FieldAddress address;
    FieldValue before;
    FieldValue after;
    QString action; // confirm, correct
};

// What a reviewer's action does to a record, decided without a window:
// which change a confirmation or a correction makes, what confirm-all
// confirms, how items are added and removed, and what the audit trail says.
class ReviewRules final
{
    Q_DECLARE_TR_FUNCTIONS(imr::ReviewRules)
public:
    // Nothing to do when the field is already confirmed or corrected.
    static std::optional<FieldChange> confirm(const DeterminationRecord &record, const FieldAddress &address);
    // The input in the field's canonical spelling. The same value typed again
    // is a confirmation (unless text spans were taken from the letter).
    // An error when the input does not fit the field.
    static Result<std::optional<FieldChange>> correct(const DeterminationRecord &record, const FieldAddress &address,
                                                      const QString &input, const TextSpans &spans = {});
    // Every field not yet acknowledged, in review order.
    static QList<FieldChange> confirmAll(const DeterminationRecord &record);

    // The record after a change; std::nullopt when the address does not exist.
    static std::optional<DeterminationRecord> withField(const DeterminationRecord &record, const FieldAddress &address,
                                                        const FieldValue &value);
    static DeterminationRecord withItemInserted(const DeterminationRecord &record, int index, const DisputedItem &item);
    static std::optional<DeterminationRecord> withItemRemoved(const DeterminationRecord &record, int index);

    static AuditEntry fieldEntry(const FieldAddress &address, const FieldValue &previous, const FieldValue &value,
                                 const QString &action);
    static AuditEntry itemInsertedEntry(int index, const DisputedItem &item, const QString &action);
    static AuditEntry itemRemovedEntry(int index, const DisputedItem &item, const QString &action);
};

} // namespace imr
