#include "extraction/customfieldrule.h"

#include "extraction/fieldschema.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace imr {
namespace {

struct SectionKey
{
    CustomFieldRule::Section section;
    const char *key;
};

// Keys of the saved file: never rename.
constexpr SectionKey kSections[] = {
    {CustomFieldRule::Section::WholeLetter, "letter"},
    {CustomFieldRule::Section::Header, "header"},
    {CustomFieldRule::Section::CaseSummary, "case_summary"},
    {CustomFieldRule::Section::Decisions, "decisions"},
    {CustomFieldRule::Section::ItemRequest, "item_request"},
    {CustomFieldRule::Section::ItemGuidelines, "item_guidelines"},
    {CustomFieldRule::Section::ItemRationale, "item_rationale"},
    {CustomFieldRule::Section::WholeItem, "item"},
};

QString keyOf(CustomFieldRule::Section section)
{
    for (const SectionKey &s : kSections) {
        if (s.section == section)
            return QString::fromLatin1(s.key);
    }
    return {};
}

} // namespace

QString CustomFieldRules::sectionName(CustomFieldRule::Section section)
{
    switch (section) {
    case CustomFieldRule::Section::WholeLetter:
        return tr("Whole letter");
    case CustomFieldRule::Section::Header:
        return tr("Header (case number, dates, priority)");
    case CustomFieldRule::Section::CaseSummary:
        return tr("Clinical case summary");
    case CustomFieldRule::Section::Decisions:
        return tr("Decisions and rationales");
    case CustomFieldRule::Section::ItemRequest:
        return tr("Item: request");
    case CustomFieldRule::Section::ItemGuidelines:
        return tr("Item: guidelines cited");
    case CustomFieldRule::Section::ItemRationale:
        return tr("Item: decision rationale");
    case CustomFieldRule::Section::WholeItem:
        return tr("Item: all of it");
    }
    return {};
}

QString CustomFieldRule::sectionName(Section section)
{
    return CustomFieldRules::sectionName(section);
}

QList<CustomFieldRule::Section> CustomFieldRule::sections(Level level)
{
    if (level == Level::Letter)
        return {Section::WholeLetter, Section::Header, Section::CaseSummary, Section::Decisions};
    return {Section::ItemRequest, Section::ItemGuidelines, Section::ItemRationale, Section::WholeItem};
}

CustomFieldRule::Level CustomFieldRule::levelOf(Section section)
{
    return sections(Level::Letter).contains(section) ? Level::Letter : Level::Item;
}

QString CustomFieldRule::problem() const
{
    static const QRegularExpression name(u"^[a-z][a-z0-9_]{0,39}$"_s);
    if (!name.match(column).hasMatch())
        return CustomFieldRules::tr("The column name must start with a letter and hold only lower-case letters, "
                                    "digits and _ (at most 40).");
    for (FieldId id : FieldSchema::letterFields() + FieldSchema::itemFields()) {
        if (FieldSchema::columnName(id) == column)
            return CustomFieldRules::tr("%1 is a built-in column.").arg(column);
    }
    static const QStringList reserved{u"file"_s, u"item_number"_s, u"review_status"_s, u"corrected_fields"_s,
                                      u"reviewed_by"_s, u"reviewed_at"_s, u"load_error"_s,
                                      u"duplicate_of"_s};
    if (reserved.contains(column))
        return CustomFieldRules::tr("%1 is a built-in column.").arg(column);
    if (label.trimmed().isEmpty())
        return CustomFieldRules::tr("The field needs a label.");
    if (levelOf(section) != level)
        return CustomFieldRules::tr("The section does not belong to the field's level.");
    if (mode == Mode::Pattern) {
        const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
        if (pattern.trimmed().isEmpty())
            return CustomFieldRules::tr("The pattern is empty.");
        if (!re.isValid())
            return CustomFieldRules::tr("The pattern is not a valid regular expression: %1 (at %2).")
                .arg(re.errorString())
                .arg(re.patternErrorOffset());
        if (re.captureCount() < 1)
            return CustomFieldRules::tr("The pattern needs a capture group, in parentheses, around the value to take.");
    } else if (std::none_of(phrases.cbegin(), phrases.cend(), [](const QString &p) { return !p.trimmed().isEmpty(); })) {
        return CustomFieldRules::tr("List at least one phrase.");
    }
    return {};
}

QJsonObject CustomFieldRule::toJson() const
{
    QJsonObject o{{u"column"_s, column},
                  {u"label"_s, label},
                  {u"level"_s, level == Level::Letter ? u"letter"_s : u"item"_s},
                  {u"section"_s, keyOf(section)}};
    if (mode == Mode::Pattern)
        o.insert(u"pattern"_s, pattern);
    else
        o.insert(u"phrases"_s, QJsonArray::fromStringList(phrases));
    return o;
}

CustomFieldRule CustomFieldRule::fromJson(const QJsonObject &json, QString *error)
{
    CustomFieldRule r;
    r.column = json.value(u"column"_s).toString();
    r.label = json.value(u"label"_s).toString();
    r.level = json.value(u"level"_s).toString() == u"letter"_s ? Level::Letter : Level::Item;
    const QString key = json.value(u"section"_s).toString();
    bool known = false;
    for (const SectionKey &s : kSections) {
        if (key == QLatin1StringView(s.key)) {
            r.section = s.section;
            known = true;
        }
    }
    if (json.contains(u"phrases"_s)) {
        r.mode = Mode::Phrases;
        for (const QJsonValue &v : json.value(u"phrases"_s).toArray())
            r.phrases << v.toString();
    } else {
        r.pattern = json.value(u"pattern"_s).toString();
    }
    *error = known ? r.problem() : CustomFieldRules::tr("Unknown section \"%1\".").arg(key);
    return r;
}

} // namespace imr
