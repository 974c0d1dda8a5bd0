#include "extraction/customfieldpreview.h"

#include "extraction/letterextractor.h"

namespace imr {
namespace {

std::shared_ptr<const CustomFields> only(const CustomFieldRule &rule)
{
    auto fields = CustomFields::of({rule});
    return std::make_shared<const CustomFields>(fields ? fields.value() : CustomFields());
}

} // namespace

CustomFieldPreview::CustomFieldPreview(const CustomFieldRule &rule)
    : m_rule(rule)
    , m_extractor(only(rule))
{
}

QList<PreviewRow> CustomFieldPreview::rowsOf(const Letter &letter) const
{
    QList<PreviewRow> rows;
    if (!letter.ok() || m_extractor.fields().isEmpty())
        return rows;
    // The letter's own sections, found again as the extractor finds them:
    // the record's spans stand for the items.
    DeterminationRecord record = letter.record;
    m_extractor.apply(letter.text, LetterExtractor::sectionsOf(letter.text), record);
    const FieldId slot = m_rule.level == CustomFieldRule::Level::Letter ? FieldId::CustomLetter0 : FieldId::CustomItem0;
    if (m_rule.level == CustomFieldRule::Level::Letter) {
        rows << PreviewRow{letter.relativePath, -1, record.field(slot).value};
    } else {
        for (int i = 0; i < record.items.size(); ++i)
            rows << PreviewRow{letter.relativePath, i, record.items[i].field(slot).value};
    }
    return rows;
}

void CustomFieldPreview::add(const QList<PreviewRow> &rows, bool letterRead)
{
    if (!letterRead)
        return;
    ++m_letters;
    bool any = false;
    for (const PreviewRow &r : rows) {
        if (r.value.isEmpty()) {
            ++m_misses;
            continue;
        }
        any = true;
        ++m_matches;
        m_values[r.value] += 1;
    }
    m_lettersMatched += any;
}

QList<QPair<QString, int>> CustomFieldPreview::topValues(int count) const
{
    QList<QPair<QString, int>> all;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        all << qMakePair(it.key(), it.value());
    std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return all.mid(0, count);
}

QString CustomFieldPreview::countsText() const
{
    const bool items = m_rule.level == CustomFieldRule::Level::Item;
    if (items)
        return tr("%1 of %2 letters · %3 items matched, %4 missed")
            .arg(m_lettersMatched)
            .arg(m_letters)
            .arg(m_matches)
            .arg(m_misses);
    return tr("%1 of %2 letters matched, %3 missed").arg(m_lettersMatched).arg(m_letters).arg(m_misses);
}

} // namespace imr
