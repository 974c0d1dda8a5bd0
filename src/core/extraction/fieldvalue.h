#pragma once

#include "extraction/textspan.h"

#include <QString>
#include <QStringList>

namespace imr {

// Where a value stands in the review. Extracted values are the machine's;
// the other two were acknowledged by a person.
enum class ReviewState { Extracted, Confirmed, Corrected };

// One extracted (or corrected) value with where it came from and how sure the
// extractor is. Multi-valued fields hold their values joined with "; ", the
// same spelling the reviewed CSV uses.
struct FieldValue
{
    QString value;
    TextSpans spans;
    double confidence = 0.0; // 0..1; 0 when nothing was found
    QString note;            // why the confidence is low, for the reviewer
    QStringList flags;       // failed consistency rules (ConsistencyChecker)
    ReviewState state = ReviewState::Extracted;

    bool isEmpty() const { return value.isEmpty(); }
    bool isReviewed() const { return state != ReviewState::Extracted; }
    // Low confidence, a value the letter should have held but did not yield
    // (empty, with a note saying why), or a broken consistency rule, not yet
    // settled by a person.
    bool needsAttention() const;
    static constexpr double kAttentionBelow = 0.7;
    QStringList values() const;
    static QString join(const QStringList &values);
    friend bool operator==(const FieldValue &, const FieldValue &) = default;
};

} // namespace imr
