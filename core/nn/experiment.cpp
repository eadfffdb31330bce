#include "experiment.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <mutex>
#include <sstream>
#include <thread>

namespace ae::nn {

std::vector<std::string> presetNames() {
    return {"quick", "paper"};
}

std::optional<ExperimentConfig> preset(const std::string& name) {
    if (name == "paper") {
        ExperimentConfig c;
        c.preset = name;
        c.data.name = "fashion-mnist"; // the standard 60,000 / 10,000 split
        c.functions = {"relu", "swish", "mish"};
        for (int d = 15; d <= 25; ++d) // N = 12…22 dense blocks
            c.depths.push_back(d);
        c.seeds = 3;
        c.train.width = 500;
        c.train.batchNorm = true;
        c.train.dropout = 0.25;
        c.train.init = Init::Glorot;
        c.train.optimizer.kind = OptimizerConfig::Kind::Sgd;
        c.train.optimizer.learningRate = 0.01;
        c.train.optimizer.momentum = 0.0;
        c.train.batch = 128;
        c.train.epochs = 10;
        c.train.stem = StemConfig{true, 20, 50, 5};
        return c;
    }
    if (name != "quick") return std::nullopt;
    ExperimentConfig c;
    c.preset = name;
    c.data.name = "digits";
    c.functions = {"relu", "swish", "mish"};
    c.depths = {1, 5, 10, 15, 20, 25};
    c.seeds = 3;
    c.train.width = 32;
    c.train.batchNorm = true;
    c.train.dropout = 0.25;
    c.train.init = Init::Glorot;
    c.train.optimizer.kind = OptimizerConfig::Kind::Sgd;
    c.train.optimizer.learningRate = 0.05;
    c.train.optimizer.momentum = 0.9;
    c.train.batch = 32;
    c.train.epochs = 20;
    return c;
}

std::optional<std::vector<int>> parseDepths(const std::string& text, std::string* error) {
    auto fail = [&](const std::string& m) -> std::optional<std::vector<int>> {
        if (error) *error = "depths \"" + text + "\": " + m;
        return std::nullopt;
    };
    auto number = [](const std::string& s, int& out) {
        if (s.empty() || s.size() > 4 ||
            !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return false;
        out = std::stoi(s);
        return true;
    };
    std::vector<int> out;
    std::stringstream all(text);
    std::string part;
    while (std::getline(all, part, ',')) {
        std::vector<std::string> f;
        std::stringstream ps(part);
        std::string piece;
        while (std::getline(ps, piece, ':'))
            f.push_back(piece);
        if (!part.empty() && part.back() == ':') f.push_back("");
        int a = 0, b = 0, step = 1;
        if (f.size() == 1 && number(f[0], a)) {
            b = a;
        } else if ((f.size() == 2 || f.size() == 3) && number(f[0], a) && number(f[1], b) &&
                   (f.size() == 2 || number(f[2], step))) {
            if (step < 1) return fail("a step must be at least 1");
            if (b < a) return fail("a range must run upwards (" + part + ")");
        } else {
            return fail("expected numbers and ranges such as 1:25, 1:25:2 or 5,10,20");
        }
        if (b > 200) return fail("at most 200 hidden layers");
        for (int d = a; d <= b; d += step)
            out.push_back(d);
    }
    if (out.empty()) return fail("no depth given");
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::string validate(const ExperimentConfig& c, const FunctionLookup& lookup) {
    if (c.functions.empty()) return "no function to train";
    for (const auto& id : c.functions) {
        const Activation* a = lookup(id);
        if (!a) return "unknown function \"" + id + "\"";
        auto it = c.params.find(id);
        if (it != c.params.end() && it->second.size() != a->params.size())
            return "wrong number of parameters for \"" + id + "\"";
    }
    if (c.depths.empty()) return "no depth given";
    if (std::string why = datasetProblem(c.data); !why.empty()) return why;
    if (c.train.stem.enabled) {
        // Fashion-MNIST's size is checked again as it loads; the rest are known.
        const int features = c.data.name == "digits"         ? 64
                             : isTwoDimensional(c.data.name) ? 2
                                                             : 28 * 28;
        if (std::string why = stemProblem(features, c.train.stem); !why.empty()) return why;
        if (c.depths.front() < kStemDepthOffset)
            return "with the convolutional stem a depth counts the two convolutions and the "
                   "output layer too: at least 3";
    }
    if (c.seeds < 1 || c.seeds > 100) return "seeds must be between 1 and 100";
    const TrainConfig& t = c.train;
    if (t.width < 1 || t.width > 4096) return "width must be between 1 and 4096";
    if (t.batch < 1 || t.batch > 65536) return "batch must be between 1 and 65536";
    if (t.epochs < 1 || t.epochs > 10000) return "epochs must be between 1 and 10000";
    if (!(t.dropout >= 0.0 && t.dropout < 1.0)) return "dropout must lie in [0, 1)";
    if (!(t.optimizer.learningRate > 0.0 && t.optimizer.learningRate <= 10.0))
        return "the learning rate must lie in (0, 10]";
    if (!(t.optimizer.momentum >= 0.0 && t.optimizer.momentum < 1.0))
        return "momentum must lie in [0, 1)";
    return {};
}

bool runExperiment(const ExperimentConfig& c, const FunctionLookup& lookup, int threads,
                   const std::set<RunKey>& done, const std::atomic<bool>* cancel,
                   const std::function<void(const RunResult&)>& onResult,
                   const std::function<void(const ExperimentProgress&)>& onProgress) {
    std::string error;
    const auto data = loadDataset(c.data, &error);
    if (!data) return false;
    struct Job {
        RunKey key;
        double weight;
        RunCost cost;
    };
    std::vector<Job> jobs;
    double totalWeight = 0, doneWeight = 0;
    int total = 0, finished = 0;
    for (int depth : c.depths)
        for (const auto& f : c.functions)
            for (int s = 0; s < c.seeds; ++s) {
                const RunKey k{f, depth, c.seed + std::uint64_t(s)};
                const RunCost cost =
                    runCost(c.train, depth, data->features, data->classes,
                            std::size_t(data->trainX.cols()), std::size_t(data->testX.cols()));
                const double w = cost.total();
                totalWeight += w;
                ++total;
                if (done.count(k)) {
                    doneWeight += w;
                    ++finished;
                } else {
                    jobs.push_back({k, w, cost});
                }
            }
    std::mutex mutex;
    std::size_t next = 0;
    const auto start = std::chrono::steady_clock::now();
    const double resumedWeight = doneWeight;
    double firstAt = -1, firstWeight = 0; // when the first progress came, and the work by then
    const int resumedRuns = finished;
    std::vector<double> partial(std::size_t(std::max(threads, 1)), 0.0);
    // Under the lock. `p` comes with the reporting run's losses; the sweep's fields are set here.
    auto report = [&](const std::string& running, ExperimentProgress& p) {
        if (!onProgress) return;
        p.runsDone = finished;
        p.runsTotal = total;
        double now = doneWeight;
        for (double w : partial)
            now += w;
        p.fraction = totalWeight > 0 ? now / totalWeight : 1.0;
        p.elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        // Throughput measured from the first report on: the time before it (the first batch's
        // page faults, a large network's initial weights) says little about the steps to come,
        // and over a day-long sweep's first minutes it would inflate the ETA several-fold.
        p.remaining = -1; // `p` may be a run's record, reused report after report
        if (firstAt < 0 && now > resumedWeight) {
            firstAt = p.elapsed;
            firstWeight = now;
        }
        if (firstAt >= 0 && p.elapsed - firstAt >= 1.0 && now > firstWeight)
            p.remaining = (p.elapsed - firstAt) * (totalWeight - now) / (now - firstWeight);
        else if (finished > resumedRuns && p.elapsed > 0.2) // short runs: a whole one is done
            p.remaining = p.elapsed * (totalWeight - now) / (now - resumedWeight);
        p.running = running;
        onProgress(p);
    };
    auto worker = [&](std::size_t slot) {
        for (;;) {
            Job job;
            {
                std::lock_guard lock(mutex);
                if (next >= jobs.size() || (cancel && cancel->load())) return;
                job = jobs[next++];
            }
            const Activation* a = lookup(job.key.function);
            if (!a) continue;
            auto it = c.params.find(job.key.function);
            const std::vector<double> params =
                it != c.params.end() ? it->second : defaultParams(*a);
            const std::string label = job.key.function + ", depth " +
                                      std::to_string(job.key.depth) + ", seed " +
                                      std::to_string(job.key.seed);
            auto tick = std::chrono::steady_clock::now();
            // Every batch's loss is kept until the next report: a chart of the run misses none.
            ExperimentProgress live;
            live.run = job.key;
            live.worker = int(slot);
            int steps = 0;
            auto progress = [&](const RunProgress& rp) {
                live.stepLoss.push_back(rp.stepLoss);
                live.stepsPerEpoch = rp.batches;
                ++steps;
                const auto now = std::chrono::steady_clock::now();
                if (now - tick < std::chrono::milliseconds(100)) return;
                tick = now;
                live.trainLoss.assign(rp.trainLoss.begin(), rp.trainLoss.end());
                live.testLoss.assign(rp.testLoss.begin(), rp.testLoss.end());
                std::lock_guard lock(mutex);
                partial[slot] = job.cost.done(rp.epoch, rp.batch);
                report(label, live);
                live.firstStep = steps;
                live.stepLoss.clear();
            };
            RunResult r =
                trainOne(*data, *a, params, c.train, job.key.depth, job.key.seed, cancel, progress);
            std::lock_guard lock(mutex);
            partial[slot] = 0;
            if (r.cancelled) return;
            doneWeight += job.weight;
            ++finished;
            if (onResult) onResult(r);
            live.trainLoss = r.trainLoss;
            live.testLoss = r.testLoss;
            live.runFinished = true;
            report(label, live);
        }
    };
    const int n = std::max(1, std::min<int>(threads, int(jobs.size())));
    std::vector<std::thread> pool;
    for (int t = 1; t < n; ++t)
        pool.emplace_back(worker, std::size_t(t));
    worker(0);
    for (auto& t : pool)
        t.join();
    return !(cancel && cancel->load());
}

double RunCost::done(int epoch, int batch) const {
    return std::min(total(), epoch * (stepsPerEpoch * step + epochEval) + batch * step);
}

RunCost runCost(const TrainConfig& t, int depth, int features, int classes,
                std::size_t trainSamples, std::size_t testSamples) {
    // An activated unit (f and f' at once, a transcendental or two for Swish and Mish) costs
    // about as much as 20 multiply-adds' worth of time on this engine: a rough charge that
    // matters little next to the products.
    constexpr double kActivation = 20.0;
    double forward = 0; // one sample
    int in = features, hidden = depth;
    if (t.stem.enabled) {
        hidden = std::max(depth - kStemDepthOffset, 0);
        const int side = int(std::lround(std::sqrt(double(features)))), k = t.stem.kernel;
        const double s1 = side - k + 1, s2 = s1 - k + 1;
        forward += s1 * s1 * t.stem.filters1 * (2.0 * k * k + kActivation);
        forward += s2 * s2 * t.stem.filters2 * (2.0 * k * k * t.stem.filters1 + kActivation);
        in = t.stem.filters2 * int(s2 / 2) * int(s2 / 2);
    }
    for (int l = 0; l < hidden; ++l) {
        forward += double(t.width) * (2.0 * in + kActivation + (t.batchNorm ? 10.0 : 0.0));
        in = t.width;
    }
    forward += 2.0 * in * classes;
    RunCost r;
    const auto bs = std::size_t(std::max(t.batch, 1));
    std::size_t batches = (trainSamples + bs - 1) / bs;
    if (trainSamples % bs == 1 && batches > 1) --batches; // as trainOne
    r.stepsPerEpoch = int(batches);
    r.step = 3.0 * forward * double(std::min(bs, std::max<std::size_t>(trainSamples, 1)));
    r.epochEval = forward * double(testSamples);
    r.final = forward * double(trainSamples + testSamples);
    r.epochs = t.epochs;
    return r;
}

std::string csvHeader() {
    return "function,depth,seed,train_accuracy,test_accuracy,final_loss,seconds";
}

std::string csvRow(const RunResult& r) {
    char buf[256];
    std::snprintf(buf, sizeof buf, "%s,%d,%llu,%.6f,%.6f,%.6g,%.3f", r.function.c_str(), r.depth,
                  static_cast<unsigned long long>(r.seed), r.trainAccuracy, r.testAccuracy,
                  r.finalLoss, r.seconds);
    return buf;
}

std::optional<RunResult> parseCsvRow(const std::string& line) {
    std::vector<std::string> f;
    std::stringstream ss(line);
    std::string cell;
    while (std::getline(ss, cell, ','))
        f.push_back(cell);
    if (f.size() != 7 || f[0].empty()) return std::nullopt;
    try {
        RunResult r;
        std::size_t used = 0;
        r.function = f[0];
        r.depth = std::stoi(f[1], &used);
        if (used != f[1].size() || r.depth < 0) return std::nullopt;
        r.seed = std::stoull(f[2], &used);
        if (used != f[2].size()) return std::nullopt;
        r.trainAccuracy = std::stod(f[3]);
        r.testAccuracy = std::stod(f[4]);
        r.finalLoss = std::stod(f[5]);
        r.seconds = std::stod(f[6]);
        return r;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

} // namespace ae::nn
