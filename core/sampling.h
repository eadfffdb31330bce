// Sampling: evaluates one activation on an even grid into contiguous arrays. Fed from the
// catalogue, read by the plot view, the CLI and saturation analysis; it knows nothing of plots.
#pragma once

#include "activation.h"

#include <cstddef>
#include <span>
#include <vector>

namespace ae {

struct Samples {
    std::vector<double> x, f, df, d2f;
};

// n evenly spaced points from xmin to xmax inclusive (n >= 2). Reuses out's capacity, so a
// slider drag re-sampling the same range allocates nothing.
void sample(const Activation& a, std::span<const double> params, double xmin, double xmax,
            std::size_t n, Samples& out);

// Indices i where y jumps between x[i] and x[i+1]: the change is not explained by the slope dy
// at either end (trapezoid rule), as at ReLU′ at 0. Plots break the line there instead of
// drawing a vertical segment the function never takes.
std::vector<std::size_t> jumps(std::span<const double> x, std::span<const double> y,
                               std::span<const double> dy);

// The i-th of n evenly spaced points, computed so the last one is exactly xmax.
inline double gridPoint(double xmin, double xmax, std::size_t i, std::size_t n) {
    const double t = static_cast<double>(i) / static_cast<double>(n - 1);
    return i + 1 == n ? xmax : xmin + (xmax - xmin) * t;
}

} // namespace ae
