#pragma once

#include "extraction/customfieldextractor.h"
#include "folder/letter.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace imr {

// What a rule takes from one letter (or one of its items).
struct PreviewRow
{
    QString relativePath;
    int item = -1; // -1: a letter-level field
    QString value; // empty: a miss
};

// A rule tried over a folder before it is saved: matches, misses and the
// commonest values. Letters are added as they are read.
class CustomFieldPreview final
{
    Q_DECLARE_TR_FUNCTIONS(imr::CustomFieldPreview)
public:
    // The rule must be valid (CustomFieldRule::problem() empty).
    explicit CustomFieldPreview(const CustomFieldRule &rule);

    // The rows one letter gives; unreadable letters give none.
    QList<PreviewRow> rowsOf(const Letter &letter) const;
    void add(const QList<PreviewRow> &rows, bool letterRead);

    int lettersRead() const { return m_letters; }
    int lettersMatched() const { return m_lettersMatched; }
    int matches() const { return m_matches; }
    int misses() const { return m_misses; }
    // Values by how often they were taken, most first, ties by value.
    QList<QPair<QString, int>> topValues(int count) const;
    // "37 of 50 letters · 61 items matched, 12 missed"
    QString countsText() const;

private:
    CustomFieldRule m_rule;
    CustomFieldExtractor m_extractor;
    int m_letters = 0;
    int m_lettersMatched = 0;
    int m_matches = 0;
    int m_misses = 0;
    QHash<QString, int> m_values;
};

} // namespace imr
