#pragma once

#include "extraction/determinationrecord.h"

#include <QString>

#include <memory>

namespace imr {

class TreatmentTaxonomy;

// Reads a determination record from a letter's text. Stateless and
// thread-safe: one instance serves a whole thread pool.
class LetterExtractor final
{
public:
    // Part of the cache key, with a hash of the extractor's sources taken at
    // build time: bump it for changes outside those sources.
    static constexpr int kVersion = 2;

    // With the current taxonomy (TreatmentTaxonomy::current()).
    LetterExtractor();
    explicit LetterExtractor(std::shared_ptr<const TreatmentTaxonomy> taxonomy);

    DeterminationRecord extract(const QString &text) const;

    // The key extraction results are cached under: it changes with the
    // extractor's version, its sources and every taxonomy rule, built-in or
    // the analyst's, so a cache can never serve results another build or
    // another rule would not give. Never negative.
    qint64 cacheKey() const { return m_cacheKey; }
    static qint64 cacheKey(const TreatmentTaxonomy &taxonomy);

private:
    std::shared_ptr<const TreatmentTaxonomy> m_taxonomy;
    qint64 m_cacheKey;
};

} // namespace imr
