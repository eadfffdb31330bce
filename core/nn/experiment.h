// The depth experiment: every (function, depth, seed) of a sweep trained on worker threads,
// results handed back one finished run at a time (for the chart, the CSV, the resume file).
#pragma once

#include "core/nn/train.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace ae::nn {

struct ExperimentConfig {
    std::string preset = "quick";
    DataSpec data;
    std::vector<std::string> functions;
    std::map<std::string, std::vector<double>> params; // by function id; missing: defaults
    std::vector<int> depths;
    int seeds = 3;          // repeats per point
    std::uint64_t seed = 1; // the first; repeats use seed, seed + 1, ...
    TrainConfig train;
};

// "quick": the paper's block (Dense 32 → BatchNorm → f → Dropout 0.25) on the 8×8 digits, SGD
// with momentum, 20 epochs: ReLU < Swish < Mish from ten layers on, across seeds, in well under
// a minute on two cores. (A plain MLP reverses it: Swish fails first; see docs/depth-lab.md.)
// "paper": the Mish repository's Layers_Acc notebook (Keras, MNIST) on Fashion-MNIST (MNIST is
// not packaged in Debian; the app never downloads): Conv 20@5×5 → f → Conv 50@5×5 → f →
// MaxPool 2×2 → Dropout 0.25, then N × [Dense 500 → BatchNorm → f → Dropout 0.25], Dense 10,
// softmax; SGD lr 0.01 without momentum, batch 128, 10 epochs, Glorot uniform, zero biases;
// ReLU, Swish, Mish. Depths 15…25 are the layers with weights as the paper plots them
// (2 conv + N dense + output: N = depth − 3 = 12…22, the notebook's range; TrainConfig::stem).
// Three seeds, where the notebook trained once, unseeded. About 12 GFLOP a step: 35–40 h on two
// cores (docs/depth-lab.md), resumable per run; its PyTorch export is the fast route.
// Nothing for an unknown name.
std::optional<ExperimentConfig> preset(const std::string& name);
std::vector<std::string> presetNames();

// "1:25", "1:25:2", "5,10,20" or a mix ("1,2,4:20:4"); each depth in [0, 200]. Nothing, with the
// problem in *error, for anything else.
std::optional<std::vector<int>> parseDepths(const std::string& text, std::string* error);

struct RunKey {
    std::string function;
    int depth;
    std::uint64_t seed;
    auto operator<=>(const RunKey&) const = default;
};

struct ExperimentProgress {
    int runsDone = 0;
    int runsTotal = 0;
    double fraction = 0;   // of the sweep's work (a run weighs its floating-point work: runCost)
    double elapsed = 0;    // seconds
    double remaining = -1; // estimated seconds; -1 before anything is known
    std::string running;   // e.g. "mish, depth 12, seed 2"
    // The run named in `running`, for a live loss chart: the worker thread it trains on, its
    // batches' losses since that worker's previous report (the first at index firstStep of the
    // run; 0 starts a run), its finished epochs' mean training and test losses, and whether it
    // has just finished (its last report, sent after onResult).
    RunKey run;
    int worker = 0;
    int firstStep = 0;
    int stepsPerEpoch = 0;
    std::vector<double> stepLoss, trainLoss, testLoss;
    bool runFinished = false;
};

using FunctionLookup = std::function<const Activation*(const std::string& id)>;

// Runs the sweep except the runs in `done` (a resumed sweep) on `threads` threads, each run on
// one. onResult and onProgress are called under one lock, from the worker threads. A cancelled
// run is not reported. Returns false when cancelled.
bool runExperiment(const ExperimentConfig& config, const FunctionLookup& lookup, int threads,
                   const std::set<RunKey>& done, const std::atomic<bool>* cancel,
                   const std::function<void(const RunResult&)>& onResult,
                   const std::function<void(const ExperimentProgress&)>& onProgress);

// A run's floating-point work, for weighing runs against each other in the progress and the
// ETA: multiply-adds × 2 of the stem's convolutions and the dense layers (a training step three
// forward passes' worth: the backward pass has two products per layer), plus a flat charge per
// activated unit; the per-epoch test evaluation and the final accuracies included.
struct RunCost {
    double step = 0;       // one training batch
    int stepsPerEpoch = 0; // as trainOne counts them
    double epochEval = 0;  // the test set's loss after each epoch
    double final = 0;      // train and test accuracy at the end
    int epochs = 0;
    double total() const { return epochs * (stepsPerEpoch * step + epochEval) + final; }
    // Of a run whose progress callback reported `epoch` and `batch` (trainOne's RunProgress).
    double done(int epoch, int batch) const;
};
RunCost runCost(const TrainConfig& train, int depth, int features, int classes,
                std::size_t trainSamples, std::size_t testSamples);

// Problems with a configuration (unknown function, bad numbers), or "" when it can run.
std::string validate(const ExperimentConfig& config, const FunctionLookup& lookup);

// The CSV contract: header and rows `function,depth,seed,train_accuracy,test_accuracy,
// final_loss,seconds`; parseCsvRow reads a row back (for resuming). `depth` is the run's depth
// as configured: hidden layers, or with the stem (the paper preset) the layers with weights.
std::string csvHeader();
std::string csvRow(const RunResult& r);
std::optional<RunResult> parseCsvRow(const std::string& line);

} // namespace ae::nn
