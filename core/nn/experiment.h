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
    double fraction = 0;   // of the sweep's work (a run weighs epochs × depth)
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

// Problems with a configuration (unknown function, bad numbers), or "" when it can run.
std::string validate(const ExperimentConfig& config, const FunctionLookup& lookup);

// The CSV contract: header and rows `function,depth,seed,train_accuracy,test_accuracy,
// final_loss,seconds`; parseCsvRow reads a row back (for resuming).
std::string csvHeader();
std::string csvRow(const RunResult& r);
std::optional<RunResult> parseCsvRow(const std::string& line);

} // namespace ae::nn
