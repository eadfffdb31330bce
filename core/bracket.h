// Root bracketing shared by the analyses (saturation boundaries, properties): bisection on a
// predicate that flips once inside [lo, hi]. Works on jumps as well as on continuous crossings,
// which is why it is used rather than a faster secant-type solver.
#pragma once

#include <bit>
#include <cmath>
#include <cstdint>
#include <utility>

namespace ae {

// Narrows [lo, hi], where pred(lo) != pred(hi), until adjacent doubles or a relative width of
// relTol; returns the final bracket. pred(first) == pred(lo) throughout.
template <class Pred>
std::pair<double, double> bisectBracket(double lo, double hi, Pred pred, double relTol = 1e-13) {
    const bool atLo = pred(lo);
    for (int i = 0; i < 200; ++i) {
        const double mid = lo + 0.5 * (hi - lo);
        if (mid <= lo || mid >= hi || hi - lo <= relTol * std::fmax(1.0, std::fabs(mid))) break;
        (pred(mid) == atLo ? lo : hi) = mid;
    }
    return {lo, hi};
}

// The midpoint of the final bracket.
template <class Pred> double bisect(double lo, double hi, Pred pred, double relTol = 1e-13) {
    const auto [l, h] = bisectBracket(lo, hi, pred, relTol);
    return 0.5 * (l + h);
}

// Doubles in order as integers (-0 and +0 both map to 0), so that bisection can halve the
// number of doubles in a bracket rather than its width: adjacent doubles in at most 64 steps,
// wherever the root lies (also next to 0, where halving the width would take ~1000 steps).
inline std::int64_t orderedKey(double x) {
    const auto b = std::bit_cast<std::int64_t>(x);
    return b < 0 ? -(b & INT64_MAX) : b;
}
inline double fromOrderedKey(std::int64_t k) {
    return k < 0 ? std::bit_cast<double>((-k) | INT64_MIN) : std::bit_cast<double>(k);
}

// Narrows the bracket between lo and hi (finite or infinite, either order), where
// pred(lo) != pred(hi), to two adjacent doubles {l, h} with pred(l) == pred(lo) and
// pred(h) == pred(hi).
template <class Pred> std::pair<double, double> bisectToAdjacent(double lo, double hi, Pred pred) {
    if (lo > hi) {
        const auto [h, l] = bisectToAdjacent(hi, lo, pred);
        return {l, h};
    }
    const bool atLo = pred(lo);
    std::int64_t kl = orderedKey(lo), kh = orderedKey(hi);
    while (std::uint64_t(kh) - std::uint64_t(kl) > 1) {
        const std::int64_t km = kl / 2 + kh / 2 + (kl % 2 + kh % 2) / 2;
        if (km <= kl || km >= kh) break;
        (pred(fromOrderedKey(km)) == atLo ? kl : kh) = km;
    }
    return {fromOrderedKey(kl), fromOrderedKey(kh)};
}

} // namespace ae
