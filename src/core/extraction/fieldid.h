#pragma once

#include <QMetaType>

namespace imr {

// Every value the extractor produces and the reviewer checks. The order is
// the order of the reviewed CSV's columns (see FieldSchema).
enum class FieldId {
    // letter level
    CaseNumber,
    DateAssigned,
    DecisionDate,
    Priority,
    DateOfInjury,
    UrDenialDate,
    ApplicationReceived,
    ReviewerLicensure,
    ReviewerSpecialty,
    PatientAge,
    PatientSex,
    Diagnoses,
    // item level
    ItemRequest,
    TreatmentCategory,
    TreatmentSubcategory,
    Decision,
    MedicallyNecessary,
    ClaimsAdministratorGuideline,
    ClaimsAdministratorGuidelineSources,
    MaximusGuideline,
    MaximusGuidelineSources,
    Rationale,
    // Slots for the analyst's own fields (CustomFields), after every
    // built-in one: the letter's, then the items'.
    CustomLetter0,
    CustomItem0 = CustomLetter0 + 8,
};

// The built-in fields: the reviewed CSV's contract columns.
constexpr int kFieldCount = int(FieldId::Rationale) + 1;
constexpr FieldId kFirstItemField = FieldId::ItemRequest;
constexpr int kCustomSlots = 8; // of each level

constexpr bool isCustomField(FieldId id)
{
    return int(id) >= int(FieldId::CustomLetter0) && int(id) < int(FieldId::CustomItem0) + kCustomSlots;
}

constexpr bool isItemField(FieldId id)
{
    return isCustomField(id) ? int(id) >= int(FieldId::CustomItem0) : int(id) >= int(kFirstItemField);
}

} // namespace imr

Q_DECLARE_METATYPE(imr::FieldId)
