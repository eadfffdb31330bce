// Saturation analysis after the article's definitions, computed from an activation's derivative:
// which sides saturate (f' -> 0 as x -> ±inf), hard or soft, and where |f'| < ε in a range.
#pragma once

#include "activation.h"

#include <span>
#include <vector>

namespace ae {

enum class Saturation { None, Soft, Hard };

struct SaturationClass {
    Saturation left = Saturation::None;  // x -> -inf
    Saturation right = Saturation::None; // x -> +inf
};

SaturationClass classifySaturation(const Activation& a, std::span<const double> params);

// A maximal interval of [xmin, xmax] on which |f'(x)| < ε. Boundaries inside the range are
// located by bisection to 1e-13 relative; a boundary at the range edge is flagged as clipped.
struct VanishingInterval {
    double lo;
    double hi;
    bool clippedLeft;  // continues beyond xmin
    bool clippedRight; // continues beyond xmax
    bool hard;         // f' is exactly 0 on the whole interval
    bool tail;         // part of the saturating tail (reaches ±inf), not a dip around f' = 0
};

std::vector<VanishingInterval> vanishingIntervals(const Activation& a,
                                                  std::span<const double> params, double xmin,
                                                  double xmax, double epsilon,
                                                  std::size_t grid = 2048);

} // namespace ae
