#pragma once

#include <QCoreApplication>
#include <QString>

namespace imr {

// Whether two proportions differ: x1 of n1 against x2 of n2.
struct ProportionComparison
{
    enum class Method { None, FisherExact, TwoProportionZ };
    double rate1 = 0.0;
    double rate2 = 0.0;
    double difference = 0.0; // rate2 - rate1
    double pValue = 1.0;     // two-sided
    double z = 0.0;          // TwoProportionZ only
    Method method = Method::None; // None: a group is empty, nothing to test
};

// The tests a reader of a comparison table expects: Fisher's exact test
// when a 2×2 table is small (an expected count under 5, where the normal
// approximation misleads), otherwise the pooled two-proportion z test.
class ProportionTest final
{
    Q_DECLARE_TR_FUNCTIONS(imr::ProportionTest)
public:
    static constexpr double kMinExpected = 5.0;

    // Two-sided p of Fisher's exact test for the table [[a, b], [c, d]]:
    // the probability, with the margins fixed, of every table no more
    // likely than the one observed.
    static double fisherExact(int a, int b, int c, int d);
    // Two-sided p of the pooled z test; *z receives the statistic.
    static double twoProportionZ(int x1, int n1, int x2, int n2, double *z = nullptr);
    // Picks the test as described above.
    static ProportionComparison compare(int x1, int n1, int x2, int n2);
    static QString methodName(ProportionComparison::Method method);
};

} // namespace imr
