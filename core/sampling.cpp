#include "sampling.h"
#include "cpustate.h"

#include <cmath>

namespace ae {

void sample(const Activation& a, std::span<const double> params, double xmin, double xmax,
            std::size_t n, Samples& out) {
    clearVectorUpperState();
    out.x.resize(n);
    out.f.resize(n);
    out.df.resize(n);
    out.d2f.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double x = gridPoint(xmin, xmax, i, n);
        const Derivs d = evaluate(a, x, params);
        out.x[i] = x;
        out.f[i] = d.f;
        out.df[i] = d.df;
        out.d2f[i] = d.d2f;
    }
}

std::vector<std::size_t> jumps(std::span<const double> x, std::span<const double> y,
                               std::span<const double> dy) {
    clearVectorUpperState();
    std::vector<std::size_t> out;
    double lo = INFINITY, hi = -INFINITY;
    // v is finite here: plain comparisons, which compile inline (std::fmin and std::fmax are
    // calls into libm, a tenth of the properties analysis; perf).
    for (double v : y)
        if (std::isfinite(v)) lo = std::min(lo, v), hi = std::max(hi, v);
    // Near an extremum both slopes are tiny and so is the change; only a change that is visible
    // at the scale of the whole curve can be a jump.
    const double visible = 1e-3 * (hi - lo);
    for (std::size_t i = 0; i + 1 < x.size(); ++i) {
        const double h = x[i + 1] - x[i];
        const double change = y[i + 1] - y[i];
        if (!std::isfinite(change) || !(std::fabs(change) > visible)) continue;
        const double predicted = 0.5 * h * (dy[i] + dy[i + 1]);
        // Both end slopes must be far too small for the change: a steep but smooth stretch has
        // a large slope at one end at least.
        const double slopeReach = h * std::fmax(std::fabs(dy[i]), std::fabs(dy[i + 1]));
        if (std::fabs(change - predicted) > 0.5 * std::fabs(change) &&
            slopeReach < 0.1 * std::fabs(change))
            out.push_back(i);
    }
    return out;
}

} // namespace ae
