#pragma once

#include "folder/letter.h"

#include <QByteArray>
#include <QJsonObject>

namespace imr {

// The provenance export: JSON Lines, one object per letter, where every field
// carries its value, how sure the extractor was, whether it needs attention
// and why, whether a person confirmed or corrected it, and where in the
// letter's text it came from (see README, "Provenance export").
class ProvenanceJsonWriter final
{
public:
    static QJsonObject letterObject(const Letter &letter);
    static QByteArray lineBytes(const Letter &letter); // one line, '\n'-terminated

private:
    static QJsonObject fieldObject(const Letter &letter, const FieldValue &value);
};

} // namespace imr
