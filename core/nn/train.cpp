#include "train.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>

namespace ae::nn {

RunResult trainOne(const Dataset& data, const Activation& activation,
                   const std::vector<double>& params, const TrainConfig& config, int depth,
                   std::uint64_t seed, const std::atomic<bool>* cancel,
                   const std::function<void(const RunProgress&)>& progress,
                   const std::function<void(Mlp&)>& trained) {
    const auto start = std::chrono::steady_clock::now();
    RunResult r;
    r.function = activation.id;
    r.depth = depth;
    r.seed = seed;
    MlpConfig mc;
    mc.inputs = data.features;
    mc.classes = data.classes;
    mc.width = config.width;
    mc.depth = config.stem.enabled ? std::max(depth - kStemDepthOffset, 0) : depth;
    mc.stem = config.stem;
    mc.batchNorm = config.batchNorm;
    mc.dropout = config.dropout;
    mc.init = config.init;
    if (config.stem.enabled && !stemProblem(data.features, config.stem).empty()) {
        r.finalLoss = std::nan(""); // validate() refuses such a setup; never a crash
        return r;
    }
    Mlp net(mc, activation, params, seed);
    // The network polls the flag between layers too: a wide network's step or evaluation takes
    // longer than the wait a Cancel button may cost.
    net.setCancel(cancel);
    auto stop = [&] { return cancel && cancel->load(std::memory_order_relaxed); };
    auto cancelled = [&] {
        r.cancelled = true;
        r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        return r;
    };
    Optimizer opt(config.optimizer);
    Rng order = Rng::stream(seed, 2), drop = Rng::stream(seed, 3);

    if (stop()) return cancelled(); // a wide network takes a while to draw
    const auto n = std::size_t(data.trainX.cols());
    std::vector<std::size_t> idx(n);
    std::iota(idx.begin(), idx.end(), std::size_t(0));
    const auto bs = std::size_t(std::max(config.batch, 1));
    // A last batch of one sample is dropped: BatchNorm has no statistics for it (PyTorch
    // refuses it), and the exported script follows the same rule.
    std::size_t batches = (n + bs - 1) / bs;
    if (n % bs == 1 && batches > 1) --batches;
    const auto params_ = net.parameters();
    const auto grads = net.gradients();
    Eigen::MatrixXf xb(data.features, Eigen::Index(bs));
    std::vector<int> yb(bs);
    bool diverged = false;
    for (int epoch = 0; epoch < config.epochs && !diverged; ++epoch) {
        order.shuffle(idx);
        double sum = 0;
        for (std::size_t b = 0; b < batches; ++b) {
            const std::size_t from = b * bs, m = std::min(bs, n - from);
            xb.resize(data.features, Eigen::Index(m));
            yb.resize(m);
            for (std::size_t j = 0; j < m; ++j) {
                xb.col(Eigen::Index(j)) = data.trainX.col(Eigen::Index(idx[from + j]));
                yb[j] = data.trainY[idx[from + j]];
            }
            const double loss = net.trainPass(xb, yb, drop);
            if (stop()) return cancelled(); // before the NaN a stopped pass gives counts as loss
            if (!std::isfinite(loss)) {
                diverged = true;
                break;
            }
            opt.step(params_, grads);
            sum += loss;
            if (progress)
                progress({epoch, int(b + 1), int(batches), sum / double(b + 1), loss, r.trainLoss,
                          r.testLoss});
            if (stop()) return cancelled();
        }
        r.trainLoss.push_back(diverged ? std::nan("") : sum / double(batches));
        r.testLoss.push_back(net.evaluate(data.testX, data.testY).loss);
        if (stop()) return cancelled();
    }
    r.finalLoss = r.trainLoss.empty() ? std::nan("") : r.trainLoss.back();
    r.trainAccuracy = net.evaluate(data.trainX, data.trainY).accuracy;
    r.testAccuracy = net.evaluate(data.testX, data.testY).accuracy;
    if (stop()) return cancelled();
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (trained) trained(net);
    return r;
}

} // namespace ae::nn
