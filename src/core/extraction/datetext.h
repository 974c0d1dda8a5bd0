#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace imr {

// Dates as letters write them: 11/09/2016, 10-13-16, 3/03/12, May 22, 2014,
// Feb. 8 2007, 2016-10-13.
class DateText final
{
public:
    // A regular-expression fragment matching any of those spellings.
    static QString pattern();
    static QDate parse(QStringView text);
    static QString toIso(QStringView text); // empty when not a date
};

} // namespace imr
