#pragma once

#include <QString>
#include <QStringList>

namespace imr {

// Which guideline families a "Claims Administrator guideline:" or "MAXIMUS
// guideline:" paragraph cites: MTUS, ACOEM, ODG, Other, or None when the
// paragraph says no evidence was cited.
class GuidelineSources final
{
public:
    static QStringList classify(const QString &paragraph);

private:
    static QStringList classifyUncached(const QString &paragraph);
};

} // namespace imr
