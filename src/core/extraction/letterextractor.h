#pragma once

#include "extraction/determinationrecord.h"

#include <QString>

namespace imr {

class TreatmentTaxonomy;

// Reads a determination record from a letter's text. Stateless and
// thread-safe: one instance serves a whole thread pool.
class LetterExtractor final
{
public:
    // Bump whenever extraction results can change: cached results of an
    // older version are extracted again.
    static constexpr int kVersion = 1;

    LetterExtractor();
    explicit LetterExtractor(const TreatmentTaxonomy &taxonomy);

    DeterminationRecord extract(const QString &text) const;

private:
    const TreatmentTaxonomy &m_taxonomy;
};

} // namespace imr
