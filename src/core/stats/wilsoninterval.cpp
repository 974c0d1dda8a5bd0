#include "stats/wilsoninterval.h"

#include <algorithm>
#include <cmath>

namespace imr {

RateInterval WilsonInterval::of(int successes, int n, double z)
{
    if (n <= 0 || successes < 0 || successes > n)
        return {};
    const double p = double(successes) / n;
    const double z2 = z * z;
    const double centre = p + z2 / (2.0 * n);
    const double halfWidth = z * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n));
    const double denominator = 1.0 + z2 / n;
    // Exact at the edges: 0 of n has a lower bound of 0, not -1e-17.
    const double low = successes == 0 ? 0.0 : (centre - halfWidth) / denominator;
    const double high = successes == n ? 1.0 : (centre + halfWidth) / denominator;
    return {std::clamp(low, 0.0, 1.0), std::clamp(high, 0.0, 1.0)};
}

} // namespace imr
