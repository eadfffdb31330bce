#include "saturation.h"
#include "cpustate.h"

#include "bracket.h"

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

    std::size_t j = 1;
    while (j < n && fp(at(j)) == 0.0)
        ++j;
    if (j == n) return Saturation::Hard; // f' vanishes everywhere
    if (j == 1) return Saturation::Soft; // still non-zero at ±2^1023: decays without a cut
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

std::vector<VanishingInterval> vanishingIntervals(const Activation& a,
                                                  std::span<const double> params, double xmin,
                                                  double xmax, double epsilon, std::size_t grid) {
    clearVectorUpperState();
    std::vector<VanishingInterval> out;
    if (!(xmin < xmax) || !std::isfinite(xmin) || !std::isfinite(xmax) || !(epsilon > 0.0) ||
        grid < 2)
        return out;

    auto fp = [&](double x) { return slope(a, params, x); };
    auto inside = [&](double x) { return std::fabs(fp(x)) < epsilon; };
    auto boundary = [&](double lo, double hi) {
        auto [l, h] = bisectBracket(lo, hi, inside);
        return 0.5 * (l + h);
    };
    // Beyond the range, does |f'| stay below ε all the way to infinity?
    auto tailBeyond = [&](double edge, bool left) {
        for (double x : probePoints())
            if ((left ? x < edge : x > edge) && !inside(x)) return false;
        return true;
    };

    std::vector<double> xs(grid), d(grid);
    for (std::size_t i = 0; i < grid; ++i) {
        const double t = static_cast<double>(i) / static_cast<double>(grid - 1);
        xs[i] = i + 1 == grid ? xmax : xmin + (xmax - xmin) * t;
        d[i] = fp(xs[i]);
    }
    auto in = [&](std::size_t i) { return std::fabs(d[i]) < epsilon; };

    auto finish = [&](double lo, double hi, bool clipL, bool clipR) {
        bool hard = true;
        for (std::size_t i = 0; i < grid && hard; ++i)
            if (xs[i] >= lo && xs[i] <= hi && d[i] != 0.0) hard = false;
        hard = hard && fp(0.5 * (lo + hi)) == 0.0;
        const bool tail = (clipL && tailBeyond(xmin, true)) || (clipR && tailBeyond(xmax, false));
        out.push_back({lo, hi, clipL, clipR, hard, tail});
    };

    std::size_t i = 0;
    while (i < grid) {
        if (in(i)) {
            const std::size_t start = i;
            while (i + 1 < grid && in(i + 1))
                ++i;
            const double lo = start == 0 ? xmin : boundary(xs[start - 1], xs[start]);
            const double hi = i + 1 == grid ? xmax : boundary(xs[i], xs[i + 1]);
            finish(lo, hi, start == 0, i + 1 == grid);
            ++i;
            continue;
        }
        // A narrow dip through f' = 0 can fall between two grid points that are both outside.
        if (i + 1 < grid && !in(i + 1) && std::signbit(d[i]) != std::signbit(d[i + 1]) &&
            std::isfinite(d[i]) && std::isfinite(d[i + 1])) {
            auto [l, h] = bisectBracket(xs[i], xs[i + 1], [&](double x) {
                return std::signbit(fp(x)) == std::signbit(d[i]);
            });
            const double c = std::fabs(fp(l)) < std::fabs(fp(h)) ? l : h;
            if (inside(c)) finish(boundary(xs[i], c), boundary(c, xs[i + 1]), false, false);
        }
        ++i;
    }
    return out;
}

} // namespace ae
