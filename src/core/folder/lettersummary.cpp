#include "folder/lettersummary.h"

#include "review/requestkey.h"

#include <QDataStream>
#include <QIODevice>
#include <QMutex>
#include <QSet>

namespace imr {
namespace {

// Format tag of encoded facts; bump it when the layout changes. Formats 1
// (without request keys) and 2 (without the dates of the IMR process) are
// still read: reviews stored by an older build.
constexpr quint8 kFactsFormat = 3;

// Categories, decisions and guideline names repeat across a folder: one
// shared copy each keeps 100,000 rows small.
QString intern(const QString &s)
{
    static QMutex mutex;
    static QSet<QString> pool;
    if (s.isEmpty())
        return {};
    QMutexLocker lock(&mutex);
    auto it = pool.constFind(s);
    if (it == pool.cend())
        it = pool.insert(s);
    return *it;
}

QStringList intern(QStringList list)
{
    for (QString &s : list)
        s = intern(s);
    return list;
}

} // namespace

void LetterSummary::setRecord(const DeterminationRecord &record)
{
    status = ReviewStatus::of(record);
    caseNumber = record.field(FieldId::CaseNumber).value;
    decisionDate = record.field(FieldId::DecisionDate).value;
    injuryDate = record.field(FieldId::DateOfInjury).value;
    assignedDate = record.field(FieldId::DateAssigned).value;
    applicationReceived = record.field(FieldId::ApplicationReceived).value;
    priority = intern(record.field(FieldId::Priority).value);
    specialties = intern(record.field(FieldId::ReviewerSpecialty).values());
    items.clear();
    items.reserve(record.items.size());
    for (const DisputedItem &item : record.items) {
        items.append(ItemFacts{intern(item.field(FieldId::Decision).value),
                               intern(item.field(FieldId::TreatmentCategory).value),
                               intern(item.field(FieldId::TreatmentSubcategory).value),
                               intern(item.field(FieldId::MaximusGuidelineSources).values()),
                               RequestKey::of(item.field(FieldId::ItemRequest).value)});
    }
}

QByteArray LetterSummary::encodeFacts() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << kFactsFormat << quint8(status) << caseNumber << decisionDate << injuryDate << specialties
        << quint32(items.size());
    for (const ItemFacts &item : items)
        out << item.decision << item.category << item.subcategory << item.guidelineSources << item.requestKey;
    out << assignedDate << applicationReceived << priority;
    return bytes;
}

bool LetterSummary::factsAreCurrent(const QByteArray &bytes)
{
    // The format is the first byte (a quint8 in QDataStream).
    return !bytes.isEmpty() && quint8(bytes.front()) == kFactsFormat;
}

bool LetterSummary::decodeFacts(const QByteArray &bytes)
{
    QDataStream in(bytes);
    quint8 format = 0;
    quint8 statusValue = 0;
    quint32 count = 0;
    LetterSummary s;
    in >> format >> statusValue >> s.caseNumber >> s.decisionDate >> s.injuryDate >> s.specialties >> count;
    if (in.status() != QDataStream::Ok || format < 1 || format > kFactsFormat || statusValue > quint8(LetterStatus::Error)
        || count > 10000)
        return false;
    s.items.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        ItemFacts item;
        in >> item.decision >> item.category >> item.subcategory >> item.guidelineSources;
        if (format >= 2)
            in >> item.requestKey;
        item.decision = intern(item.decision);
        item.category = intern(item.category);
        item.subcategory = intern(item.subcategory);
        item.guidelineSources = intern(item.guidelineSources);
        s.items.append(std::move(item));
    }
    if (format >= 3)
        in >> s.assignedDate >> s.applicationReceived >> s.priority;
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return false;
    status = LetterStatus(statusValue);
    caseNumber = std::move(s.caseNumber);
    decisionDate = std::move(s.decisionDate);
    injuryDate = std::move(s.injuryDate);
    assignedDate = std::move(s.assignedDate);
    applicationReceived = std::move(s.applicationReceived);
    priority = intern(s.priority);
    specialties = intern(s.specialties);
    items = std::move(s.items);
    return true;
}

LetterSummary LetterSummary::listed(const QString &relativePath)
{
    LetterSummary s;
    s.relativePath = relativePath;
    return s;
}

LetterSummary LetterSummary::of(const Letter &letter)
{
    LetterSummary s;
    s.relativePath = letter.relativePath;
    s.contentHash = letter.contentHash;
    s.error = letter.error;
    s.warning = letter.warning;
    s.loaded = true;
    if (letter.ok())
        s.setRecord(letter.record);
    return s;
}

} // namespace imr
