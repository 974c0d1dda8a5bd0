#include "extraction/consistencychecker.h"

#include "extraction/extractionhelpers.h"
#include "extraction/fieldschema.h"
#include "extraction/treatmenttaxonomy.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace imr {

void ConsistencyChecker::check(DeterminationRecord &record)
{
    clearFlags(record);
    checkDates(record);
    for (DisputedItem &item : record.items)
        checkItem(item);
}

void ConsistencyChecker::clearFlags(DeterminationRecord &record)
{
    for (FieldValue &v : record.fields)
        v.flags.clear();
    for (DisputedItem &item : record.items) {
        for (FieldValue &v : item.fields)
            v.flags.clear();
    }
}

void ConsistencyChecker::checkDates(DeterminationRecord &record)
{
    // The dispute's life in order: injury, UR denial, application, assignment, decision.
    const FieldId order[] = {FieldId::DateOfInjury, FieldId::UrDenialDate, FieldId::ApplicationReceived,
                             FieldId::DateAssigned, FieldId::DecisionDate};
    FieldId previous = order[0];
    QDate previousDate;
    for (FieldId id : order) {
        const QDate date = QDate::fromString(record.field(id).value, Qt::ISODate);
        if (!date.isValid())
            continue;
        if (previousDate.isValid() && date < previousDate) {
            const QString flag = extraction::Notes::tr("Dates out of order: this date is before the %1.")
                                     .arg(FieldSchema::label(previous).toLower());
            record.fields[id].flags << flag;
        }
        previous = id;
        previousDate = date;
    }
}

void ConsistencyChecker::checkItem(DisputedItem &item)
{
    const QString decision = item.field(FieldId::Decision).value;
    const QString necessary = item.field(FieldId::MedicallyNecessary).value;
    if (decision.isEmpty())
        item.fields[FieldId::Decision].flags << extraction::Notes::tr("The item has no decision.");
    if (!decision.isEmpty() && !necessary.isEmpty()
        && (decision == u"Overturned"_s) != (necessary == u"yes"_s))
        item.fields[FieldId::MedicallyNecessary].flags
            << extraction::Notes::tr("%1 does not agree with medically necessary = %2.").arg(decision, necessary);
    const QString category = item.field(FieldId::TreatmentCategory).value;
    const QString subcategory = item.field(FieldId::TreatmentSubcategory).value;
    if (!TreatmentTaxonomy::instance().isKnown(category, subcategory))
        item.fields[FieldId::TreatmentCategory].flags << extraction::Notes::tr("Unknown treatment category.");
}

} // namespace imr
