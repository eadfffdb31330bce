#include "core/nn/histogram.h"

#include <algorithm>
#include <cmath>

namespace ae::nn {

std::uint64_t Histogram::total() const {
    std::uint64_t n = below + above + nonFinite;
    for (std::uint64_t c : counts)
        n += c;
    return n;
}

Histogram histogram(std::span<const float> values, double lo, double hi, int bins) {
    Histogram h;
    if (!(std::isfinite(lo) && std::isfinite(hi) && lo < hi)) {
        const double centre = std::isfinite(lo) ? lo : std::isfinite(hi) ? hi : 0.0;
        lo = centre - 0.5;
        hi = centre + 0.5;
    }
    h.lo = lo;
    h.hi = hi;
    h.counts.assign(std::size_t(std::max(bins, 1)), 0);
    const double scale = double(h.counts.size()) / (hi - lo);
    const std::size_t last = h.counts.size() - 1;
    for (float f : values) {
        const double v = f;
        if (!std::isfinite(v))
            ++h.nonFinite;
        else if (v < lo)
            ++h.below;
        else if (v > hi)
            ++h.above;
        else // the rounding of (v − lo)·scale may reach the bin past the last for v near hi
            ++h.counts[std::min(std::size_t((v - lo) * scale), last)];
    }
    return h;
}

std::pair<double, double> centralRange(std::span<const float> values, double tail) {
    std::vector<float> finite;
    finite.reserve(values.size());
    for (float v : values)
        if (std::isfinite(v)) finite.push_back(v);
    if (finite.empty()) return {0.0, 0.0};
    tail = std::clamp(tail, 0.0, 0.499);
    const auto cut = std::size_t(tail * double(finite.size() - 1));
    const auto lo = finite.begin() + std::ptrdiff_t(cut);
    const auto hi = finite.end() - 1 - std::ptrdiff_t(cut);
    std::nth_element(finite.begin(), lo, finite.end());
    const double a = *lo;
    std::nth_element(finite.begin(), hi, finite.end());
    return {a, double(*hi)};
}

} // namespace ae::nn
