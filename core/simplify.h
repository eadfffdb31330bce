// Polyline simplification for drawing: drops samples that lie within a tolerance of the line
// through their neighbours (Ramer–Douglas–Peucker), so a curve sampled once per pixel is drawn
// with the few dozen vertices it visibly has. Used by the plot before handing data to QCustomPlot.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

namespace ae {

// Indices of the points to keep, in order. Distances are measured with x scaled by 1/tolX and
// y by 1/tolY (the size of a tolerance in data units, e.g. 0.1 px), and a point stays if it is
// farther than 1 from the chord. Non-finite y values split the line: they are always kept, and
// so are the finite points next to them, so gaps stay gaps.
std::vector<std::size_t> simplifyPolyline(std::span<const double> x, std::span<const double> y,
                                          double tolX, double tolY);

} // namespace ae
