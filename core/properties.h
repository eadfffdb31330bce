// Properties of one activation at given parameters, computed from its evaluator (not typed in):
// output range, monotonicity, smoothness, symmetry, slopes, extrema, saturation. Read by the
// UI's properties panel and overlays and by `--properties`.
#pragma once

#include "activation.h"
#include "saturation.h"

#include <span>
#include <vector>

namespace ae {

// A set of reals as a union of intervals (an isolated point is [v, v]). An infinite end is
// never closed.
struct Interval {
    double lo; // may be -inf
    double hi; // may be +inf
    bool loClosed = false;
    bool hiClosed = false;
    bool isPoint() const { return lo == hi; }
};

// The hull of the range on one side.
struct Bound {
    double value;  // ±inf when unbounded on that side
    bool attained; // closed end: reached at a finite x (not only as a limit)
};

struct Extremum {
    double x; // to a few ulp of the root of f'
    double f;
    bool minimum; // otherwise a maximum
};

enum class Smoothness {
    Discontinuous, // f itself jumps
    C0,            // f continuous, f' jumps (kinks)
    C1,            // f' continuous, f'' jumps
    Smooth         // no jump found in f, f', f'' (the catalogue's smooth functions are C∞)
};

// The strongest true statement about the order of f.
enum class Monotonicity {
    StrictlyIncreasing, // f' > 0 but at isolated points, every jump upwards
    NonDecreasing,      // also flat pieces (f' = 0 on an interval)
    StrictlyDecreasing,
    NonIncreasing,
    Constant,
    None
};

// Where sup |f'| is reached: on `at` (points and intervals) and/or only as a limit.
struct SlopeMaxima {
    std::vector<Interval> at;          // where |f'| equals its sup (empty: never reached)
    bool approachedAtMinusInf = false; // |f'| -> sup as x -> -inf (without reaching it there)
    bool approachedAtPlusInf = false;
};

struct Properties {
    std::vector<Interval> range; // the image of f, ascending, disjoint
    Bound lower;                 // its hull
    Bound upper;
    Monotonicity monotonicity = Monotonicity::StrictlyIncreasing;
    bool monotonic = true;
    bool increasing = true;             // meaningful when monotonic (non-decreasing at least)
    std::vector<Interval> decreasing;   // where f' < 0, ends to a few ulp
    std::vector<double> jumpsDown;      // where f jumps downwards (breaks "increasing")
    std::vector<double> jumps;          // where f jumps (discontinuities)
    std::vector<double> kinks;          // where f' jumps
    std::vector<double> curvatureJumps; // where f'' jumps
    Smoothness smoothness = Smoothness::Smooth;
    double valueAtZero = 0;
    bool odd = false;              // f(-x) = -f(x): zero-centred by symmetry
    bool bothSigns = false;        // outputs negative and positive values
    double slopeAtZero = 0;        // f'(0), with the catalogue's convention at kinks
    double maxSlope = 0;           // sup |f'|
    SlopeMaxima maxSlopeAt;        // where
    std::vector<Extremum> extrema; // local extrema, by root finding on f'
    SaturationClass saturation;
};

Properties analyseProperties(const Activation& a, std::span<const double> params);

} // namespace ae
