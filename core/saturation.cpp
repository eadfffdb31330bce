#include "saturation.h"
#include "cpustate.h"

#include "bracket.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ae {
namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

double slope(const Activation& a, std::span<const double> p, double x) {
    return evaluate(a, x, p).df;
}

// Probe points from -inf to +inf: ±2^k for k = 1023 … -20 and 0. They reach far enough out that
// any soft tail has underflowed to 0 by the outermost probe, and close enough in to find kinks.
std::vector<double> probes() {
    std::vector<double> v;
    v.push_back(-inf);
    for (int k = 1023; k >= -20; --k)
        v.push_back(-std::ldexp(1.0, k));
    v.push_back(0.0);
    for (int k = -20; k <= 1023; ++k)
        v.push_back(std::ldexp(1.0, k));
    v.push_back(inf);
    return v;
}

const std::vector<double>& probePoints() {
    static const std::vector<double> p = probes();
    return p;
}

// Walks in from one end until f' stops being exactly 0. A soft tail leaves exact zeros only
// where f' has underflowed, so the first non-zero value there is subnormal-small; a hard side
// jumps from exactly 0 to an ordinary value.
Saturation classifySide(const Activation& a, std::span<const double> p, bool left) {
    const auto& pts = probePoints();
    const std::size_t n = pts.size();
    auto at = [&](std::size_t i) { return left ? pts[i] : pts[n - 1 - i]; };
    auto fp = [&](double x) { return slope(a, p, x); };

    const double limit = fp(at(0));
    const double far = fp(at(4)); // ±2^1020
    if (!(limit == 0.0 && std::fabs(far) < 1e-12)) return Saturation::None;

    if (fp(at(1)) != 0.0) return Saturation::Soft; // still non-zero at ±2^1023: no cut
    // The zeros run for hundreds of octaves (a soft tail's underflow, or all of a hard side):
    // striding over them and walking the last stride one probe at a time costs a tenth of the
    // evaluations of walking them all, on every parameter step of a drag.
    constexpr std::size_t stride = 16;
    std::size_t j = 2;
    while (j + stride < n && fp(at(j + stride)) == 0.0)
        j += stride;
    while (j < n && fp(at(j)) == 0.0)
        ++j;
    if (j == n) return Saturation::Hard; // f' vanishes everywhere
    auto [zeroSide, nonzeroSide] =
        bisectBracket(at(j - 1), at(j), [&](double x) { return fp(x) == 0.0; });
    (void)zeroSide;
    return std::fabs(fp(nonzeroSide)) > 1e-200 ? Saturation::Hard : Saturation::Soft;
}

} // namespace

SaturationClass classifySaturation(const Activation& a, std::span<const double> params) {
    clearVectorUpperState();
    return {classifySide(a, params, true), classifySide(a, params, false)};
}

namespace {

struct Point {
    double x;
    double df;
    double d2f;
};

int sgn(double v) {
    return (v > 0) - (v < 0);
}

// The magnitudes of the cutting grid: 2^(k/perOctave) within [lo, hi] (lo > 0). perOctave may
// be below 1: 1/16 cuts once every 16 octaves.
void magnitudes(double lo, double hi, double perOctave, std::vector<double>& out) {
    const int k0 = int(std::floor(std::log2(lo) * perOctave)),
              k1 = int(std::ceil(std::log2(hi) * perOctave));
    for (int k = k0; k <= k1; ++k) {
        const double m = std::exp2(k / perOctave);
        if (m > lo && m < hi) out.push_back(m);
    }
}

// Sorted points of (lo, hi) cutting it into cells: 0 and ±2^(k/perOctave) for |x| from 2^-20
// to max |x|.
std::vector<double> cuts(double lo, double hi, double perOctave) {
    std::vector<double> m;
    const double top = std::fmax(std::fabs(lo), std::fabs(hi));
    if (top > 0x1p-20) magnitudes(0x1p-20, top, perOctave, m);
    std::vector<double> out;
    for (auto it = m.rbegin(); it != m.rend(); ++it)
        if (-*it > lo && -*it < hi) out.push_back(-*it);
    if (lo < 0.0 && hi > 0.0) out.push_back(0.0);
    for (double v : m)
        if (v > lo && v < hi) out.push_back(v);
    return out;
}

// The points of [lo, hi] between which |f'| is monotonic: the cuts, plus in each cell the root
// of f'' (an extremum of f'), the root of f' and both sides of a jump of f'. A jump is suspected
// where the change of f' across a cell is not what f'' at its ends says (trapezoid rule).
std::vector<Point> monotonicPieces(const Activation& a, std::span<const double> p, double lo,
                                   double hi, double perOctave, double scale) {
    auto at = [&](double x) {
        const Derivs d = evaluate(a, x, p);
        return Point{x, d.df, d.d2f};
    };
    std::vector<double> xs{lo};
    for (double c : cuts(lo, hi, perOctave))
        xs.push_back(c);
    xs.push_back(hi);
    std::vector<Point> pts;
    pts.reserve(xs.size() + 16);
    Point prev = at(xs[0]);
    pts.push_back(prev);
    for (std::size_t i = 1; i < xs.size(); ++i) {
        const Point next = at(xs[i]);
        std::vector<Point> inner;
        if (sgn(prev.d2f) * sgn(next.d2f) < 0 && std::isfinite(prev.d2f) &&
            std::isfinite(next.d2f)) {
            const int s0 = sgn(prev.d2f);
            const auto [l, h] = bisectToAdjacent(
                prev.x, next.x, [&](double m) { return sgn(evaluate(a, m, p).d2f) == s0; });
            inner.push_back(at(l));
            inner.push_back(at(h));
        }
        if (sgn(prev.df) * sgn(next.df) < 0 && std::isfinite(prev.df) && std::isfinite(next.df)) {
            const int s0 = sgn(prev.df);
            const auto [l, h] = bisectToAdjacent(
                prev.x, next.x, [&](double m) { return sgn(evaluate(a, m, p).df) == s0; });
            inner.push_back(at(l));
            inner.push_back(at(h));
        }
        const double w = next.x - prev.x;
        const double predicted = 0.5 * w * (prev.d2f + next.d2f);
        const double change = next.df - prev.df;
        if (!(std::fabs(change - predicted) <=
              1e-3 * std::fmax(scale, std::fmax(std::fabs(prev.df), std::fabs(next.df))))) {
            const auto [l, h] = bisectToAdjacent(prev.x, next.x, [&](double m) {
                const double d = evaluate(a, m, p).df;
                return std::fabs(d - prev.df) <= std::fabs(d - next.df);
            });
            inner.push_back(at(l));
            inner.push_back(at(h));
        }
        std::sort(inner.begin(), inner.end(),
                  [](const Point& l, const Point& r) { return l.x < r.x; });
        for (const Point& q : inner)
            if (q.x > pts.back().x && q.x < next.x) pts.push_back(q);
        pts.push_back(next);
        prev = next;
    }
    return pts;
}

} // namespace

std::vector<VanishingInterval> vanishingIntervals(const Activation& a,
                                                  std::span<const double> params, double xmin,
                                                  double xmax, double epsilon) {
    clearVectorUpperState();
    std::vector<VanishingInterval> out;
    if (!(xmin < xmax) || !std::isfinite(xmin) || !std::isfinite(xmax) || !(epsilon > 0.0))
        return out;
    auto inside = [&](double x) { return std::fabs(slope(a, params, x)) < epsilon; };

    // Cut where |f'| may turn, then at every crossing of ε: between neighbouring points the
    // membership is then constant.
    const std::vector<Point> pieces = monotonicPieces(a, params, xmin, xmax, 32, epsilon);
    std::vector<std::pair<double, bool>> pts; // x, |f'(x)| < ε
    pts.reserve(pieces.size() + 8);
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        const bool in = std::fabs(pieces[i].df) < epsilon;
        if (i > 0 && in != pts.back().second) {
            const auto [l, h] = bisectToAdjacent(pieces[i - 1].x, pieces[i].x, inside);
            if (l > pts.back().first) pts.push_back({l, !in});
            if (h < pieces[i].x) pts.push_back({h, in});
        }
        pts.push_back({pieces[i].x, in});
    }

    // Beyond the range: does |f'| stay below ε all the way to infinity? Its maxima there are
    // at the roots of f'' (a coarser grid suffices: nothing in the catalogue turns that far out),
    // four cuts an octave out to |x| = 2^64 and one every 16 octaves beyond: the thousand
    // octaves past 2^64 at four cuts each were 60 % of this function's evaluations, on every β
    // step of a drag, and at one cut each still a third.
    auto below = [&](double lo, double hi, double perOctave) {
        if (!(lo < hi)) return true;
        const auto beyond = monotonicPieces(a, params, lo, hi, perOctave, epsilon);
        return std::all_of(beyond.begin(), beyond.end(),
                           [&](const Point& q) { return std::fabs(q.df) < epsilon; });
    };
    auto tailBeyond = [&](bool left) {
        const double edge = left ? xmin : xmax, far = left ? -0x1p1023 : 0x1p1023;
        if (!inside(left ? -inf : inf) || !inside(far)) return false;
        if (left ? !(far < edge) : !(edge < far)) return true;
        constexpr double mid = 0x1p64;
        if (left)
            return below(std::fmin(-mid, edge), edge, 4) &&
                   below(far, std::fmin(-mid, edge), 1.0 / 16);
        return below(edge, std::fmax(mid, edge), 4) && below(std::fmax(mid, edge), far, 1.0 / 16);
    };
    const SaturationClass sides = classifySaturation(a, params);

    for (std::size_t i = 0; i < pts.size();) {
        if (!pts[i].second) {
            ++i;
            continue;
        }
        const std::size_t start = i;
        bool allZero = true;
        while (i < pts.size() && pts[i].second) {
            allZero = allZero && slope(a, params, pts[i].first) == 0.0;
            ++i;
        }
        VanishingInterval iv{};
        iv.lo = pts[start].first;
        iv.hi = pts[i - 1].first;
        iv.clippedLeft = start == 0;
        iv.clippedRight = i == pts.size();
        const bool leftTail = iv.clippedLeft && tailBeyond(true);
        const bool rightTail = iv.clippedRight && tailBeyond(false);
        iv.tail = leftTail || rightTail;
        // Exact zeros in a soft tail are underflow, not a hard cut.
        iv.hard = allZero && !(leftTail && sides.left == Saturation::Soft) &&
                  !(rightTail && sides.right == Saturation::Soft);
        out.push_back(iv);
    }
    return out;
}

} // namespace ae
