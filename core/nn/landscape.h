// The output landscape of a small random network (2 → 64 → 32 → 16 → 1, the activation after
// every layer), as in the Mish repository's figure: read by the depth lab's heat maps. The same
// seed gives the same weights for every function, so the maps differ by the activation alone.
#pragma once

#include "core/activation.h"

#include <cstdint>
#include <vector>

namespace ae::nn {

struct LandscapeSpec {
    int resolution = 120;       // points per side
    double lo = 0.0, hi = 10.0; // the square [lo, hi]² (the repository's figure: [0, 10]²)
    std::uint64_t seed = 1;
};

// resolution² outputs, row after row from (lo, lo): value (i, j) is at x = lo + i·step
// (column), y = lo + j·step (row). Weights standard normal, as in the repository's script (a
// Glorot scale leaves every map a near-linear ramp over [0, 10]²), biases uniform in ±1 (with
// zero biases a ReLU network is positively homogeneous and its map only radial).
std::vector<float> outputLandscape(const Activation& activation, const std::vector<double>& params,
                                   const LandscapeSpec& spec);

} // namespace ae::nn
