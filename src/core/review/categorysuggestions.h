#pragma once

#include "extraction/determinationrecord.h"
#include "folder/lettersummary.h"

#include <QHash>
#include <QString>

namespace imr {

class ReviewStore;

// A reviewer's category correction, offered to the folder's other items
// with the same request (RequestKey): they show it marked, and confirming
// the field (Enter) accepts it.
struct CategorySuggestion
{
    QString category;
    QString subcategory;
    QString request;      // the corrected item's request, for the note
    QString relativePath; // the letter it was corrected in
    friend bool operator==(const CategorySuggestion &, const CategorySuggestion &) = default;
};

class CategorySuggestions final
{
public:
    // Puts the suggestions on the record's items whose category nobody has
    // confirmed or corrected. Returns how many items changed.
    static int apply(DeterminationRecord &record, const QHash<qint64, CategorySuggestion> &suggestions);
    // Whether other items than those of `self` (a content hash) ask for the
    // same request with another category: those the suggestion would reach.
    static int reach(const QList<LetterSummary> &letters, const QByteArray &self, qint64 requestKey,
                     const QString &category, const QString &subcategory);
    static bool isDifferent(const ItemFacts &item, qint64 requestKey, const QString &category,
                            const QString &subcategory);
};

} // namespace imr
