// Where sup |f'| is reached, for analyseProperties. The difficulty is telling a value that is
// reached from one that only rounds to it: σ(x) rounds to 1 from x ≈ 36.7 on, so Softplus'
// slope "is" 1 on a whole half-line in double precision although it never reaches 1. A run of
// |f'| = sup is a true plateau only where f'' is exactly 0 and, at its inner end, f' leaves the
// sup by a jump or a real slope rather than by an f'' that has merely underflowed.
#include "properties.h"

#include "bracket.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ae {
namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

double snapRound(double x) {
    const double r = std::round(x * 1e9) / 1e9;
    return std::fabs(r - x) < 1e-10 * std::fmax(1.0, std::fabs(x)) ? r : x;
}

int sgn(double v) {
    return (v > 0) - (v < 0);
}

bool covered(const std::vector<Interval>& set, double x) {
    return std::any_of(set.begin(), set.end(), [&](const Interval& iv) {
        return (x > iv.lo && x < iv.hi) || (x == iv.lo && iv.loClosed) ||
               (x == iv.hi && iv.hiClosed);
    });
}

} // namespace

void analyseSlopeMaxima(const Activation& a, std::span<const double> p,
                        const std::vector<double>& xs, const std::vector<double>& df,
                        const std::vector<double>& d2f, const std::vector<double>& specialPoints,
                        Properties& pr) {
    const std::size_t n = xs.size();
    auto D = [&](double x) { return evaluate(a, x, p); };
    const Derivs atMinusInf = D(-inf), atPlusInf = D(inf);

    // Stationary points of f' (strict sign changes of f''), refined to adjacent doubles.
    std::vector<double> stationary;
    {
        int lastSign = 0;
        std::size_t lastIndex = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const int s = sgn(d2f[i]);
            if (s == 0 || !std::isfinite(d2f[i])) continue;
            if (lastSign != 0 && s != lastSign) {
                if (i > lastIndex + 1 && d2f[lastIndex + 1] == 0.0) {
                    stationary.push_back(xs[lastIndex + 1]);
                } else {
                    const int before = lastSign;
                    const auto [l, h] = bisectToAdjacent(
                        xs[lastIndex], xs[i], [&](double m) { return sgn(D(m).d2f) == before; });
                    stationary.push_back(std::fabs(D(l).df) >= std::fabs(D(h).df) ? l : h);
                }
            }
            lastSign = s;
            lastIndex = i;
        }
    }

    // The sup, over everything evaluated: the grid, the stationary points, the kinks and jumps
    // (with their neighbours) and the limits.
    double best = 0;
    auto take = [&](double v) {
        if (std::isfinite(v)) best = std::max(best, std::fabs(v)); // inline, unlike std::fmax
    };
    for (double v : df)
        take(v);
    for (double x : stationary)
        take(D(x).df);
    for (double x : specialPoints)
        for (double y : {std::nextafter(x, -inf), x, std::nextafter(x, inf)})
            take(D(y).df);
    take(atMinusInf.df);
    take(atPlusInf.df);
    pr.maxSlope = best;

    SlopeMaxima& where = pr.maxSlopeAt;
    auto onPlateau = [&](double x) {
        const Derivs d = D(x);
        return std::fabs(d.df) == best && d.d2f == 0.0;
    };
    // A plateau end at its inner side: genuine if the outside double leaves the sup by its value
    // or by a real curvature; an outside |f''| below 1e-200 is an underflowed tail.
    auto genuineEnd = [&](double outside) {
        const Derivs d = D(outside);
        return std::fabs(d.df) != best || std::fabs(d.d2f) > 1e-200;
    };
    // On the grid the values are at hand: evaluating every point again took 40 % of the
    // properties analysis.
    auto onPlateauAt = [&](std::size_t i) { return std::fabs(df[i]) == best && d2f[i] == 0.0; };
    bool reachesMinusInf = false, reachesPlusInf = false;
    for (std::size_t i = 0; i < n;) {
        if (!onPlateauAt(i)) {
            ++i;
            continue;
        }
        const std::size_t start = i;
        while (i + 1 < n && onPlateauAt(i + 1))
            ++i;
        Interval iv{-inf, inf, false, false};
        bool genuine = true;
        if (start > 0) {
            const auto [o, in] =
                bisectToAdjacent(xs[start - 1], xs[start], [&](double m) { return onPlateau(m); });
            const double s = snapRound(in);
            iv.lo = s;
            iv.loClosed = onPlateau(s);
            if (i + 1 == n) genuine = genuineEnd(o);
        }
        if (i + 1 < n) {
            const auto [in, o] =
                bisectToAdjacent(xs[i], xs[i + 1], [&](double m) { return !onPlateau(m); });
            const double s = snapRound(in);
            iv.hi = s;
            iv.hiClosed = onPlateau(s);
            if (start == 0) genuine = genuineEnd(o);
        }
        ++i;
        if (!genuine) continue;
        if (iv.lo == iv.hi) iv.loClosed = iv.hiClosed = true; // a point (snapped onto)
        reachesMinusInf = reachesMinusInf || std::isinf(iv.lo);
        reachesPlusInf = reachesPlusInf || std::isinf(iv.hi);
        where.at.push_back(iv);
    }
    // Isolated points: maxima of a smooth |f'|, and conventions at kinks (Hardswish'(3) = 3/2).
    auto addPoint = [&](double x) {
        x += 0.0; // no -0
        if (std::fabs(D(x).df) == best && !covered(where.at, x))
            where.at.push_back({x, x, true, true});
    };
    for (double x : stationary)
        addPoint(x);
    for (double x : specialPoints)
        addPoint(x);
    std::sort(where.at.begin(), where.at.end(),
              [](const Interval& l, const Interval& r) { return l.lo < r.lo; });
    where.approachedAtMinusInf = std::fabs(atMinusInf.df) == best && !reachesMinusInf;
    where.approachedAtPlusInf = std::fabs(atPlusInf.df) == best && !reachesPlusInf;
}

} // namespace ae
