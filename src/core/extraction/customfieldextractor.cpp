#include "extraction/customfieldextractor.h"

#include <QStringView>

using namespace Qt::StringLiterals;

namespace imr {
namespace {

constexpr double kFoundConfidence = 0.9;

QRegularExpression phraseExpression(const QString &phrase)
{
    // Whole words, any run of white space between them (lines wrap).
    QStringList words = phrase.simplified().split(u' ', Qt::SkipEmptyParts);
    for (QString &w : words)
        w = QRegularExpression::escape(w);
    return QRegularExpression(u"(?<!\\w)"_s + words.join(u"\\s+"_s) + u"(?!\\w)"_s,
                              QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

} // namespace

CustomFieldExtractor::CustomFieldExtractor(std::shared_ptr<const CustomFields> fields)
    : m_fields(fields ? std::move(fields) : std::make_shared<const CustomFields>())
{
    for (const CustomFieldRule &r : m_fields->rules()) {
        QList<QRegularExpression> expressions;
        QStringList phrases;
        if (r.mode == CustomFieldRule::Mode::Pattern) {
            expressions << QRegularExpression(r.pattern, QRegularExpression::CaseInsensitiveOption);
        } else {
            for (const QString &p : r.phrases) {
                if (p.trimmed().isEmpty())
                    continue;
                expressions << phraseExpression(p);
                phrases << p.simplified();
            }
        }
        m_phrases << phrases;
        for (QRegularExpression &e : expressions)
            e.optimize();
        m_expressions << expressions;
    }
}

FieldValue CustomFieldExtractor::valueIn(qsizetype rule, const QString &text, const QList<TextSpan> &regions) const
{
    FieldValue v;
    const CustomFieldRule &r = m_fields->rules().at(rule);
    const QList<QRegularExpression> &expressions = m_expressions.at(rule);
    QStringList found;
    for (const TextSpan &region : regions) {
        if (region.isEmpty() || region.start < 0 || region.end() > text.size())
            continue;
        const QStringView view = QStringView(text).mid(region.start, region.length);
        if (r.mode == CustomFieldRule::Mode::Pattern) {
            const QRegularExpressionMatch m = expressions.first().matchView(view);
            if (m.hasMatch() && m.capturedLength(1) > 0) {
                v.value = m.captured(1).simplified();
                v.spans << TextSpan{region.start + m.capturedStart(1), m.capturedLength(1)};
                break; // the first match decides
            }
            continue;
        }
        for (qsizetype i = 0; i < expressions.size(); ++i) {
            const QRegularExpressionMatch m = expressions[i].matchView(view);
            const QString &phrase = m_phrases.at(rule).at(i);
            if (m.hasMatch() && !found.contains(phrase)) {
                found << phrase;
                v.spans << TextSpan{region.start + m.capturedStart(), m.capturedLength()};
            }
        }
    }
    if (r.mode == CustomFieldRule::Mode::Phrases)
        v.value = FieldValue::join(found);
    v.confidence = v.value.isEmpty() ? 0.0 : kFoundConfidence;
    return v;
}

void CustomFieldExtractor::apply(const QString &text, const LetterSections &s, DeterminationRecord &record) const
{
    const qsizetype size = text.size();
    const auto between = [size](qsizetype from, qsizetype to) {
        from = std::clamp<qsizetype>(from, 0, size);
        to = std::clamp<qsizetype>(to, from, size);
        return QList<TextSpan>{TextSpan{from, to - from}};
    };
    const QList<CustomFieldRule> &rules = m_fields->rules();
    const QList<FieldId> letterSlots = m_fields->letterFields();
    const QList<FieldId> itemSlots = m_fields->itemFields();
    int letterRule = 0;
    int itemRule = 0;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const CustomFieldRule &r = rules[i];
        if (r.level == CustomFieldRule::Level::Letter) {
            QList<TextSpan> regions;
            switch (r.section) {
            case CustomFieldRule::Section::Header:
                regions = between(0, s.headerEnd);
                break;
            case CustomFieldRule::Section::CaseSummary:
                // Not found: nothing to search, rather than the whole letter.
                regions = s.summary < 0 ? QList<TextSpan>{} : between(s.summary, s.issues > s.summary ? s.issues : size);
                break;
            case CustomFieldRule::Section::Decisions:
                regions = s.issues < 0 ? QList<TextSpan>{} : between(s.issues, size);
                break;
            default:
                regions = between(0, size);
                break;
            }
            record.fields[letterSlots.at(letterRule++)] = valueIn(i, text, regions);
            continue;
        }
        const FieldId slot = itemSlots.at(itemRule++);
        for (DisputedItem &item : record.items) {
            QList<TextSpan> regions;
            switch (r.section) {
            case CustomFieldRule::Section::ItemRequest:
                regions = item.field(FieldId::ItemRequest).spans;
                break;
            case CustomFieldRule::Section::ItemGuidelines:
                regions = item.field(FieldId::ClaimsAdministratorGuideline).spans
                        + item.field(FieldId::MaximusGuideline).spans;
                break;
            case CustomFieldRule::Section::ItemRationale:
                regions = item.field(FieldId::Rationale).spans;
                break;
            default:
                regions = {item.span};
                break;
            }
            item.fields[slot] = valueIn(i, text, regions);
        }
    }
}

} // namespace imr
