#pragma once

#include "extraction/fieldid.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace imr {

// What kind of editor and normalisation a field needs.
enum class FieldKind { Text, LongText, Date, Integer, Choice, MultiChoice };

// Letter-level fields shown together, in review order. The title is
// untranslated (context "imr::FieldSchema"); show it through groupTitle().
struct FieldGroup
{
    const char *title;
    QList<FieldId> fields;
};

// Static description of each field: its CSV column, its label and its kind.
class FieldSchema final
{
    Q_DECLARE_TR_FUNCTIONS(imr::FieldSchema)
public:
    static QString columnName(FieldId id);
    static QString label(FieldId id);
    static FieldKind kind(FieldId id);
    // Allowed values for Choice / MultiChoice fields (empty for free lists).
    static QStringList choices(FieldId id);
    // The built-in fields: the reviewed CSV's contract columns.
    static QList<FieldId> letterFields();
    static QList<FieldId> itemFields();
    // The analyst's fields in use (CustomFields::current()).
    static QList<FieldId> customLetterFields();
    static QList<FieldId> customItemFields();
    // What a reviewer checks: built-in fields, then the analyst's.
    static QList<FieldId> reviewLetterFields();
    static QList<FieldId> reviewItemFields();
    // Every letter-level field in exactly one group.
    static QList<FieldGroup> letterGroups();
    static QString groupTitle(const FieldGroup &group);
    static bool fromColumnName(const QString &column, FieldId *id);
    // A reviewer's input in the field's canonical spelling (ISO dates,
    // "; "-joined lists, choices as listed). Empty input clears the field.
    // Returns false with a message when the input does not fit the field.
    static bool normalise(FieldId id, const QString &input, QString *value, QString *error);
};

} // namespace imr
