#pragma once

#include "extraction/determinationrecord.h"

#include <QByteArray>
#include <optional>

namespace imr {

// A determination record as compact JSON, for the review store: the
// extraction cache and the reviewed records are stored this way.
class RecordJson final
{
public:
    static QByteArray write(const DeterminationRecord &record);
    static std::optional<DeterminationRecord> read(const QByteArray &json);
};

} // namespace imr
