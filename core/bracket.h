// Root bracketing shared by the analyses (saturation boundaries, properties): bisection on a
// predicate that flips once inside [lo, hi]. Works on jumps as well as on continuous crossings,
// which is why it is used rather than a faster secant-type solver.
#pragma once

#include <cmath>
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

} // namespace ae
