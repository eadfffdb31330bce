#include "properties.h"
#include "cpustate.h"

#include "bracket.h"
#include "propertiesgrid.h"
#include "sampling.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <tuple>

namespace ae {
namespace {

using detail::Grid;
using detail::gridPoints;
using detail::makeGrid;

constexpr double inf = std::numeric_limits<double>::infinity();
// Kinks and plateau ends of the catalogue sit at round numbers (0, ±1, ±3, λ); snap what
// bisection leaves in the last bits there, so 0 prints as 0 and not 3.6e-14.
double snap(double x) {
    const double r = std::round(x * 1e9) / 1e9;
    return std::fabs(r - x) < 1e-10 * std::fmax(1.0, std::fabs(x)) ? r : x;
}

int sign(double v) {
    return (v > 0) - (v < 0);
}

// Locates a jump of g (f, f' or f'') bracketed by [a, b] and confirms it is one.
struct JumpFinder {
    const Activation& act;
    std::span<const double> p;
    int order;
    double g(double x) const {
        const Derivs d = evaluate(act, x, p);
        return order == 0 ? d.f : order == 1 ? d.df : d.d2f;
    }
    std::optional<double> locate(double a, double b) const {
        const double ga = g(a), gb = g(b);
        const double x = bisect(a, b, [&](double m) {
            const double gm = g(m);
            return std::fabs(gm - ga) < std::fabs(gm - gb);
        });
        const double h = 1e-9 * std::fmax(1.0, std::fabs(x));
        const double left = g(x - h), right = g(x + h);
        if (!(std::fabs(right - left) > 1e-6 * (1.0 + std::fabs(left) + std::fabs(right))))
            return std::nullopt;
        return snap(x);
    }
};

std::vector<double> findJumps(const Activation& a, std::span<const double> p, const Grid& g,
                              int order) {
    const auto b = g.x.begin() + std::ptrdiff_t(g.denseBegin),
               e = g.x.begin() + std::ptrdiff_t(g.denseEnd);
    const std::span<const double> xs(b, e);
    auto part = [&](const std::vector<double>& v) {
        return std::span<const double>(v.data() + g.denseBegin, g.denseEnd - g.denseBegin);
    };
    std::vector<std::size_t> candidates;
    if (order < 2) {
        candidates = jumps(xs, part(order == 0 ? g.f : g.df), part(order == 0 ? g.df : g.d2f));
    } else {
        // No third derivative to compare with: a jump of f'' stands out against its neighbours.
        // Compared over two steps, so a jump whose grid point carries a middle value (softsign:
        // f''(0) = 0 between +2 and -2) is seen as one jump, not two ordinary steps.
        const auto y = part(g.d2f);
        double lo = inf, hi = -inf;
        for (double v : y)
            if (std::isfinite(v)) lo = std::min(lo, v), hi = std::max(hi, v);
        for (std::size_t i = 2; i + 2 < y.size(); ++i) {
            const double d = std::fabs(y[i + 1] - y[i - 1]);
            const double around =
                std::max(std::fabs(y[i - 1] - y[i - 2]), std::fabs(y[i + 2] - y[i + 1]));
            if (d > 1e-3 * (hi - lo) && d > 20 * around) candidates.push_back(i - 1);
        }
    }
    std::vector<double> out;
    const JumpFinder finder{a, p, order};
    const std::size_t reach = order < 2 ? 1 : 2; // brackets: one grid step, or two for f''
    for (std::size_t i : candidates)
        if (auto x = finder.locate(xs[i], xs[std::min(i + reach, xs.size() - 1)]))
            if (out.empty() || std::fabs(out.back() - *x) > 1e-6 * std::fmax(1.0, std::fabs(*x)))
                out.push_back(*x);
    return out;
}

// Roots of g (f' or f'') where it changes sign strictly: exact zeros on the grid are taken as
// they are, a crossing between two grid points is narrowed to adjacent doubles and the one where
// |g| is smaller reported. Each root comes with the sign of g before it.
struct Root {
    double x;
    int signBefore;
};
template <class G>
std::vector<Root> signChanges(const std::vector<double>& xs, const std::vector<double>& ys, G g) {
    std::vector<Root> out;
    int lastSign = 0;
    std::size_t lastIndex = 0;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        const int s = sign(ys[i]);
        if (s == 0 || !std::isfinite(ys[i])) continue;
        if (lastSign != 0 && s != lastSign) {
            double x;
            if (i > lastIndex + 1 && ys[lastIndex + 1] == 0.0) {
                x = xs[lastIndex + 1];
            } else {
                const auto [l, h] = bisectToAdjacent(
                    xs[lastIndex], xs[i], [&](double m) { return sign(g(m)) == lastSign; });
                x = std::fabs(g(l)) <= std::fabs(g(h)) ? l : h;
            }
            out.push_back({x, lastSign});
        }
        lastSign = s;
        lastIndex = i;
    }
    return out;
}

// The image of f: on each piece between jumps f is continuous, so its image is an interval from
// the least to the greatest of the values it takes or approaches there (limits at the ends of
// the piece, extrema, flat pieces); the pieces' intervals are then merged.
std::vector<Interval> imageOf(const Activation& a, std::span<const double> p,
                              const std::vector<double>& jumpsAt, const std::vector<Extremum>& ex,
                              const std::vector<double>& flatValuesX) {
    auto f = [&](double x) { return evaluate(a, x, p).f; };
    std::vector<double> ends{-inf};
    ends.insert(ends.end(), jumpsAt.begin(), jumpsAt.end());
    ends.push_back(inf);
    std::vector<Interval> pieces;
    for (std::size_t k = 0; k + 1 < ends.size(); ++k) {
        const double a0 = ends[k], b0 = ends[k + 1];
        struct Cand {
            double v;
            bool attained;
        };
        std::vector<Cand> c;
        auto end = [&](double e, bool left) {
            if (std::isinf(e)) return c.push_back({f(e), false});
            const double h = 1e-9 * std::fmax(1.0, std::fabs(e));
            const double fe = f(e), inside = f(left ? e + h : e - h),
                         other = f(left ? e - h : e + h);
            if (std::fabs(fe - inside) < std::fabs(fe - other)) return c.push_back({fe, true});
            c.push_back({snap(f(std::nextafter(e, left ? inf : -inf))), false});
        };
        end(a0, true);
        end(b0, false);
        for (const auto& e : ex)
            if (e.x > a0 && e.x < b0) c.push_back({e.f, true});
        for (double x : flatValuesX)
            if (x > a0 && x < b0) c.push_back({f(x), true});
        Interval iv{inf, -inf, false, false};
        for (const auto& v : c) {
            if (std::isnan(v.v)) continue;
            if (v.v < iv.lo)
                iv.lo = v.v, iv.loClosed = v.attained;
            else if (v.v == iv.lo)
                iv.loClosed = iv.loClosed || v.attained;
            if (v.v > iv.hi)
                iv.hi = v.v, iv.hiClosed = v.attained;
            else if (v.v == iv.hi)
                iv.hiClosed = iv.hiClosed || v.attained;
        }
        if (iv.lo <= iv.hi) pieces.push_back(iv);
    }
    std::sort(pieces.begin(), pieces.end(), [](const Interval& l, const Interval& r) {
        return l.lo < r.lo || (l.lo == r.lo && l.loClosed && !r.loClosed);
    });
    std::vector<Interval> out;
    for (const auto& iv : pieces) {
        if (!out.empty()) {
            Interval& last = out.back();
            const bool touches =
                iv.lo < last.hi || (iv.lo == last.hi && (iv.loClosed || last.hiClosed));
            if (touches) {
                if (iv.hi > last.hi)
                    last.hi = iv.hi, last.hiClosed = iv.hiClosed;
                else if (iv.hi == last.hi)
                    last.hiClosed = last.hiClosed || iv.hiClosed;
                continue;
            }
        }
        out.push_back(iv);
    }
    for (auto& iv : out) {
        if (std::isinf(iv.lo)) iv.loClosed = false;
        if (std::isinf(iv.hi)) iv.hiClosed = false;
    }
    return out;
}

} // namespace

// Defined in properties_slope.cpp.
void analyseSlopeMaxima(const Activation& a, std::span<const double> p,
                        const std::vector<double>& xs, const std::vector<double>& df,
                        const std::vector<double>& d2f, const std::vector<double>& specialPoints,
                        Properties& pr);

Properties analyseProperties(const Activation& a, std::span<const double> p) {
    clearVectorUpperState();
    Properties pr;
    const Grid g = makeGrid(a, p);
    const std::size_t n = g.x.size();
    auto fp = [&](double x) { return evaluate(a, x, p).df; };
    const Derivs at0 = evaluate(a, 0.0, p);
    pr.saturation = classifySaturation(a, p);
    pr.valueAtZero = at0.f;
    pr.slopeAtZero = at0.df;

    // Extrema: strict sign changes of f', refined to adjacent doubles.
    for (const Root& r : signChanges(g.x, g.df, fp))
        pr.extrema.push_back({r.x, evaluate(a, r.x, p).f, r.signBefore < 0});

    // A soft side leaves exact zeros of f' far out where it has underflowed: those are not flat.
    std::size_t softFrom = 0, softTo = n; // grid indices outside [softFrom, softTo) are underflow
    if (pr.saturation.left == Saturation::Soft)
        while (softFrom < n && g.df[softFrom] == 0.0)
            ++softFrom;
    if (pr.saturation.right == Saturation::Soft)
        while (softTo > softFrom && g.df[softTo - 1] == 0.0)
            --softTo;
    // Flat pieces: f' = 0 at a grid point and just beside it (an isolated zero of a smooth f' is
    // not flat).
    std::vector<double> flatX;
    for (std::size_t i = softFrom; i < softTo; ++i) {
        if (g.df[i] != 0.0) continue;
        const double x = g.x[i], h = 1e-9 * std::fmax(1.0, std::fabs(x));
        if (fp(x - h) == 0.0 || fp(x + h) == 0.0) flatX.push_back(x);
    }

    // Where f' < 0. A run of negative slope reaches -inf (or +inf) only when that side saturates
    // softly: its exact zeros far out are underflow, not a flat piece. An end where f' crosses 0
    // continuously is open and sits at the root; one where f' jumps is the first negative double.
    auto negative = [&](double m) { return fp(m) < 0; };
    auto decreasingEnd = [&](double outside, double inside) -> std::pair<double, bool> {
        const auto [o, i] =
            bisectToAdjacent(outside, inside, [&](double m) { return !negative(m); });
        const double scale = std::fmax(std::fabs(fp(outside)), std::fabs(fp(inside)));
        if (std::fabs(fp(i)) < 1e-6 * scale) // a continuous crossing: the root, open
            return {std::fabs(fp(o)) <= std::fabs(fp(i)) ? o : i, false};
        const double s = snap(i);
        return {s, negative(s)};
    };
    for (std::size_t i = 0; i < n;) {
        if (!(g.df[i] < 0)) {
            ++i;
            continue;
        }
        const std::size_t start = i;
        while (i + 1 < n && g.df[i + 1] < 0)
            ++i;
        const bool toMinusInf = std::all_of(g.df.begin(), g.df.begin() + std::ptrdiff_t(start),
                                            [](double v) { return v <= 0; }) &&
                                pr.saturation.left == Saturation::Soft;
        const bool toPlusInf = std::all_of(g.df.begin() + std::ptrdiff_t(i + 1), g.df.end(),
                                           [](double v) { return v <= 0; }) &&
                               pr.saturation.right == Saturation::Soft;
        Interval iv{-inf, inf, false, false};
        if (!(start == 0 || toMinusInf))
            std::tie(iv.lo, iv.loClosed) = decreasingEnd(g.x[start - 1], g.x[start]);
        if (!(i + 1 == n || toPlusInf))
            std::tie(iv.hi, iv.hiClosed) = decreasingEnd(g.x[i + 1], g.x[i]);
        pr.decreasing.push_back(iv);
        ++i;
    }

    // A jump of f is also one of f' and f'' there: each place is listed at its worst only.
    auto without = [](std::vector<double> xs, const std::vector<double>& taken) {
        std::erase_if(xs, [&](double x) {
            return std::any_of(taken.begin(), taken.end(), [&](double t) {
                return std::fabs(t - x) <= 1e-6 * std::fmax(1.0, std::fabs(x));
            });
        });
        return xs;
    };
    pr.jumps = findJumps(a, p, g, 0);
    pr.kinks = without(findJumps(a, p, g, 1), pr.jumps);
    pr.curvatureJumps = without(without(findJumps(a, p, g, 2), pr.jumps), pr.kinks);
    pr.smoothness = !pr.jumps.empty()            ? Smoothness::Discontinuous
                    : !pr.kinks.empty()          ? Smoothness::C0
                    : !pr.curvatureJumps.empty() ? Smoothness::C1
                                                 : Smoothness::Smooth;

    // Monotonicity: the strongest true statement. Jumps count with their direction.
    bool jumpsUp = false;
    for (double j : pr.jumps) {
        const double h = 1e-9 * std::fmax(1.0, std::fabs(j));
        const double l = evaluate(a, j - h, p).f, r = evaluate(a, j + h, p).f;
        if (r < l)
            pr.jumpsDown.push_back(j);
        else
            jumpsUp = true;
    }
    const bool anyPositive = std::any_of(g.df.begin(), g.df.end(), [](double v) { return v > 0; });
    const bool nonDecreasing = pr.decreasing.empty() && pr.jumpsDown.empty();
    const bool nonIncreasing = !anyPositive && !jumpsUp;
    const bool flat = !flatX.empty();
    pr.monotonic = nonDecreasing || nonIncreasing;
    pr.increasing = nonDecreasing;
    pr.monotonicity =
        nonDecreasing && nonIncreasing ? Monotonicity::Constant
        : nonDecreasing ? (flat ? Monotonicity::NonDecreasing : Monotonicity::StrictlyIncreasing)
        : nonIncreasing ? (flat ? Monotonicity::NonIncreasing : Monotonicity::StrictlyDecreasing)
                        : Monotonicity::None;

    // Range: the image, as a union of intervals.
    pr.range = imageOf(a, p, pr.jumps, pr.extrema, flatX);
    if (pr.range.empty()) pr.range.push_back({0.0, 0.0, true, true});
    pr.lower = {pr.range.front().lo, pr.range.front().loClosed};
    pr.upper = {pr.range.back().hi, pr.range.back().hiClosed};

    pr.odd = at0.f == 0.0;
    for (double x : {0.3, 1.7, 4.2, 11.0, 25.0}) {
        const double l = evaluate(a, -x, p).f, r = evaluate(a, x, p).f;
        pr.odd = pr.odd && std::fabs(l + r) <= 1e-12 * (1.0 + std::fabs(r));
    }
    pr.bothSigns = pr.lower.value < 0 && pr.upper.value > 0;

    std::vector<double> special = pr.kinks;
    special.insert(special.end(), pr.jumps.begin(), pr.jumps.end());
    special.insert(special.end(), pr.curvatureJumps.begin(), pr.curvatureJumps.end());
    analyseSlopeMaxima(a, p, g.x, g.df, g.d2f, special, pr);

    // No "−0" anywhere a number is printed.
    auto unsign = [](std::vector<Interval>& set) {
        for (auto& iv : set)
            iv.lo += 0.0, iv.hi += 0.0;
    };
    unsign(pr.range);
    unsign(pr.decreasing);
    unsign(pr.maxSlopeAt.at);
    pr.lower.value += 0.0;
    pr.upper.value += 0.0;
    for (auto& e : pr.extrema)
        e.x += 0.0, e.f += 0.0;
    return pr;
}

} // namespace ae
