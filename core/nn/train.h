// One training run of the depth experiment: a network of one depth, one function, one seed,
// trained on a Dataset and scored. Called by experiment.h's sweep (window and command line).
#pragma once

#include "core/activation.h"
#include "core/nn/dataset.h"
#include "core/nn/mlp.h"
#include "core/nn/optimizer.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

namespace ae::nn {

struct TrainConfig {
    int width = 32;
    bool batchNorm = false;
    double dropout = 0.0;
    Init init = Init::Glorot;
    OptimizerConfig optimizer;
    int batch = 32;
    int epochs = 10;
    // The paper preset's convolutional stem before the dense blocks (conv.h); `depth` then counts
    // the layers with weights (conv, conv, the dense blocks, the output: depth − 3 dense blocks).
    StemConfig stem;
};

struct RunResult {
    std::string function;
    int depth = 0;
    std::uint64_t seed = 0;
    double trainAccuracy = 0;
    double testAccuracy = 0;
    double finalLoss = 0; // mean training loss of the last epoch (NaN once diverged)
    double seconds = 0;
    std::vector<double> trainLoss, testLoss; // per epoch
    bool cancelled = false;
};

struct RunProgress {
    int epoch = 0; // 0-based, of config.epochs
    int batch = 0; // done in this epoch, of batches
    int batches = 0;
    double loss = 0;     // running mean over this epoch
    double stepLoss = 0; // of the batch just trained on (before its update)
    // The finished epochs' mean training and test losses so far (RunResult's, as they grow):
    // for a live loss chart.
    std::span<const double> trainLoss, testLoss;
};

// Deterministic for a seed: weights, batch order and dropout come from their own streams of it,
// and a run is single-threaded. `cancel` is polled after every batch and evaluation and between
// the layers of every pass (Mlp::setCancel); a run it stops comes back with `cancelled` set.
// `progress` (optional) is called after every batch, on the calling thread. `trained` (optional)
// is handed the trained network before the run returns (not when cancelled): the decision
// region of a run is read from it without keeping every run's network.
RunResult trainOne(const Dataset& data, const Activation& activation,
                   const std::vector<double>& params, const TrainConfig& config, int depth,
                   std::uint64_t seed, const std::atomic<bool>* cancel = nullptr,
                   const std::function<void(const RunProgress&)>& progress = {},
                   const std::function<void(Mlp&)>& trained = {});

} // namespace ae::nn
