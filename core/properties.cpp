#include "properties.h"
#include "cpustate.h"

#include "bracket.h"
#include "sampling.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace ae {
namespace {

constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double denseHalfWidth = 30.0; // near the origin every kink and feature of the catalogue
constexpr double denseStep = 0.01;      // lives; beyond it the log-spaced probes take over

struct Grid {
    std::vector<double> x, f, df, d2f;
    std::size_t denseBegin = 0, denseEnd = 0; // [begin, end) indices of the dense part
};

Grid makeGrid(const Activation& a, std::span<const double> p) {
    Grid g;
    for (int k = 1023; k >= 5; --k)
        g.x.push_back(-std::ldexp(1.0, k));
    g.denseBegin = g.x.size();
    const int n = int(std::lround(2 * denseHalfWidth / denseStep));
    for (int i = 0; i <= n; ++i)
        g.x.push_back(-denseHalfWidth + i * denseStep);
    g.x[g.denseBegin + std::size_t(n / 2)] = 0.0; // exactly, for kinks at the origin
    g.denseEnd = g.x.size();
    for (int k = 5; k <= 1023; ++k)
        g.x.push_back(std::ldexp(1.0, k));
    for (double x : g.x) {
        const Derivs d = evaluate(a, x, p);
        g.f.push_back(d.f);
        g.df.push_back(d.df);
        g.d2f.push_back(d.d2f);
    }
    return g;
}

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

} // namespace

Properties analyseProperties(const Activation& a, std::span<const double> p) {
    clearVectorUpperState();
    Properties pr;
    const Grid g = makeGrid(a, p);
    const std::size_t n = g.x.size();
    auto fp = [&](double x) { return evaluate(a, x, p).df; };
    const Derivs atMinusInf = evaluate(a, -inf, p), atPlusInf = evaluate(a, inf, p),
                 at0 = evaluate(a, 0.0, p);
    pr.saturation = classifySaturation(a, p);
    pr.valueAtZero = at0.f;
    pr.slopeAtZero = at0.df;

    // Extrema: strict sign changes of f' (zeros in between skipped), refined by bisection.
    int lastSign = 0;
    std::size_t lastIndex = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const int s = sign(g.df[i]);
        if (s == 0 || !std::isfinite(g.df[i])) continue;
        if (lastSign != 0 && s != lastSign) {
            const double x =
                bisect(g.x[lastIndex], g.x[i], [&](double m) { return sign(fp(m)) == lastSign; });
            pr.extrema.push_back({x, evaluate(a, x, p).f, lastSign < 0});
        }
        lastSign = s;
        lastIndex = i;
    }

    // Range: limits are approached; extrema and flat pieces (f' exactly 0) are attained.
    pr.lower = {std::fmin(atMinusInf.f, atPlusInf.f), false};
    pr.upper = {std::fmax(atMinusInf.f, atPlusInf.f), false};
    auto consider = [&](double v) {
        if (v <= pr.lower.value) pr.lower = {v, true};
        if (v >= pr.upper.value) pr.upper = {v, true};
    };
    for (const auto& e : pr.extrema)
        consider(e.f);
    for (std::size_t i = g.denseBegin; i < g.denseEnd; ++i)
        if (g.df[i] == 0.0 && std::isfinite(g.f[i])) consider(g.f[i]);

    // Monotonicity, and where f' < 0. A run of negative slope reaches -inf (or +inf) only when
    // that side saturates softly: its exact zeros far out are underflow, not a flat piece.
    for (std::size_t i = 0; i < n;) {
        if (!(g.df[i] < 0)) {
            ++i;
            continue;
        }
        const std::size_t start = i;
        while (i + 1 < n && g.df[i + 1] < 0)
            ++i;
        auto negative = [&](double m) { return fp(m) < 0; };
        const bool toMinusInf = std::all_of(g.df.begin(), g.df.begin() + std::ptrdiff_t(start),
                                            [](double v) { return v <= 0; }) &&
                                pr.saturation.left == Saturation::Soft;
        const bool toPlusInf = std::all_of(g.df.begin() + std::ptrdiff_t(i + 1), g.df.end(),
                                           [](double v) { return v <= 0; }) &&
                               pr.saturation.right == Saturation::Soft;
        const double lo =
            start == 0 || toMinusInf ? -inf : snap(bisect(g.x[start - 1], g.x[start], negative));
        const double hi =
            i + 1 == n || toPlusInf ? inf : snap(bisect(g.x[i], g.x[i + 1], negative));
        pr.decreasing.push_back({lo, hi});
        ++i;
    }
    const bool anyPositive = std::any_of(g.df.begin(), g.df.end(), [](double v) { return v > 0; });
    pr.monotonic = pr.decreasing.empty() || !anyPositive;
    pr.increasing = pr.decreasing.empty();

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

    pr.odd = at0.f == 0.0;
    for (double x : {0.3, 1.7, 4.2, 11.0, 25.0}) {
        const double l = evaluate(a, -x, p).f, r = evaluate(a, x, p).f;
        pr.odd = pr.odd && std::fabs(l + r) <= 1e-12 * (1.0 + std::fabs(r));
    }
    pr.bothSigns = pr.lower.value < 0 && pr.upper.value > 0;

    // sup |f'|: over the grid, at the stationary points of f' (sign changes of f''), and as a
    // limit; then where it is attained, as a plateau or a point.
    double best = -1, bestAt = 0;
    auto take = [&](double x, double v) {
        if (std::fabs(v) > best) best = std::fabs(v), bestAt = x;
    };
    for (std::size_t i = 0; i < n; ++i)
        take(g.x[i], g.df[i]);
    for (std::size_t i = g.denseBegin; i + 1 < g.denseEnd; ++i) {
        if (sign(g.d2f[i]) * sign(g.d2f[i + 1]) >= 0) continue;
        const int s0 = sign(g.d2f[i]);
        const double x =
            bisect(g.x[i], g.x[i + 1], [&](double m) { return sign(evaluate(a, m, p).d2f) == s0; });
        take(x, fp(x));
    }
    take(-inf, atMinusInf.df); // a limit counts only when nothing finite reaches it
    take(inf, atPlusInf.df);
    pr.maxSlope = best;
    pr.maxSlopeAt = {bestAt, bestAt};
    if (std::isfinite(bestAt)) {
        // Extend over a plateau of exactly that slope (ReLU: all x > 0).
        auto same = [&](double m) { return std::fabs(fp(m)) == best; };
        std::size_t i = std::size_t(std::lower_bound(g.x.begin(), g.x.end(), bestAt) - g.x.begin());
        if (i < n && g.x[i] == bestAt && same(bestAt)) {
            std::size_t l = i, r = i;
            while (l > 0 && same(g.x[l - 1]))
                --l;
            while (r + 1 < n && same(g.x[r + 1]))
                ++r;
            if (r > l) {
                pr.maxSlopeAt.lo = l == 0 ? -inf : snap(bisect(g.x[l - 1], g.x[l], same));
                pr.maxSlopeAt.hi = r + 1 == n ? inf : snap(bisect(g.x[r], g.x[r + 1], same));
            }
        }
    }
    return pr;
}

} // namespace ae
