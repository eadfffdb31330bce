// The points where analyseProperties (properties.cpp) looks at a function — dense near the
// origin, log-spaced out to 2^1023 — and one function's values there, evaluated once per analysis.
#pragma once

#include "activation.h"

#include <cstddef>
#include <span>
#include <vector>

namespace ae::detail {

// Where the analysis looks: the same points for every function and parameter.
struct GridPoints {
    std::vector<double> x;
    std::size_t denseBegin = 0, denseEnd = 0; // [begin, end) indices of the dense part
};

// One function's values on the grid. The value vectors belong to makeGrid's thread-local
// workspace: valid until the next makeGrid on the same thread (analyseProperties does not
// nest).
struct Grid {
    const std::vector<double>& x;
    const std::vector<double>& f;
    const std::vector<double>& df;
    const std::vector<double>& d2f;
    std::size_t denseBegin, denseEnd;
};

const GridPoints& gridPoints();
Grid makeGrid(const Activation& a, std::span<const double> p);

} // namespace ae::detail
