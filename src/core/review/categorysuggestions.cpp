#include "review/categorysuggestions.h"

#include "extraction/extractionhelpers.h"
#include "review/requestkey.h"

using namespace Qt::StringLiterals;

namespace imr {

int CategorySuggestions::apply(DeterminationRecord &record, const QHash<qint64, CategorySuggestion> &suggestions)
{
    if (suggestions.isEmpty())
        return 0;
    int changed = 0;
    for (DisputedItem &item : record.items) {
        FieldValue &category = item.fields[FieldId::TreatmentCategory];
        FieldValue &subcategory = item.fields[FieldId::TreatmentSubcategory];
        if (category.isReviewed() || subcategory.isReviewed())
            continue; // a person decided this item
        const auto it = suggestions.constFind(RequestKey::of(item.field(FieldId::ItemRequest).value));
        if (it == suggestions.cend() || (it->category == category.value && it->subcategory == subcategory.value))
            continue;
        // Marked (below the attention threshold), with where it comes from.
        const QString note = extraction::Notes::tr("Suggested by your correction of \"%1\" in %2: confirm to accept.")
                                 .arg(it->request, it->relativePath);
        category.value = it->category;
        category.confidence = 0.5;
        category.note = note;
        subcategory.value = it->subcategory;
        subcategory.confidence = 0.5;
        subcategory.note = note;
        ++changed;
    }
    return changed;
}

bool CategorySuggestions::isDifferent(const ItemFacts &item, qint64 requestKey, const QString &category,
                                      const QString &subcategory)
{
    return item.requestKey == requestKey && (item.category != category || item.subcategory != subcategory);
}

int CategorySuggestions::reach(const QList<LetterSummary> &letters, const QByteArray &self, qint64 requestKey,
                               const QString &category, const QString &subcategory)
{
    if (requestKey == 0)
        return 0;
    int n = 0;
    for (const LetterSummary &letter : letters) {
        if (letter.contentHash == self)
            continue;
        for (const ItemFacts &item : letter.items)
            n += isDifferent(item, requestKey, category, subcategory) ? 1 : 0;
    }
    return n;
}

} // namespace imr
