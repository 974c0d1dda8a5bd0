#include "stats/proportiontest.h"

#include <algorithm>
#include <cmath>

namespace imr {
namespace {

double logChoose(int n, int k)
{
    return std::lgamma(n + 1.0) - std::lgamma(k + 1.0) - std::lgamma(n - k + 1.0);
}

} // namespace

double ProportionTest::fisherExact(int a, int b, int c, int d)
{
    if (a < 0 || b < 0 || c < 0 || d < 0)
        return 1.0;
    const int row1 = a + b;
    const int row2 = c + d;
    const int col1 = a + c;
    const int n = row1 + row2;
    if (n == 0)
        return 1.0;
    // The hypergeometric probability of each table with these margins, by
    // its top-left cell.
    const auto logP = [&](int x) { return logChoose(row1, x) + logChoose(row2, col1 - x) - logChoose(n, col1); };
    const int lo = std::max(0, col1 - row2);
    const int hi = std::min(row1, col1);
    const double observed = logP(a);
    // Tables "as likely" up to rounding count as such, as in R's fisher.test.
    const double tolerance = 1e-7;
    double p = 0.0;
    for (int x = lo; x <= hi; ++x) {
        const double lp = logP(x);
        if (lp <= observed + std::log1p(tolerance))
            p += std::exp(lp);
    }
    return std::min(1.0, p);
}

double ProportionTest::twoProportionZ(int x1, int n1, int x2, int n2, double *z)
{
    if (z)
        *z = 0.0;
    if (n1 <= 0 || n2 <= 0)
        return 1.0;
    const double p1 = double(x1) / n1;
    const double p2 = double(x2) / n2;
    const double pooled = double(x1 + x2) / (n1 + n2);
    const double se = std::sqrt(pooled * (1.0 - pooled) * (1.0 / n1 + 1.0 / n2));
    if (se == 0.0) // both 0% or both 100%: no difference to test
        return 1.0;
    const double statistic = (p2 - p1) / se;
    if (z)
        *z = statistic;
    return std::erfc(std::abs(statistic) / std::sqrt(2.0));
}

ProportionComparison ProportionTest::compare(int x1, int n1, int x2, int n2)
{
    ProportionComparison c;
    if (n1 <= 0 || n2 <= 0 || x1 < 0 || x2 < 0 || x1 > n1 || x2 > n2)
        return c;
    c.rate1 = double(x1) / n1;
    c.rate2 = double(x2) / n2;
    c.difference = c.rate2 - c.rate1;
    // Expected counts of the 2×2 table under "no difference".
    const double n = n1 + n2;
    const double successes = x1 + x2;
    const double failures = n - successes;
    const double smallest = std::min({n1 * successes / n, n1 * failures / n, n2 * successes / n, n2 * failures / n});
    if (smallest < kMinExpected) {
        c.method = ProportionComparison::Method::FisherExact;
        c.pValue = fisherExact(x1, n1 - x1, x2, n2 - x2);
    } else {
        c.method = ProportionComparison::Method::TwoProportionZ;
        c.pValue = twoProportionZ(x1, n1, x2, n2, &c.z);
    }
    return c;
}

QString ProportionTest::methodName(ProportionComparison::Method method)
{
    switch (method) {
    case ProportionComparison::Method::FisherExact:
        return tr("Fisher's exact test");
    case ProportionComparison::Method::TwoProportionZ:
        return tr("two-proportion z test");
    case ProportionComparison::Method::None:
        break;
    }
    return tr("not tested");
}

} // namespace imr
