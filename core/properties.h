// Properties of one activation at given parameters, computed from its evaluator (not typed in):
// output range, monotonicity, smoothness, symmetry, slopes, extrema, saturation. Read by the
// UI's properties panel and overlays and by `--properties`.
#pragma once

#include "activation.h"
#include "saturation.h"

#include <span>
#include <vector>

namespace ae {

struct Bound {
    double value;  // ±inf when unbounded on that side
    bool attained; // closed end: reached at a finite x (not only as a limit)
};

struct Extremum {
    double x;
    double f;
    bool minimum; // otherwise a maximum
};

struct Interval {
    double lo; // may be -inf
    double hi; // may be +inf
};

enum class Smoothness {
    Discontinuous, // f itself jumps
    C0,            // f continuous, f' jumps (kinks)
    C1,            // f' continuous, f'' jumps
    Smooth         // no jump found in f, f', f'' (the catalogue's smooth functions are C∞)
};

struct Properties {
    Bound lower;
    Bound upper;
    bool monotonic = true;
    bool increasing = true;             // meaningful when monotonic
    std::vector<Interval> decreasing;   // where f' < 0
    std::vector<double> jumps;          // where f jumps (discontinuities)
    std::vector<double> kinks;          // where f' jumps
    std::vector<double> curvatureJumps; // where f'' jumps
    Smoothness smoothness = Smoothness::Smooth;
    double valueAtZero = 0;
    bool odd = false;              // f(-x) = -f(x): zero-centred by symmetry
    bool bothSigns = false;        // outputs negative and positive values
    double slopeAtZero = 0;        // f'(0), with the catalogue's convention at kinks
    double maxSlope = 0;           // sup |f'|
    Interval maxSlopeAt{0, 0};     // where |f'| attains it (lo == hi: one point; ±inf ends:
                                   // a plateau reaching infinity or a limit only approached)
    std::vector<Extremum> extrema; // local extrema, by root finding on f'
    SaturationClass saturation;
};

Properties analyseProperties(const Activation& a, std::span<const double> params);

} // namespace ae
