#pragma once

#include "extraction/fieldid.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace imr {

// A field the analyst defines: where in the letter to look and what to take.
// A pattern rule takes its regular expression's first capture group; a
// phrase rule takes the listed phrases found (as listed, "; "-joined).
struct CustomFieldRule
{
    enum class Level { Letter, Item };
    enum class Section { WholeLetter, Header, CaseSummary, Decisions, ItemRequest, ItemGuidelines, ItemRationale, WholeItem };
    enum class Mode { Pattern, Phrases };

    QString column; // the CSV column: lower case, digits and _
    QString label;  // as the review panel shows it
    Level level = Level::Item;
    Section section = Section::WholeItem;
    Mode mode = Mode::Pattern;
    QString pattern;     // case-insensitive, one capture group at least
    QStringList phrases; // case-insensitive, whole words

    friend bool operator==(const CustomFieldRule &, const CustomFieldRule &) = default;

    // Why the rule cannot be used (a bad name, a pattern that does not
    // compile or captures nothing, a section of the other level), or empty.
    QString problem() const;
    QJsonObject toJson() const;
    // nullopt-like: an invalid rule comes back with its problem set in *error.
    static CustomFieldRule fromJson(const QJsonObject &json, QString *error);
    static QList<Section> sections(Level level);
    static Level levelOf(Section section);
    static QString sectionName(Section section);
};

// Names for messages and the dialog (context "imr::CustomFieldRules").
class CustomFieldRules final
{
    Q_DECLARE_TR_FUNCTIONS(imr::CustomFieldRules)
public:
    static QString sectionName(CustomFieldRule::Section section);
};

} // namespace imr

Q_DECLARE_METATYPE(imr::CustomFieldRule)
