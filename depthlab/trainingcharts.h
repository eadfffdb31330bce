// The depth experiment's charts of single runs: the live training and test loss of the run in
// progress, and the decision region of a finished run on a 2-D set.
#pragma once

#include "depthlab/labmodel.h"
#include "depthlab/regionmodel.h"

class QCustomPlot;

namespace ae {

class Scene;

// "Mish, depth 12, seed 2", the function under its display name.
QString runName(const Scene& scene, const nn::RunKey& run);

// The loss of `run` against epochs: every batch's training loss (thin, light), the epochs' mean
// training loss (solid) and test loss (dashed), in the function's colour; titled with the run
// and where it is. `sweepRunning` tells a run cut short by Cancel from one still training.
void drawLiveLoss(QCustomPlot* plot, const Scene& scene, const LiveRun& run, bool sweepRunning);

// The classes `regions`' network predicts over its grid (light colours, one per class) with the
// training points (filled) and test points (hollow) on top, titled with the run and its test
// accuracy. `hint` is the title while there is no region (what to do, or why there is none).
void drawDecisionRegion(QCustomPlot* plot, const Scene& scene, const DecisionRegionModel& regions,
                        const QString& hint);

// The colour of class k: a point in full colour, the region's in a light tint of it.
QColor classColor(int k, bool region);

} // namespace ae
