// The gradient-flow picture of the depth lab: per shown function a freshly initialised network's
// per-layer statistics, histograms and output landscape. Computed on DepthLabModel's flow worker
// (or by a caller that waits for it); no Qt beyond the ids.
#pragma once

#include "depthlab/labmodel.h"

#include <vector>

namespace ae {

struct FlowJob {
    quint64 generation = 0;
    FlowSettings settings;
    double epsilon = 0.01;
    struct Fn {
        QString id;
        Activation activation; // a copy: a function removed meanwhile stays valid here
        std::vector<double> params;
    };
    std::vector<Fn> functions;
};

// The picture for a job, on the calling thread (the worker's, or a waiting caller's).
std::vector<FlowCurve> computeFlow(const FlowJob& job);

} // namespace ae
