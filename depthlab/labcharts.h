// The depth lab's charts, drawn into QCustomPlots from the lab model's data: the gradient flow of
// a fresh network (three panels) and the depth experiment's test accuracy against depth. Each
// function keeps the colour it has in the explorer (Scene::colorIndex).
#pragma once

#include "core/nn/train.h"
#include "depthlab/labmodel.h"

#include <vector>

class QCustomPlot;

namespace ae {

class Scene;

// ‖∂L/∂(layer input)‖ per layer on a log axis; the share of saturated units per layer; and the
// textbook picture |f′(x)|^L against L. Functions without a picture (no curve yet) are skipped.
void drawGradientNorms(QCustomPlot* plot, const Scene& scene, const std::vector<FlowCurve>& flow);
void drawSaturatedShare(QCustomPlot* plot, const Scene& scene, const std::vector<FlowCurve>& flow);
void drawSlopePowers(QCustomPlot* plot, const Scene& scene, double x, int depth);

// One function's per-layer histograms at initialisation (FlowCurve's): of the outputs f(u), or of
// log₁₀|∂L/∂(layer input)| when `gradients`. A handful of layers from the first to the last,
// one line each, coloured from the input (dark) to the output (light); the share of the
// layer's values per bin on the y axis, so layers of different widths compare.
void drawHistograms(QCustomPlot* plot, const Scene& scene, const FlowCurve* curve, bool gradients);
// The layers drawHistograms shows of `depth`: at most five, evenly spread, first and last always.
std::vector<int> histogramLayers(int depth);

// One function's output landscape as a heat map over the spec's square, titled with its name.
void drawLandscape(QCustomPlot* plot, const Scene& scene, const FlowCurve& curve,
                   const nn::LandscapeSpec& spec);

} // namespace ae
