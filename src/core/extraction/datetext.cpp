#include "extraction/datetext.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace imr {
namespace {

const QString kMonths = u"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                        "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"_s;

int monthNumber(QStringView name)
{
    static const QStringList names{u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
                                   u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
    return int(names.indexOf(name.left(3).toString().toLower())) + 1;
}

// Two-digit years: injuries go back decades, letters are from 2013 on.
int fullYear(int year, qsizetype digits)
{
    if (digits > 2)
        return year;
    return year + (year <= 40 ? 2000 : 1900);
}

} // namespace

QString DateText::pattern()
{
    return u"(?:\\d{1,2}[/-]\\d{1,2}[/-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|"_s + kMonths
        + u"\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})"_s;
}

QDate DateText::parse(QStringView text)
{
    static const QRegularExpression numeric(u"^(\\d{1,2})[/-](\\d{1,2})[/-](\\d{2,4})$"_s);
    static const QRegularExpression iso(u"^(\\d{4})-(\\d{2})-(\\d{2})$"_s);
    static const QRegularExpression words(u"^("_s + kMonths + u")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    const QString t = text.trimmed().toString();
    if (auto m = iso.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (auto m = numeric.match(t); m.hasMatch())
        return QDate(fullYear(m.captured(3).toInt(), m.capturedLength(3)), m.captured(1).toInt(),
                     m.captured(2).toInt());
    if (auto m = words.match(t); m.hasMatch())
        return QDate(m.captured(3).toInt(), monthNumber(m.capturedView(1)), m.captured(2).toInt());
    return {};
}

QString DateText::toIso(QStringView text)
{
    const QDate d = parse(text);
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace imr
