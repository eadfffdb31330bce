// The depth experiment's figure — test accuracy against depth, one line and min–max band per
// function — drawn from finished runs (core/nn) onto any QCustomPlot: the lab's chart and the
// command line's --export both come through here, so the window and the notes show one figure.
#pragma once

#include "core/nn/experiment.h"
#include "model/figureoptions.h"

#include <QString>

#include <string>
#include <vector>

class QCustomPlot;

namespace ae {

class Scene;
struct Theme;

// Mean test accuracy per depth in the order of `functions` (each in its explorer colour), the
// seeds' min–max band behind it, and the chance level (dashed) when classes > 0.
void drawAccuracy(QCustomPlot* plot, const Scene& scene, const Theme& theme,
                  const std::vector<std::string>& functions,
                  const std::vector<nn::RunResult>& results, int classes);

// Background, axes, grid and legend in the theme's colours (a transparent background on request).
void applyChartTheme(QCustomPlot* plot, const Theme& theme, bool transparent);

// One line saying what was trained ("digits · width 32 · BatchNorm · dropout 0.25 · SGD lr 0.05
// momentum 0.9 · batch 32 · 20 epochs · 3 seeds"): a figure in someone's notes must say it.
QString experimentSummary(const nn::ExperimentConfig& config);

// The figure of a sweep as a file (.png .jpg .svg .pdf), written atomically: title (options'
// or "Test accuracy against depth"), the summary line, the chart in the options' theme and size.
// False with *error saying why.
bool exportAccuracyFigure(const QString& path, const Scene& scene,
                          const nn::ExperimentConfig& config,
                          const std::vector<nn::RunResult>& results, const FigureOptions& options,
                          QString* error);

} // namespace ae
