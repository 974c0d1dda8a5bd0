#pragma once

#include "extraction/customfieldextractor.h"
#include "extraction/determinationrecord.h"

#include <QString>

#include <memory>

namespace imr {

class CustomFieldExtractor;
class CustomFields;
class TreatmentTaxonomy;

// Reads a determination record from a letter's text. Stateless and
// thread-safe: one instance serves a whole thread pool.
class LetterExtractor final
{
public:
    // Part of the cache key, with a hash of the extractor's sources taken at
    // build time: bump it for changes outside those sources.
    static constexpr int kVersion = 2;

    // With the current taxonomy (TreatmentTaxonomy::current()) and the
    // current analyst fields (CustomFields::current()).
    LetterExtractor();
    explicit LetterExtractor(std::shared_ptr<const TreatmentTaxonomy> taxonomy,
                             std::shared_ptr<const CustomFields> customFields = {});

    DeterminationRecord extract(const QString &text) const;
    // Where the header ends and the case summary and decisions begin.
    static LetterSections sectionsOf(const QString &text);

    // The key extraction results are cached under: it changes with the
    // extractor's version, its sources and every taxonomy rule, built-in or
    // the analyst's, so a cache can never serve results another build or
    // another rule would not give. Never negative.
    qint64 cacheKey() const { return m_cacheKey; }
    static qint64 cacheKey(const TreatmentTaxonomy &taxonomy, const QByteArray &customFields = {});

private:
    std::shared_ptr<const TreatmentTaxonomy> m_taxonomy;
    std::shared_ptr<const CustomFieldExtractor> m_custom;
    qint64 m_cacheKey;
};

} // namespace imr
