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

// Reads "12/07/2016", "12-7-16" or "2016-12-07" without a regular
// expression: headers hold several dates per letter, a year of letters
// a million. Returns false when the text is not of these forms.
bool parseNumeric(QStringView t, QDate *date)
{
    int parts[3] = {0, 0, 0};
    qsizetype digits[3] = {0, 0, 0};
    int part = 0;
    for (const QChar c : t) {
        if (c.isDigit() && c.unicode() < 128) {
            if (++digits[part] > 4)
                return false;
            parts[part] = parts[part] * 10 + (c.unicode() - u'0');
        } else if ((c == u'/' || c == u'-') && part < 2 && digits[part] > 0) {
            ++part;
        } else {
            return false;
        }
    }
    if (part != 2 || digits[2] == 0)
        return false;
    if (digits[0] == 4) { // ISO
        if (digits[1] != 2 || digits[2] != 2 || t[4] != u'-' || t[7] != u'-')
            return false;
        *date = QDate(parts[0], parts[1], parts[2]);
        return true;
    }
    if (digits[0] > 2 || digits[1] > 2 || digits[2] < 2)
        return false;
    *date = QDate(fullYear(parts[2], digits[2]), parts[0], parts[1]);
    return true;
}

} // namespace

QString DateText::pattern()
{
    return u"(?:\\d{1,2}[/-]\\d{1,2}[/-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|"_s + kMonths
        + u"\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})"_s;
}

QDate DateText::parse(QStringView text)
{
    static const QRegularExpression words(u"^("_s + kMonths + u")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    // Numeric forms ("12/07/2016", "12-7-16", "2016-12-07") without a
    // regular expression; months in words with one.
    if (QDate d; parseNumeric(text.trimmed(), &d))
        return d;
    if (auto m = words.match(text.trimmed().toString()); m.hasMatch())
        return QDate(m.captured(3).toInt(), monthNumber(m.capturedView(1)), m.captured(2).toInt());
    return {};
}

QString DateText::toIso(QStringView text)
{
    const QDate d = parse(text);
    if (!d.isValid() || d.year() < 1000 || d.year() > 9999)
        return d.isValid() ? d.toString(Qt::ISODate) : QString();
    // YYYY-MM-DD, as Qt::ISODate writes it, without its general formatter.
    QString iso(10, u'-');
    const auto put = [&iso](qsizetype at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            iso[at + i] = QChar(u'0' + value % 10);
    };
    put(0, d.year(), 4);
    put(5, d.month(), 2);
    put(8, d.day(), 2);
    return iso;
}

} // namespace imr
