#include "extraction/fieldschema.h"

#include "extraction/customfields.h"
#include "extraction/datetext.h"
#include "extraction/fieldvalue.h"
#include "extraction/treatmenttaxonomy.h"

#include <QCoreApplication>
#include <QRegularExpression>


using namespace Qt::StringLiterals;

namespace imr {
namespace {

struct FieldInfo
{
    FieldId id;
    const char *column;
    const char *label;
    FieldKind kind;
};

// Column names are the export contract (shared/eval/README.md): never rename.
constexpr FieldInfo kFields[] = {
    {FieldId::CaseNumber, "case_number", QT_TRANSLATE_NOOP("imr::FieldSchema", "Case number"), FieldKind::Text},
    {FieldId::DateAssigned, "date_assigned", QT_TRANSLATE_NOOP("imr::FieldSchema", "Date assigned"), FieldKind::Date},
    {FieldId::DecisionDate, "decision_date", QT_TRANSLATE_NOOP("imr::FieldSchema", "Decision date"), FieldKind::Date},
    {FieldId::Priority, "priority", QT_TRANSLATE_NOOP("imr::FieldSchema", "Priority"), FieldKind::Choice},
    {FieldId::DateOfInjury, "date_of_injury", QT_TRANSLATE_NOOP("imr::FieldSchema", "Date of injury"), FieldKind::Date},
    {FieldId::UrDenialDate, "ur_denial_date", QT_TRANSLATE_NOOP("imr::FieldSchema", "UR denial date"), FieldKind::Date},
    {FieldId::ApplicationReceived, "application_received", QT_TRANSLATE_NOOP("imr::FieldSchema", "Application received"), FieldKind::Date},
    {FieldId::ReviewerLicensure, "reviewer_licensure", QT_TRANSLATE_NOOP("imr::FieldSchema", "Licensure"), FieldKind::MultiChoice},
    {FieldId::ReviewerSpecialty, "reviewer_specialty", QT_TRANSLATE_NOOP("imr::FieldSchema", "Specialty"), FieldKind::MultiChoice},
    {FieldId::PatientAge, "patient_age", QT_TRANSLATE_NOOP("imr::FieldSchema", "Patient age"), FieldKind::Integer},
    {FieldId::PatientSex, "patient_sex", QT_TRANSLATE_NOOP("imr::FieldSchema", "Patient sex"), FieldKind::Choice},
    {FieldId::Diagnoses, "diagnoses", QT_TRANSLATE_NOOP("imr::FieldSchema", "Diagnoses"), FieldKind::MultiChoice},
    {FieldId::ItemRequest, "item_request", QT_TRANSLATE_NOOP("imr::FieldSchema", "Request"), FieldKind::Text},
    {FieldId::TreatmentCategory, "treatment_category", QT_TRANSLATE_NOOP("imr::FieldSchema", "Category"), FieldKind::Choice},
    {FieldId::TreatmentSubcategory, "treatment_subcategory", QT_TRANSLATE_NOOP("imr::FieldSchema", "Subcategory"), FieldKind::Choice},
    {FieldId::Decision, "decision", QT_TRANSLATE_NOOP("imr::FieldSchema", "Decision"), FieldKind::Choice},
    {FieldId::MedicallyNecessary, "medically_necessary", QT_TRANSLATE_NOOP("imr::FieldSchema", "Medically necessary"), FieldKind::Choice},
    {FieldId::ClaimsAdministratorGuideline, "claims_administrator_guideline", QT_TRANSLATE_NOOP("imr::FieldSchema", "Claims administrator guideline"), FieldKind::LongText},
    {FieldId::ClaimsAdministratorGuidelineSources, "claims_administrator_guideline_sources", QT_TRANSLATE_NOOP("imr::FieldSchema", "Claims administrator sources"), FieldKind::MultiChoice},
    {FieldId::MaximusGuideline, "maximus_guideline", QT_TRANSLATE_NOOP("imr::FieldSchema", "MAXIMUS guideline"), FieldKind::LongText},
    {FieldId::MaximusGuidelineSources, "maximus_guideline_sources", QT_TRANSLATE_NOOP("imr::FieldSchema", "MAXIMUS sources"), FieldKind::MultiChoice},
    {FieldId::Rationale, "rationale", QT_TRANSLATE_NOOP("imr::FieldSchema", "Rationale"), FieldKind::LongText},
};
static_assert(std::size(kFields) == kFieldCount);

const FieldInfo &info(FieldId id)
{
    return kFields[int(id)];
}

// An analyst field's rule, in the current set; null for a slot not in use.
const CustomFieldRule *customRule(FieldId id, std::shared_ptr<const CustomFields> &keep)
{
    keep = CustomFields::current();
    return keep->rule(id);
}

} // namespace

QString FieldSchema::columnName(FieldId id)
{
    if (isCustomField(id)) {
        std::shared_ptr<const CustomFields> keep;
        const CustomFieldRule *r = customRule(id, keep);
        return r ? r->column : u"custom_%1"_s.arg(int(id));
    }
    return QString::fromLatin1(info(id).column);
}

QString FieldSchema::label(FieldId id)
{
    if (isCustomField(id)) {
        std::shared_ptr<const CustomFields> keep;
        const CustomFieldRule *r = customRule(id, keep);
        return r ? r->label : columnName(id);
    }
    return tr(info(id).label);
}

FieldKind FieldSchema::kind(FieldId id)
{
    // The analyst's fields are text: a count or a page is taken as written.
    return isCustomField(id) ? FieldKind::Text : info(id).kind;
}

QStringList FieldSchema::choices(FieldId id)
{
    switch (id) {
    case FieldId::Priority:
        return {u"Standard"_s, u"Expedited"_s};
    case FieldId::PatientSex:
        return {u"male"_s, u"female"_s};
    case FieldId::Decision:
        return {u"Upheld"_s, u"Overturned"_s};
    case FieldId::MedicallyNecessary:
        return {u"yes"_s, u"no"_s};
    case FieldId::ClaimsAdministratorGuidelineSources:
    case FieldId::MaximusGuidelineSources:
        return {u"MTUS"_s, u"ACOEM"_s, u"ODG"_s, u"Other"_s, u"None"_s};
    case FieldId::TreatmentCategory:
        return TreatmentTaxonomy::instance().categories();
    default:
        return {};
    }
}

QList<FieldId> FieldSchema::letterFields()
{
    QList<FieldId> ids;
    for (int i = 0; i < int(kFirstItemField); ++i)
        ids.append(FieldId(i));
    return ids;
}

QList<FieldGroup> FieldSchema::letterGroups()
{
    QList<FieldGroup> groups{
        {QT_TRANSLATE_NOOP("imr::FieldSchema", "Case"),
         {FieldId::CaseNumber, FieldId::DateAssigned, FieldId::DecisionDate, FieldId::Priority, FieldId::DateOfInjury,
          FieldId::UrDenialDate, FieldId::ApplicationReceived}},
        {QT_TRANSLATE_NOOP("imr::FieldSchema", "Reviewer"), {FieldId::ReviewerLicensure, FieldId::ReviewerSpecialty}},
        {QT_TRANSLATE_NOOP("imr::FieldSchema", "Patient"), {FieldId::PatientAge, FieldId::PatientSex, FieldId::Diagnoses}},
    };
    if (const QList<FieldId> custom = customLetterFields(); !custom.isEmpty())
        groups.append({QT_TRANSLATE_NOOP("imr::FieldSchema", "Analyst fields"), custom});
    return groups;
}

QList<FieldId> FieldSchema::customLetterFields()
{
    return CustomFields::current()->letterFields();
}

QList<FieldId> FieldSchema::customItemFields()
{
    return CustomFields::current()->itemFields();
}

QList<FieldId> FieldSchema::reviewLetterFields()
{
    return letterFields() + customLetterFields();
}

QList<FieldId> FieldSchema::reviewItemFields()
{
    return itemFields() + customItemFields();
}

QString FieldSchema::groupTitle(const FieldGroup &group)
{
    return tr(group.title);
}

QList<FieldId> FieldSchema::itemFields()
{
    QList<FieldId> ids;
    for (int i = int(kFirstItemField); i < kFieldCount; ++i)
        ids.append(FieldId(i));
    return ids;
}

bool FieldSchema::fromColumnName(const QString &column, FieldId *id)
{
    if (const auto slot = CustomFields::current()->slotOf(column)) {
        *id = *slot;
        return true;
    }
    for (const FieldInfo &f : kFields) {
        if (column == QLatin1StringView(f.column)) {
            *id = f.id;
            return true;
        }
    }
    return false;
}

bool FieldSchema::normalise(FieldId id, const QString &input, QString *value, QString *error)
{
    const QString text = input.simplified();
    *error = QString();
    if (text.isEmpty()) {
        *value = QString();
        return true;
    }
    switch (kind(id)) {
    case FieldKind::Date:
        *value = DateText::toIso(text);
        if (value->isEmpty())
            *error = tr("\"%1\" is not a date.").arg(text);
        break;
    case FieldKind::Integer: {
        bool ok = false;
        const int n = text.toInt(&ok);
        *value = ok && n >= 0 && n <= 130 ? QString::number(n) : QString();
        if (value->isEmpty())
            *error = tr("\"%1\" is not an age.").arg(text);
        break;
    }
    case FieldKind::Choice: {
        const QStringList allowed = choices(id);
        const auto it = std::find_if(allowed.begin(), allowed.end(),
                                     [&](const QString &c) { return c.compare(text, Qt::CaseInsensitive) == 0; });
        // Categories and subcategories may be extended by the analyst's taxonomy.
        const bool open = allowed.isEmpty() || id == FieldId::TreatmentCategory || id == FieldId::TreatmentSubcategory;
        *value = it != allowed.end() ? *it : (open ? text : QString());
        if (value->isEmpty())
            *error = tr("\"%1\" is not one of: %2.").arg(text, allowed.join(u", "_s));
        break;
    }
    case FieldKind::MultiChoice: {
        // Specialty and diagnosis names can hold commas; only ";" separates them.
        const bool names = id == FieldId::ReviewerSpecialty || id == FieldId::Diagnoses;
        static const QRegularExpression anySeparator(u"\\s*[;,]\\s*"_s);
        static const QRegularExpression semicolon(u"\\s*;\\s*"_s);
        QStringList parts = text.split(names ? semicolon : anySeparator, Qt::SkipEmptyParts);
        const QStringList allowed = choices(id);
        for (QString &p : parts) {
            const auto it = std::find_if(allowed.begin(), allowed.end(),
                                         [&](const QString &c) { return c.compare(p, Qt::CaseInsensitive) == 0; });
            if (it != allowed.end())
                p = *it;
            else if (!allowed.isEmpty())
                *error = tr("\"%1\" is not one of: %2.").arg(p, allowed.join(u", "_s));
        }
        *value = error->isEmpty() ? FieldValue::join(parts) : QString();
        break;
    }
    case FieldKind::Text:
    case FieldKind::LongText:
        *value = text;
        break;
    }
    return error->isEmpty();
}

} // namespace imr
