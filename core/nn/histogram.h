// Histograms of a layer's values for the depth lab's gradient-flow view: the distribution of
// the activations f(u) and of the back-propagated gradients per layer at initialisation (Glorot
// & Bengio 2010, figures 6 and 7). Pure C++, so that the lab's worker and the tests share it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace ae::nn {

// Equal bins over [lo, hi]; a value equal to hi falls in the last bin (as numpy's histogram).
// Values outside the range and non-finite ones are counted apart, so that nothing is lost
// silently: counts + below + above + nonFinite = the number of values.
struct Histogram {
    double lo = 0, hi = 1;
    std::vector<std::uint64_t> counts;
    std::uint64_t below = 0, above = 0, nonFinite = 0;

    std::uint64_t total() const;
    double binWidth() const { return counts.empty() ? 0.0 : (hi - lo) / double(counts.size()); }
    double binCentre(std::size_t bin) const { return lo + (double(bin) + 0.5) * binWidth(); }
};

// `bins` (at least 1) bins over [lo, hi]. A range that is empty or not finite is widened to
// [lo − 0.5, lo + 0.5] around its finite end (or 0), so a constant batch still shows as a bar.
Histogram histogram(std::span<const float> values, double lo, double hi, int bins);

// The range holding the finite values except a share `tail` (in [0, 0.5)) at each end: a range
// for histograms that one stray value cannot squash. {0, 0} when no value is finite.
std::pair<double, double> centralRange(std::span<const float> values, double tail);

} // namespace ae::nn
