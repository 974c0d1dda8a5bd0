#include "stats/revieweffort.h"

#include "stats/standardtables.h"

#include <QHash>
#include <QMap>

using namespace Qt::StringLiterals;

namespace imr {

EffortSummary ReviewEffort::compute(const QList<AuditRecord> &log, const QList<LetterSummary> &letters)
{
    EffortSummary e;
    QHash<QByteArray, const LetterSummary *> byHash;
    for (const LetterSummary &l : letters) {
        if (!l.contentHash.isEmpty())
            byHash.insert(l.contentHash, &l);
    }
    // Each reviewer's actions in time order (the log is in save order; the
    // sort keeps it for equal times).
    // A team store's trail holds every workspace's letters: only this
    // folder's count (an empty folder list counts all, for scripts).
    QMap<QString, QList<const AuditRecord *>> byReviewer;
    for (const AuditRecord &r : log) {
        if (letters.isEmpty() || byHash.contains(r.contentHash))
            byReviewer[r.reviewer].append(&r);
    }
    QHash<QString, FieldEffort> fields;
    QHash<QByteArray, double> letterSeconds;
    QHash<QByteArray, bool> letterTimed;
    QHash<QString, CategoryCorrections> categories;
    QHash<QString, QSet<std::pair<QByteArray, int>>> itemsOfCategory;
    for (auto it = byReviewer.begin(); it != byReviewer.end(); ++it) {
        QList<const AuditRecord *> &actions = it.value();
        std::stable_sort(actions.begin(), actions.end(),
                         [](const AuditRecord *a, const AuditRecord *b) { return a->at < b->at; });
        e.reviewers << it.key();
        const AuditRecord *previous = nullptr;
        for (const AuditRecord *r : std::as_const(actions)) {
            ++e.actions;
            FieldEffort &f = fields[r->entry.field];
            f.field = r->entry.field;
            ++f.actions;
            const QString &action = r->entry.action;
            if (action == u"correct"_s)
                ++f.corrections;
            else if (action == u"confirm"_s)
                ++f.confirmations;
            letterSeconds.insert(r->contentHash, letterSeconds.value(r->contentHash));
            if (previous && previous->at.isValid() && r->at.isValid()) {
                const qint64 gap = previous->at.secsTo(r->at);
                if (gap >= 0 && gap <= kIdleSeconds) {
                    ++e.timedActions;
                    ++f.timedActions;
                    f.seconds += double(gap);
                    letterSeconds[r->contentHash] += double(gap);
                    letterTimed[r->contentHash] = true;
                    e.totalSeconds += double(gap);
                }
            }
            previous = r;
            // Corrections by the category of the item they were made in.
            const LetterSummary *letter = byHash.value(r->contentHash);
            const int item = r->entry.item;
            QString category;
            // Fixed keys, as the categories themselves: the summary CSV is read by scripts.
            if (item < 0)
                category = u"Letter"_s;
            else if (letter && item < letter->items.size())
                category = letter->items[item].category.isEmpty() ? u"Other"_s : letter->items[item].category;
            else
                category = u"Unknown"_s;
            CategoryCorrections &c = categories[category];
            c.category = category;
            if (action == u"correct"_s)
                ++c.corrections;
            itemsOfCategory[category].insert({r->contentHash, item});
        }
    }
    e.letters = int(letterSeconds.size());
    QList<int> perLetter;
    for (auto it = letterSeconds.cbegin(); it != letterSeconds.cend(); ++it) {
        if (letterTimed.value(it.key()))
            perLetter << qRound(it.value());
    }
    std::sort(perLetter.begin(), perLetter.end());
    e.timedLetters = int(perLetter.size());
    e.medianLetterSeconds = StandardTables::quantile(perLetter, 0.5);
    e.p90LetterSeconds = StandardTables::quantile(perLetter, 0.9);
    e.fields = fields.values();
    std::sort(e.fields.begin(), e.fields.end(), [](const FieldEffort &a, const FieldEffort &b) {
        return a.seconds != b.seconds ? a.seconds > b.seconds : a.field < b.field;
    });
    for (auto it = categories.begin(); it != categories.end(); ++it) {
        it->items = int(itemsOfCategory.value(it.key()).size());
        e.categories << it.value();
    }
    std::sort(e.categories.begin(), e.categories.end(), [](const CategoryCorrections &a, const CategoryCorrections &b) {
        return a.corrections != b.corrections ? a.corrections > b.corrections : a.category < b.category;
    });
    return e;
}

} // namespace imr
