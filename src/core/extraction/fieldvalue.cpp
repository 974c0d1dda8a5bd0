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
    // An empty value with a reason is a field the letter should have held:
    // "no decision found" needs a person as much as a doubtful value does.
    return !isReviewed()
        && (!flags.isEmpty() || (confidence < kAttentionBelow && (!value.isEmpty() || !note.isEmpty())));
}

QString FieldValue::join(const QStringList &values)
{
    return values.join(u"; "_s);
}

} // namespace imr
