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
};

constexpr int kFieldCount = int(FieldId::Rationale) + 1;
constexpr FieldId kFirstItemField = FieldId::ItemRequest;

constexpr bool isItemField(FieldId id)
{
    return int(id) >= int(kFirstItemField);
}

} // namespace imr

Q_DECLARE_METATYPE(imr::FieldId)
