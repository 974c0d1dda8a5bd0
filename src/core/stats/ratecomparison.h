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

// Side by side: for every treatment category and guideline source found in
// either set, both overturn rates, the difference (second minus first) and a
// test of the difference (ProportionTest::compare).
class RateComparison final
{
    Q_DECLARE_TR_FUNCTIONS(imr::RateComparison)
public:
    static QList<ComparisonRow> compare(const DecisionSummary &first, const DecisionSummary &second);
    static QString groupName(ComparisonRow::Group group);
};

} // namespace imr
