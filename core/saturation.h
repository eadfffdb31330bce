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

// A maximal interval of [xmin, xmax] on which |f'(x)| < ε. lo and hi are the outermost doubles
// inside it: a boundary within the range lies between hi and the next double up (lo and the
// next one down). A boundary at the range edge is flagged as clipped.
struct VanishingInterval {
    double lo;
    double hi;
    bool clippedLeft;  // continues beyond xmin
    bool clippedRight; // continues beyond xmax
    bool hard;         // f' is exactly 0 on the whole interval
    bool tail;         // part of the saturating tail (reaches ±inf), not a dip around f' = 0
};

// Found from the structure of f', not from a sampling of the view: [xmin, xmax] is cut at a
// grid 32 points an octave in |x| (and 0), then each cell at the roots of f' and f'' and at jumps
// of f' inside it, so that |f'| is monotonic between cuts; the crossings of ε are then bisected
// to adjacent doubles. Correct for any view the app accepts (|x| <= 1e6, 1e-9 relative width).
std::vector<VanishingInterval> vanishingIntervals(const Activation& a,
                                                  std::span<const double> params, double xmin,
                                                  double xmax, double epsilon);

} // namespace ae
