#include "simplify.h"
#include "cpustate.h"

#include <cmath>
#include <utility>

namespace ae {
namespace {

void simplifyRun(std::span<const double> x, std::span<const double> y, double sx, double sy,
                 std::size_t first, std::size_t last, std::vector<char>& keep) {
    keep[first] = keep[last] = 1;
    std::vector<std::pair<std::size_t, std::size_t>> stack{{first, last}};
    while (!stack.empty()) {
        const auto [a, b] = stack.back();
        stack.pop_back();
        if (b <= a + 1) continue;
        const double ax = x[a] * sx, ay = y[a] * sy;
        const double dx = x[b] * sx - ax, dy = y[b] * sy - ay;
        const double len = std::hypot(dx, dy);
        double worst = 0;
        std::size_t at = a;
        for (std::size_t i = a + 1; i < b; ++i) {
            const double px = x[i] * sx - ax, py = y[i] * sy - ay;
            // Distance to the chord; to the end point when the chord has no length.
            const double d = len > 0 ? std::fabs(px * dy - py * dx) / len : std::hypot(px, py);
            if (d > worst) worst = d, at = i;
        }
        if (worst > 1.0) {
            keep[at] = 1;
            stack.push_back({a, at});
            stack.push_back({at, b});
        }
    }
}

} // namespace

std::vector<std::size_t> simplifyPolyline(std::span<const double> x, std::span<const double> y,
                                          double tolX, double tolY) {
    clearVectorUpperState();
    const std::size_t n = std::min(x.size(), y.size());
    std::vector<std::size_t> out;
    if (n == 0) return out;
    if (!(tolX > 0) || !(tolY > 0) || !std::isfinite(tolX) || !std::isfinite(tolY)) {
        for (std::size_t i = 0; i < n; ++i)
            out.push_back(i);
        return out;
    }
    std::vector<char> keep(n, 0);
    const double sx = 1.0 / tolX, sy = 1.0 / tolY;
    std::size_t i = 0;
    while (i < n) {
        if (!std::isfinite(y[i])) {
            keep[i] = 1;
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j + 1 < n && std::isfinite(y[j + 1]))
            ++j;
        simplifyRun(x, y, sx, sy, i, j, keep);
        i = j + 1;
    }
    for (std::size_t k = 0; k < n; ++k)
        if (keep[k]) out.push_back(k);
    return out;
}

} // namespace ae
