#pragma once

#include "extraction/customfields.h"
#include "extraction/determinationrecord.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <memory>

namespace imr {

// Where the letter's sections are, as LetterExtractor found them (-1: not found).
struct LetterSections
{
    qsizetype headerEnd = 0;
    qsizetype summary = -1;
    qsizetype issues = -1;
};

// Applies the analyst's rules to an extracted letter: each rule's value,
// with the spans it came from, goes into the rule's field slot. Patterns
// are compiled once, for every letter of a folder.
class CustomFieldExtractor final
{
public:
    explicit CustomFieldExtractor(std::shared_ptr<const CustomFields> fields);

    void apply(const QString &text, const LetterSections &sections, DeterminationRecord &record) const;
    // One rule over one region of text: the value and its spans (empty: no match).
    FieldValue valueIn(qsizetype rule, const QString &text, const QList<TextSpan> &regions) const;
    const CustomFields &fields() const { return *m_fields; }

private:
    std::shared_ptr<const CustomFields> m_fields;
    QList<QList<QRegularExpression>> m_expressions; // per rule: the pattern, or one per phrase
    QList<QStringList> m_phrases;                     // per rule: the phrases those stand for
};

} // namespace imr
