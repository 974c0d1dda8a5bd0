#include "review/requestkey.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <QtEndian>

#include <limits>

using namespace Qt::StringLiterals;

namespace imr {

QStringList RequestKey::words(const QString &request)
{
    // Units, frequencies and connecting words vary between letters that ask
    // for the same thing.
    static const QSet<QString> ignored{
        u"the"_s, u"of"_s, u"for"_s, u"and"_s, u"with"_s, u"to"_s, u"in"_s, u"on"_s, u"at"_s, u"or"_s, u"by"_s,
        u"an"_s, u"as"_s, u"per"_s, u"mg"_s, u"mcg"_s, u"ml"_s, u"gm"_s, u"gram"_s, u"grams"_s, u"tab"_s, u"tabs"_s,
        u"tablet"_s, u"tablets"_s, u"cap"_s, u"caps"_s, u"capsule"_s, u"capsules"_s, u"qty"_s, u"quantity"_s,
        u"refill"_s, u"refills"_s, u"times"_s, u"time"_s, u"week"_s, u"weeks"_s, u"weekly"_s, u"day"_s, u"days"_s,
        u"daily"_s, u"month"_s, u"months"_s, u"hour"_s, u"hours"_s, u"session"_s, u"sessions"_s, u"visit"_s,
        u"visits"_s, u"bid"_s, u"tid"_s, u"qid"_s, u"prn"_s, u"po"_s, u"qhs"_s, u"unknown"_s, u"dosage"_s,
        u"frequency"_s, u"one"_s, u"two"_s, u"three"_s, u"four"_s, u"five"_s, u"six"_s, u"eight"_s, u"ten"_s,
        u"twelve"_s, u"request"_s, u"requested"_s};
    static const QRegularExpression letters(u"[\\p{L}]+"_s);
    QStringList out;
    QSet<QString> seen;
    QRegularExpressionMatchIterator it = letters.globalMatch(request.toLower());
    while (it.hasNext()) {
        const QString w = it.next().captured();
        if (w.size() < 2 || w == u"x"_s || ignored.contains(w) || seen.contains(w))
            continue;
        seen.insert(w);
        out << w;
    }
    return out;
}

qint64 RequestKey::of(const QString &request)
{
    QStringList w = words(request);
    if (w.isEmpty())
        return 0;
    w.sort();
    const QByteArray digest = QCryptographicHash::hash(w.join(u' ').toUtf8(), QCryptographicHash::Sha256);
    const qint64 key = qFromBigEndian<qint64>(digest.constData()) & std::numeric_limits<qint64>::max();
    return key == 0 ? 1 : key;
}

QString RequestKey::rulePattern(const QString &request)
{
    // Words end where letters end, as words() splits them: "Norco10" holds
    // "norco" (a \b would not end it there, nor at a non-ASCII letter).
    QStringList parts;
    for (const QString &w : words(request))
        parts << u"(?<!\\p{L})"_s + QRegularExpression::escape(w) + u"(?!\\p{L})"_s;
    return parts.join(u".*"_s);
}

} // namespace imr
