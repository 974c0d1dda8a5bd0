#include "fieldmarks.h"

#include "extraction/fieldschema.h"

namespace imr::gui {

bool FieldMarks::hasLongSpan(const TextSpans &spans)
{
    return std::any_of(spans.begin(), spans.end(), [](const TextSpan &s) { return s.length > kLongSpan; });
}

QString FieldMarks::tooltip(const DeterminationRecord &record, const FieldAddress &address)
{
    const FieldValue v = record.field(address.item, address.field);
    QString where = FieldSchema::label(address.field);
    if (address.item >= 0)
        where = tr("Item %1 · %2").arg(address.item + 1).arg(where);
    return tr("%1\n%2\nconfidence %3%").arg(where, v.value.left(200)).arg(qRound(v.confidence * 100));
}

} // namespace imr::gui
