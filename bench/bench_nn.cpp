// The depth lab engine's speed (issue 9 §5), printed as a table; bench/bench_nn.sh runs it next
// to PyTorch (bench/bench_nn_torch.py) on the same shapes. Not a test: figures go to
// docs/benchmarks.md.
//   per training step (forward, backward, SGD update), MLP 64 → 128 × 25 → 10, batch 32 / 128,
//     ReLU and Mish;
//   784 → 500 × 15 → 10, batch 128: effective GFLOP/s against Eigen's own single-thread SGEMM
//     on the same shapes;
//   the quick preset's whole sweep on two threads; cancel latency.
#include "core/nn/experiment.h"
#include "core/nn/optimizer.h"
#include "core/registry.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

using namespace ae;
using namespace ae::nn;
using Clock = std::chrono::steady_clock;

namespace {

double ms(Clock::duration d) {
    return std::chrono::duration<double, std::milli>(d).count();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

struct Shape {
    int inputs, width, depth, batch;
};

// Median ms of one SGD step (forward, backward, update) on random data.
double stepMs(const Activation& a, const Shape& s, int steps) {
    MlpConfig c;
    c.inputs = s.inputs;
    c.classes = 10;
    c.width = s.width;
    c.depth = s.depth;
    c.init = Init::He;
    Mlp net(c, a, defaultParams(a), 1);
    OptimizerConfig oc;
    oc.learningRate = 1e-3;
    Optimizer opt(oc);
    Rng r(7);
    Eigen::MatrixXf x(s.inputs, s.batch);
    for (Eigen::Index i = 0; i < x.size(); ++i)
        x.data()[i] = float(r.uniform());
    std::vector<int> y(std::size_t(s.batch));
    for (auto& v : y)
        v = int(r.below(10));
    const auto params = net.parameters(), grads = net.gradients();
    std::vector<double> t;
    for (int i = 0; i < steps + 5; ++i) {
        const auto t0 = Clock::now();
        net.trainPass(x, y, r);
        opt.step(params, grads);
        if (i >= 5) t.push_back(ms(Clock::now() - t0));
    }
    return median(t);
}

// The products of one training step of the shape (per layer: W·A forward, dZ·Aᵀ and Wᵀ·dZ
// backward), done by Eigen alone: the SGEMM ceiling of the step. Returns ms; flops in *flops.
double gemmMs(const Shape& s, double* flops) {
    std::vector<Eigen::MatrixXf> w, a, dz;
    int in = s.inputs;
    *flops = 0;
    for (int l = 0; l <= s.depth; ++l) {
        const int out = l < s.depth ? s.width : 10;
        w.push_back(Eigen::MatrixXf::Random(out, in));
        a.push_back(Eigen::MatrixXf::Random(in, s.batch));
        dz.push_back(Eigen::MatrixXf::Random(out, s.batch));
        *flops += 3.0 * 2.0 * out * in * s.batch;
        in = out;
    }
    Eigen::MatrixXf z, gw, ga;
    std::vector<double> t;
    for (int i = 0; i < 25; ++i) {
        const auto t0 = Clock::now();
        for (std::size_t l = 0; l < w.size(); ++l) {
            z.noalias() = w[l] * a[l];
            gw.noalias() = dz[l] * a[l].transpose();
            ga.noalias() = w[l].transpose() * dz[l];
        }
        if (i >= 5) t.push_back(ms(Clock::now() - t0));
    }
    return median(t);
}

} // namespace

int main() {
    const Registry reg = Registry::withBuiltIns();
    std::printf("Depth lab engine benchmark (Eigen %d.%d.%d, float32, one thread per run, "
                "SIMD: %s)\n\n",
                EIGEN_WORLD_VERSION, EIGEN_MAJOR_VERSION, EIGEN_MINOR_VERSION,
                Eigen::SimdInstructionSetsInUse());
    std::printf("per training step, MLP 64 -> 128 x 25 -> 10, median ms:\n");
    for (const char* f : {"relu", "mish"})
        for (int batch : {32, 128})
            std::printf("  %-5s batch %3d  %8.3f\n", f, batch,
                        stepMs(*reg.find(f), {64, 128, 25, batch}, 200));

    const Shape big{784, 500, 15, 128};
    double flops = 0;
    const double gemm = gemmMs(big, &flops);
    const double step = stepMs(*reg.find("relu"), big, 20);
    std::printf("\n784 -> 500 x 15 -> 10, batch 128, ReLU: step %.2f ms = %.2f GFLOP/s effective "
                "(%.2f GFLOP per step)\n",
                step, flops / step * 1e-6, flops * 1e-9);
    std::printf("  Eigen SGEMM on the same products: %.2f ms = %.2f GFLOP/s; engine / SGEMM = "
                "%.2f\n",
                gemm, flops / gemm * 1e-6, gemm / step);
    {
        Eigen::MatrixXf p = Eigen::MatrixXf::Random(500, 500),
                        q = Eigen::MatrixXf::Random(500, 128), o;
        std::vector<double> t;
        for (int i = 0; i < 30; ++i) {
            const auto t0 = Clock::now();
            o.noalias() = p * q;
            t.push_back(ms(Clock::now() - t0));
        }
        std::printf("  raw 500x500 * 500x128 SGEMM: %.3f ms = %.2f GFLOP/s\n", median(t),
                    2.0 * 500 * 500 * 128 / median(t) * 1e-6);
    }

    const auto lookup = [&](const std::string& id) { return reg.find(id); };
    {
        const ExperimentConfig c = *preset("quick");
        const auto t0 = Clock::now();
        runExperiment(c, lookup, 2, {}, nullptr, {}, {});
        std::printf("\nquick preset sweep (%zu functions x %zu depths x %d seeds), 2 threads: "
                    "%.1f s wall\n",
                    c.functions.size(), c.depths.size(), c.seeds, ms(Clock::now() - t0) / 1000);
    }
    for (const char* label : {"quick preset", "784 -> 500 x 15, batch 128"}) {
        std::vector<double> lat;
        for (int i = 0; i < 5; ++i) {
            ExperimentConfig c = *preset("quick");
            if (label[0] == '7') {
                c.data.name = "digits";
                c.train.width = 500;
                c.train.batch = 128;
                c.depths = {15};
            } else {
                c.depths = {25};
            }
            std::atomic<bool> cancel{false};
            Clock::time_point stopped;
            std::thread t([&] { runExperiment(c, lookup, 2, {}, &cancel, {}, {}); });
            std::this_thread::sleep_for(std::chrono::milliseconds(300 + 137 * i));
            const auto t0 = Clock::now();
            cancel = true;
            t.join();
            lat.push_back(ms(Clock::now() - t0));
        }
        std::sort(lat.begin(), lat.end());
        std::printf("cancel latency, %s: median %.1f ms, max of 5 %.1f ms\n", label, lat[2],
                    lat.back());
    }
}
