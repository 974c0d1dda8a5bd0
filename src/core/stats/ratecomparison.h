#pragma once

#include "stats/decisionstatistics.h"
#include "stats/proportiontest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace imr {

// One group's overturn rate in two sets of letters (two folders, periods or
// filters), and whether they differ.
struct ComparisonRow
{
    enum class Group { All, Category, Guideline };
    Group group = Group::All;
    QString label;
    int overturned1 = 0;
    int total1 = 0;
    int overturned2 = 0;
    int total2 = 0;
    ProportionComparison test;
};

// Items citing one guideline source against items citing another, in one
// folder under one filter (ODG against MTUS, say).
struct SourceComparison
{
    QString first;  // the two sources
    QString second;
    DecisionSummary firstSummary;  // items citing first, not second
    DecisionSummary secondSummary; // items citing second, not first
    int citingBoth = 0;            // decided items in neither group
    QList<ComparisonRow> rows;
};

// Side by side: for every treatment category and guideline source found in
// either set, both overturn rates, the difference (second minus first) and a
// test of the difference (ProportionTest::compare).
class RateComparison final
{
    Q_DECLARE_TR_FUNCTIONS(imr::RateComparison)
public:
    static QList<ComparisonRow> compare(const DecisionSummary &first, const DecisionSummary &second);
    // An item that cites both sources belongs to neither group: the tests
    // assume two independent samples, and such an item would be in both.
    static SourceComparison compareSources(const QList<LetterSummary> &letters, const ChartFilter &filter,
                                           const QString &first, const QString &second,
                                           const DuplicateCases *duplicates = nullptr);
    static QString groupName(ComparisonRow::Group group);
    // A row's label for people: the label is a fixed key for scripts (the
    // summary CSV), and the row of all items says so in the user's language.
    static QString displayLabel(const ComparisonRow &row);
    // The name of one side of compareSources() for people ("ODG, not MTUS");
    // sideKey() is the same as a fixed key for scripts.
    static QString sideName(const QString &source, const QString &other);
    static QString sideKey(const QString &source, const QString &other);
};

} // namespace imr
