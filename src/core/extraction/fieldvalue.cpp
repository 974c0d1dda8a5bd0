#include "extraction/fieldvalue.h"

using namespace Qt::StringLiterals;

namespace imr {

QStringList FieldValue::values() const
{
    if (value.isEmpty())
        return {};
    QStringList parts = value.split(u"; "_s, Qt::SkipEmptyParts);
    for (QString &p : parts)
        p = p.trimmed();
    return parts;
}

bool FieldValue::needsAttention() const
{
    return !isReviewed() && (!flags.isEmpty() || (!value.isEmpty() && confidence < kAttentionBelow));
}

QString FieldValue::join(const QStringList &values)
{
    return values.join(u"; "_s);
}

} // namespace imr
