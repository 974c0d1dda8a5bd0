#pragma once

namespace imr {

// A range of proportions, both ends in [0, 1].
struct RateInterval
{
    double low = 0.0;
    double high = 1.0;
    friend bool operator==(const RateInterval &, const RateInterval &) = default;
};

// The Wilson score interval of a proportion. Unlike the textbook
// p ± z·√(p(1−p)/n) it stays inside [0, 1] and keeps its coverage for small
// groups and rates near 0 or 1, which is what most subgroups of a folder
// are (Newcombe 1998, method 3).
class WilsonInterval final
{
public:
    static constexpr double kZ95 = 1.959963984540054; // two-sided 95%
    // successes of n; n == 0 gives the uninformative [0, 1].
    static RateInterval of(int successes, int n, double z = kZ95);
};

} // namespace imr
