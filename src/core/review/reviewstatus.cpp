#include "review/reviewstatus.h"

#include "extraction/fieldschema.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace imr {
namespace {

// Counts reviewed and total fields over the letter and its items.
void count(const QMap<FieldId, FieldValue> &fields, const QList<FieldId> &ids, int &reviewed, int &total)
{
    for (FieldId id : ids) {
        ++total;
        reviewed += fields.value(id).isReviewed();
    }
}

QStringList corrected(const QMap<FieldId, FieldValue> &fields)
{
    QStringList names;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.value().state == ReviewState::Corrected)
            names << FieldSchema::columnName(it.key());
    }
    return names;
}

} // namespace

LetterStatus ReviewStatus::of(const Letter &letter)
{
    return letter.ok() ? of(letter.record) : LetterStatus::Error;
}

LetterStatus ReviewStatus::of(const DeterminationRecord &record)
{
    int reviewed = 0;
    int total = 0;
    count(record.fields, FieldSchema::reviewLetterFields(), reviewed, total);
    for (const DisputedItem &item : record.items)
        count(item.fields, FieldSchema::reviewItemFields(), reviewed, total);
    if (reviewed == 0)
        return LetterStatus::Unreviewed;
    return reviewed == total ? LetterStatus::Reviewed : LetterStatus::InProgress;
}

QString ReviewStatus::name(LetterStatus status)
{
    switch (status) {
    case LetterStatus::Unreviewed: return u"unreviewed"_s;
    case LetterStatus::InProgress: return u"in progress"_s;
    case LetterStatus::Reviewed: return u"reviewed"_s;
    case LetterStatus::Error: return u"error"_s;
    }
    return {};
}

QString ReviewStatus::displayName(LetterStatus status)
{
    switch (status) {
    case LetterStatus::Unreviewed: return QCoreApplication::translate("imr::ReviewStatus", "unreviewed");
    case LetterStatus::InProgress: return QCoreApplication::translate("imr::ReviewStatus", "in progress");
    case LetterStatus::Reviewed: return QCoreApplication::translate("imr::ReviewStatus", "reviewed");
    case LetterStatus::Error: return QCoreApplication::translate("imr::ReviewStatus", "error");
    }
    return {};
}

QStringList ReviewStatus::correctedLetterFields(const DeterminationRecord &record)
{
    return corrected(record.fields);
}

QStringList ReviewStatus::correctedItemFields(const DisputedItem &item)
{
    return corrected(item.fields);
}

} // namespace imr
