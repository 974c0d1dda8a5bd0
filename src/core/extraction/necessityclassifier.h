#pragma once

#include "extraction/textspan.h"

#include <QString>

namespace imr {

// Whether the rationale concludes the request is medically necessary.
struct Necessity
{
    QString value;   // "yes", "no" or empty
    TextSpan span;   // the concluding phrase, relative to the rationale
    double confidence = 0.0;
    QString note;
};

class NecessityClassifier final
{
public:
    // decision is the item's decision, used only when the rationale has no
    // conclusion of its own.
    static Necessity classify(const QString &rationale, const QString &decision);
};

} // namespace imr
