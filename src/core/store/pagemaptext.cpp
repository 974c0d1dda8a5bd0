#include "store/pagemaptext.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace imr {

QString PageMapText::write(const QList<PageText> &pages)
{
    QStringList parts;
    for (const PageText &p : pages)
        parts << u"%1:%2:%3"_s.arg(p.page).arg(p.start).arg(p.length);
    return parts.join(u' ');
}

QList<PageText> PageMapText::read(const QString &text)
{
    QList<PageText> pages;
    for (const QString &part : text.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList f = part.split(u':');
        if (f.size() == 3)
            pages.append({f[0].toInt(), f[1].toLongLong(), f[2].toLongLong()});
    }
    return pages;
}

} // namespace imr
