#pragma once

#include "folder/lettersummary.h"

#include <QByteArray>
#include <QDataStream>
#include <QIODevice>

namespace imr::test {

// A letter's facts as earlier versions wrote them (format 2): without
// the process dates and priority. What an older store still holds.
inline QByteArray factsInFormatTwo(const LetterSummary &s)
{
    QByteArray old;
    QDataStream out(&old, QIODevice::WriteOnly);
    out << quint8(2) << quint8(s.status) << s.caseNumber << s.decisionDate << s.injuryDate << s.specialties
        << quint32(s.items.size());
    for (const ItemFacts &item : s.items)
        out << item.decision << item.category << item.subcategory << item.guidelineSources << item.requestKey;
    return old;
}

} // namespace imr::test
