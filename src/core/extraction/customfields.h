#pragma once

#include "extraction/customfieldrule.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace imr {

// The analyst-defined fields of one folder, saved with it
// (.imr-workbench/custom-fields.json, readable by its owner only). Each
// rule has a field slot (FieldId::CustomLetter0…, CustomItem0…) in order,
// so it is extracted, reviewed, audited and exported like a built-in field.
class CustomFields final
{
    Q_DECLARE_TR_FUNCTIONS(imr::CustomFields)
public:
    static constexpr const char *kFileName = "custom-fields.json";

    CustomFields() = default;
    // Fails with the first rule's problem, or when a level has too many.
    static Result<CustomFields> of(const QList<CustomFieldRule> &rules);
    // A folder without the file has no analyst fields; a file that cannot
    // be read or holds an invalid rule is an error (never silently none).
    static Result<CustomFields> load(const QString &folder);
    Status save(const QString &folder) const;
    static QString pathFor(const QString &folder);

    const QList<CustomFieldRule> &rules() const { return m_rules; }
    bool isEmpty() const { return m_rules.isEmpty(); }
    // The slots in use, in rule order.
    QList<FieldId> letterFields() const;
    QList<FieldId> itemFields() const;
    const CustomFieldRule *rule(FieldId slot) const;
    std::optional<FieldId> slotOf(const QString &column) const;
    // Changes whenever a rule does: part of the extraction cache key.
    QByteArray fingerprint() const;

    // The fields every extraction and export uses (the open folder's).
    static std::shared_ptr<const CustomFields> current();
    static void install(std::shared_ptr<const CustomFields> fields);

private:
    QList<CustomFieldRule> m_rules;
    QList<FieldId> m_slots; // of each rule
};

} // namespace imr
