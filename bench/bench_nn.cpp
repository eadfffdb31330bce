// bench_nn: the depth lab's engine (core/nn) measured for issue 9's performance goals. Prints a
// table (or, with --json, one JSON object per line for bench/bench_nn.sh to join with PyTorch's
// figures from bench/bench_nn_torch.py). Timing is measured, never asserted: not a CTest test.
//
//   step    one SGD step (forward, backward, update; no BatchNorm, no dropout) of a fixed batch,
//           per shape and function: median, p10, p90 of single-step wall times after a warm-up
//   gemm    784→500×15 (10 classes, batch 128): the engine's effective GFLOP/s (2·m·n·k for every
//           GEMM a training step needs: forward, dW, and dX except the first layer's) against
//           Eigen's own products of exactly those shapes and transposes, timed the same way in
//           the same run; and a raw 500×500 · 500×128 product
//   sweep   wall time of runExperiment(preset("quick")) on 2 threads
//   cancel  time from setting the cancel flag to runExperiment (or trainOne) returning, at
//           delays spread over the run, 2 threads: median, p95, max
//
// Usage: bench_nn [--only step,gemm,sweep,cancel] [--seconds S] [--sweeps N] [--tries N] [--json]
//                 [--verbose]
//   --seconds S  measuring time per step row (default 2; at least 30 steps each)
//   --sweeps N   quick sweeps to time (default 1)
//   --tries N    cancels per configuration (default 20)
//   --verbose    each cancel's delay and latency on stderr
#include "core/nn/experiment.h"
#include "core/registry.h"

#include <Eigen/Core>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

using namespace ae;
using namespace ae::nn;
using Clock = std::chrono::steady_clock;

namespace {

// Eigen 3.4's list names AVX but neither AVX2 nor FMA.
constexpr const char* kTargetFlags = ""
#ifdef __AVX2__
                                     ", AVX2"
#endif
#ifdef __FMA__
                                     ", FMA"
#endif
    ;

bool g_json = false;
bool g_verbose = false; // every cancel try on stderr

double since(Clock::time_point t) {
    return std::chrono::duration<double>(Clock::now() - t).count();
}

std::string loadAverage() {
    std::ifstream f("/proc/loadavg");
    std::string a, b, c;
    f >> a >> b >> c;
    return a + " " + b + " " + c;
}

struct Stats {
    double median = 0, p10 = 0, p90 = 0, p95 = 0, max = 0;
    double cpuMedian = -1; // the calling thread's CPU time; -1: not measured
    int count = 0;
};

// The calling thread's CPU time in s: next to wall time, it shows when other work took the CPU.
double threadCpu() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + 1e-9 * double(t.tv_nsec);
}

// Nearest rank.
Stats stats(std::vector<double> v) {
    Stats s;
    if (v.empty()) return s;
    std::sort(v.begin(), v.end());
    auto rank = [&](double q) {
        const auto i = std::size_t(std::max(0.0, std::ceil(q * double(v.size())) - 1.0));
        return v[std::min(i, v.size() - 1)];
    };
    s.median = v.size() % 2 ? v[v.size() / 2] : 0.5 * (v[v.size() / 2 - 1] + v[v.size() / 2]);
    s.p10 = rank(0.10);
    s.p90 = rank(0.90);
    s.p95 = rank(0.95);
    s.max = v.back();
    s.count = int(v.size());
    return s;
}

// Times `one` until `seconds` have passed (at least minCount calls, at most maxCount), after a
// warm-up of a quarter of that time: statistics of the single-call wall times in ms, and the
// median of their CPU times.
Stats timeCalls(const std::function<void()>& one, double seconds, int minCount = 30,
                int maxCount = 20000) {
    const auto warm = Clock::now();
    for (int i = 0; i < 3 || (since(warm) < seconds / 4 && i < maxCount); ++i)
        one();
    std::vector<double> ms, cpu;
    const auto start = Clock::now();
    while (int(ms.size()) < minCount || (since(start) < seconds && int(ms.size()) < maxCount)) {
        const double c = threadCpu();
        const auto t = Clock::now();
        one();
        ms.push_back(1e3 * since(t));
        cpu.push_back(1e3 * (threadCpu() - c));
    }
    Stats s = stats(ms);
    s.cpuMedian = stats(cpu).median;
    return s;
}

void printRow(const std::string& name, const Stats& s, const std::string& extra = {}) {
    if (g_json) {
        std::printf("{\"name\":\"%s\",\"median_ms\":%.6g,\"p10_ms\":%.6g,\"p90_ms\":%.6g,"
                    "\"p95_ms\":%.6g,\"max_ms\":%.6g,\"cpu_median_ms\":%.6g,\"n\":%d%s%s}\n",
                    name.c_str(), s.median, s.p10, s.p90, s.p95, s.max, s.cpuMedian, s.count,
                    extra.empty() ? "" : ",", extra.c_str());
    } else {
        std::printf("%-44s %10.4f %10.4f %10.4f %10.4f %10.4f %6d  %s\n", name.c_str(), s.median,
                    s.p10, s.p90, s.p95, s.cpuMedian, s.count, extra.c_str());
    }
    std::fflush(stdout);
}

void printNote(const std::string& key, const std::string& value) {
    if (g_json)
        std::printf("{\"name\":\"%s\",\"value\":\"%s\"}\n", key.c_str(), value.c_str());
    else
        std::printf("# %s: %s\n", key.c_str(), value.c_str());
    std::fflush(stdout);
}

void header(const std::string& title) {
    if (g_json) return;
    std::printf("\n## %s (load %s)\n%-44s %10s %10s %10s %10s %10s %6s\n", title.c_str(),
                loadAverage().c_str(), "", "median ms", "p10", "p90", "p95", "cpu median", "n");
}

const Registry& registry() {
    static const Registry r = Registry::withBuiltIns();
    return r;
}

struct Shape {
    int inputs, width, depth, classes, batch;
    std::string tag() const {
        return std::to_string(inputs) + "-" + std::to_string(width) + "x" + std::to_string(depth) +
               "-" + std::to_string(classes) + "/b" + std::to_string(batch);
    }
};

// A network of the shape with one fixed batch (normal inputs, random labels) and a plain SGD
// step (lr 0.01, no momentum): what bench_nn_torch.py times for PyTorch.
struct Stepper {
    Mlp net;
    Optimizer opt;
    Eigen::MatrixXf x;
    std::vector<int> y;
    Rng drop{3};
    std::vector<Eigen::MatrixXf*> params, grads;

    Stepper(const Shape& s, const Activation& a)
        : net(config(s), a, defaultParams(a), 1), opt(sgd()), x(s.inputs, s.batch),
          y(std::size_t(s.batch)) {
        Rng r(7);
        for (Eigen::Index i = 0; i < x.size(); ++i)
            x.data()[i] = float(r.normal());
        for (int& c : y)
            c = int(r.below(std::size_t(s.classes)));
        params = net.parameters();
        grads = net.gradients();
    }
    static MlpConfig config(const Shape& s) {
        MlpConfig c;
        c.inputs = s.inputs;
        c.classes = s.classes;
        c.width = s.width;
        c.depth = s.depth;
        return c;
    }
    static OptimizerConfig sgd() {
        OptimizerConfig o;
        o.learningRate = 0.01;
        return o;
    }
    void step() {
        net.trainPass(x, y, drop);
        opt.step(params, grads);
    }
};

void benchSteps(double seconds) {
    header("training step (SGD, no BatchNorm, no dropout)");
    const std::vector<Shape> shapes = {{64, 128, 25, 10, 32}, {64, 128, 25, 10, 128}};
    for (const Shape& s : shapes)
        for (const char* f : {"relu", "mish"}) {
            Stepper st(s, *registry().find(f));
            printRow(std::string("step/") + f + "/" + s.tag(),
                     timeCalls([&] { st.step(); }, seconds));
        }
}

// 2·m·n·k of every GEMM a training step of the shape needs.
double stepFlops(const Shape& s) {
    double flops = 0;
    int in = s.inputs;
    for (int l = 0; l <= s.depth; ++l) {
        const int out = l == s.depth ? s.classes : s.width;
        const double one = 2.0 * out * in * s.batch;
        flops += l == 0 ? 2 * one : 3 * one; // forward, dW; dX except into the data
        in = out;
    }
    return flops;
}

void benchGemm(double seconds) {
    header("GEMM-bound: 784-500x15-10, batch 128");
    const Shape s{784, 500, 15, 10, 128};
    const double flops = stepFlops(s);
    for (const char* f : {"relu", "mish"}) {
        Stepper st(s, *registry().find(f));
        const Stats t = timeCalls([&] { st.step(); }, seconds, 20);
        char extra[96];
        std::snprintf(extra, sizeof extra, "\"gflops\":%.3f", flops / (t.median * 1e6));
        printRow(std::string("step/") + f + "/" + s.tag(), t,
                 g_json ? extra : std::string(extra + 9) + " GFLOP/s");
    }

    // The same products as Eigen expressions on their own: W·A, dZ·Aᵀ, Wᵀ·dZ per layer.
    struct Layer {
        Eigen::MatrixXf w, a, z, dz, gw, dx;
    };
    std::vector<Layer> layers;
    int in = s.inputs;
    for (int l = 0; l <= s.depth; ++l) {
        const int out = l == s.depth ? s.classes : s.width;
        Layer L;
        L.w = Eigen::MatrixXf::Random(out, in);
        L.a = Eigen::MatrixXf::Random(in, s.batch);
        L.dz = Eigen::MatrixXf::Random(out, s.batch);
        L.z.resize(out, s.batch);
        L.gw.resize(out, in);
        L.dx.resize(in, s.batch);
        layers.push_back(std::move(L));
        in = out;
    }
    auto all = [&] {
        for (std::size_t l = 0; l < layers.size(); ++l) {
            Layer& L = layers[l];
            L.z.noalias() = L.w * L.a;
            L.gw.noalias() = L.dz * L.a.transpose();
            if (l > 0) L.dx.noalias() = L.w.transpose() * L.dz;
        }
    };
    const Stats ref = timeCalls(all, seconds, 20);
    char extra[96];
    std::snprintf(extra, sizeof extra, "\"gflops\":%.3f", flops / (ref.median * 1e6));
    printRow("eigen-gemms-of-a-step/" + s.tag(), ref,
             g_json ? extra : std::string(extra + 9) + " GFLOP/s");

    Eigen::MatrixXf a = Eigen::MatrixXf::Random(500, 500), b = Eigen::MatrixXf::Random(500, 128);
    Eigen::MatrixXf c(500, 128);
    const Stats raw = timeCalls([&] { c.noalias() = a * b; }, seconds / 2, 50);
    std::snprintf(extra, sizeof extra, "\"gflops\":%.3f",
                  2.0 * 500 * 500 * 128 / (raw.median * 1e6));
    printRow("eigen-sgemm/500x500x128", raw, g_json ? extra : std::string(extra + 9) + " GFLOP/s");
}

FunctionLookup lookup() {
    return [](const std::string& id) { return registry().find(id); };
}

void benchSweep(int sweeps) {
    header("quick sweep, 2 threads (one row per sweep, ms)");
    for (int i = 0; i < sweeps; ++i) {
        const std::string before = loadAverage();
        int runs = 0;
        const auto t = Clock::now();
        runExperiment(*preset("quick"), lookup(), 2, {}, nullptr, [&](const RunResult&) { ++runs; },
                      {});
        const double ms = 1e3 * since(t);
        Stats s;
        s.median = s.p10 = s.p90 = s.p95 = s.max = ms;
        s.count = 1;
        printRow("sweep/quick/2-threads/" + std::to_string(i + 1), s,
                 g_json ? "\"runs\":" + std::to_string(runs) + ",\"load_before\":\"" + before + "\""
                        : std::to_string(runs) + " runs, load before " + before);
    }
}

// Sets the flag after each of `tries` delays spread evenly over [lo, hi] s and times the return
// of `run` (which starts its work when called).
void cancelRow(const std::string& name, int tries, double lo, double hi,
               const std::function<void(const std::atomic<bool>*)>& run) {
    std::vector<double> ms;
    for (int i = 0; i < tries; ++i) {
        std::atomic<bool> cancel{false};
        Clock::time_point set;
        std::thread t([&] { run(&cancel); });
        const double delay = lo + (hi - lo) * (tries > 1 ? double(i) / (tries - 1) : 0.5);
        std::this_thread::sleep_for(std::chrono::duration<double>(delay));
        set = Clock::now();
        cancel = true;
        t.join();
        ms.push_back(1e3 * since(set));
        if (g_verbose)
            std::fprintf(stderr, "%s: flag at %.3f s, returned after %.1f ms\n", name.c_str(),
                         delay, ms.back());
    }
    printRow(name, stats(ms));
}

void benchCancel(int tries) {
    header("cancel latency: flag set -> return, 2 threads (ms)");
    const ExperimentConfig quick = *preset("quick");
    // The quick sweep's runs are short (depth 1 takes a fraction of a second): delays up to 3 s
    // land in every phase — a run's batches, its evaluations, a run starting.
    cancelRow("cancel/quick", tries, 0.05, 3.0, [&](const std::atomic<bool>* c) {
        runExperiment(quick, lookup(), 2, {}, c, {}, {});
    });
    // The widest network runExperiment can train (its datasets have 64 or 2 features): the
    // digits through 500×15, batch 128, plain SGD.
    ExperimentConfig big = quick;
    big.functions = {"relu", "mish"};
    big.depths = {15};
    big.seeds = 1;
    big.train.width = 500;
    big.train.batch = 128;
    big.train.batchNorm = false;
    big.train.dropout = 0;
    big.train.optimizer.momentum = 0;
    cancelRow("cancel/digits-64-500x15-10/b128", tries, 0.05, 4.0,
              [&](const std::atomic<bool>* c) { runExperiment(big, lookup(), 2, {}, c, {}, {}); });
    // 784 inputs through trainOne itself (what each of runExperiment's workers runs) on a
    // synthetic set of 6000 training and 2000 test samples, two runs side by side.
    Dataset d;
    d.name = "synthetic-784";
    d.features = 784;
    d.classes = 10;
    Rng r(11);
    auto fill = [&](Eigen::MatrixXf& m, std::vector<int>& y, int n) {
        m.resize(784, n);
        for (Eigen::Index i = 0; i < m.size(); ++i)
            m.data()[i] = float(r.normal());
        y.resize(std::size_t(n));
        for (int& c : y)
            c = int(r.below(10));
    };
    fill(d.trainX, d.trainY, 6000);
    fill(d.testX, d.testY, 2000);
    cancelRow("cancel/trainOne-784-500x15-10/b128", tries, 0.05, 4.0,
              [&](const std::atomic<bool>* c) {
                  std::thread other(
                      [&] { trainOne(d, *registry().find("mish"), {}, big.train, 15, 2, c); });
                  trainOne(d, *registry().find("relu"), {}, big.train, 15, 1, c);
                  other.join();
              });
}

} // namespace

int main(int argc, char** argv) {
    std::set<std::string> only;
    double seconds = 2.0;
    int sweeps = 1, tries = 20;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "%s needs a value\n", a.c_str());
                std::exit(2);
            }
            return argv[++i];
        };
        if (a == "--json") {
            g_json = true;
        } else if (a == "--verbose") {
            g_verbose = true;
        } else if (a == "--only") {
            std::stringstream ss(value());
            std::string part;
            while (std::getline(ss, part, ','))
                only.insert(part);
        } else if (a == "--seconds") {
            seconds = std::stod(value());
        } else if (a == "--sweeps") {
            sweeps = std::stoi(value());
        } else if (a == "--tries") {
            tries = std::stoi(value());
        } else {
            std::fprintf(stderr, "usage: bench_nn [--only step,gemm,sweep,cancel] [--seconds S] "
                                 "[--sweeps N] [--tries N] [--json] [--verbose]\n");
            return 2;
        }
    }
    auto wanted = [&](const char* s) { return only.empty() || only.count(s) > 0; };
    printNote("engine", std::string("Eigen ") + std::to_string(EIGEN_WORLD_VERSION) + "." +
                            std::to_string(EIGEN_MAJOR_VERSION) + "." +
                            std::to_string(EIGEN_MINOR_VERSION) + ", SIMD " +
                            Eigen::SimdInstructionSetsInUse() + kTargetFlags +
                            ", 1 thread per run");
    printNote("load_start", loadAverage());
    if (wanted("step")) benchSteps(seconds);
    if (wanted("gemm")) benchGemm(seconds);
    if (wanted("sweep")) benchSweep(sweeps);
    if (wanted("cancel")) benchCancel(tries);
    printNote("load_end", loadAverage());
    return 0;
}
