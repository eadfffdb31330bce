// The depth lab's network: per hidden layer Dense → [BatchNorm] → activation → [Dropout], then
// Dense → softmax cross-entropy; float, Eigen. Trained by train.h, read by the gradient-flow view.
#pragma once

#include "core/activation.h"
#include "core/nn/conv.h"
#include "core/nn/init.h"
#include "core/nn/rng.h"

#include <Eigen/Core>

#include <atomic>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace ae::nn {

struct MlpConfig {
    int inputs = 0;
    int classes = 0;
    int width = 32;
    int depth = 1; // hidden (dense) layers
    bool batchNorm = false;
    double dropout = 0.0; // probability of dropping a unit, in [0, 1); the stem's output too
    Init init = Init::Glorot;
    // A convolutional stem (conv.h) before the dense layers: `inputs` is then a square
    // one-channel image, one per column. Its weights are drawn before the dense layers'.
    StemConfig stem;
};

// One hidden layer's view of the last pass: what the gradient-flow chart plots.
struct LayerStats {
    double gradNorm = 0; // ‖∂L/∂(the layer's input)‖ over the batch
    double mean = 0;     // of the layer's outputs f(u)
    double stdDev = 0;
    double saturated = 0; // share of units with |f'(u)| < ε
    double dead = 0;      // share with f'(u) = 0 exactly
};

struct Evaluation {
    double loss = 0;     // mean cross-entropy
    double accuracy = 0; // share classified right
};

class Mlp {
  public:
    Mlp(const MlpConfig& config, const Activation& activation, std::vector<double> params,
        std::uint64_t seed);

    // A training pass over the batch (columns of x): batch statistics in BatchNorm (the running
    // ones updated), dropout drawn from `dropout`, gradients of every parameter left in
    // gradients(). Returns the mean loss.
    double trainPass(const Eigen::MatrixXf& x, std::span<const int> y, Rng& dropout);
    // Inference: running statistics, no dropout, no gradients. In chunks, so any size fits.
    Evaluation evaluate(const Eigen::MatrixXf& x, std::span<const int> y);
    // The gradient-flow picture at the current weights: a training pass without dropout and
    // without touching the running statistics, then per hidden layer its statistics.
    std::vector<LayerStats> gradientFlow(const Eigen::MatrixXf& x, std::span<const int> y,
                                         double epsilon);
    // Predicted class of every column (-1 where the output is not finite).
    std::vector<int> predict(const Eigen::MatrixXf& x);

    // Polled before every layer of every pass, so that a wide network stops within one layer's
    // products rather than a whole step or evaluation. Once it reads true, a pass stops where it
    // is and its results mean nothing: trainPass gives NaN, evaluate NaN, gradientFlow nothing,
    // predict -1 for the columns not reached. nullptr (the default): never.
    void setCancel(const std::atomic<bool>* cancel) { m_cancel = cancel; }

    // Trainable tensors and their gradients, in one fixed order (the stem's W1, b1, W2, b2; per
    // layer W, b[, γ, β]; then the output layer's W, b): the optimiser walks them side by side.
    std::vector<Eigen::MatrixXf*> parameters() { return tensors(false); }
    std::vector<Eigen::MatrixXf*> gradients() { return tensors(true); }

    // After trainPass or gradientFlow: layer l's outputs f(u) and the gradient at its input
    // (layer 0's only after gradientFlow or with a stem: training has no use for the gradient of
    // the data). Dense layers only; with a stem, layer 0's input is the stem's output.
    const Eigen::MatrixXf& outputs(int layer) const;
    const Eigen::MatrixXf& inputGradient(int layer) const;

    const MlpConfig& config() const { return m_config; }

  private:
    struct Layer {
        Eigen::MatrixXf w, b, gamma, beta; // b, γ, β: one column
        Eigen::MatrixXf gw, gb, ggamma, gbeta;
        Eigen::VectorXf runMean, runVar;
        // The last pass; kept between passes so that a step allocates nothing (the sizes repeat).
        Eigen::MatrixXf z, xhat, u, f, df, mask, dz, dInput;
        Eigen::VectorXf invStd, mean, var;
    };
    enum class Mode { Train, Probe, Infer };
    // The logits, or nullptr when cancelled.
    const Eigen::MatrixXf* forward(const Eigen::MatrixXf& x, Mode mode, Rng* dropout);
    double lossAndGradient(const Eigen::MatrixXf& logits, std::span<const int> y,
                           Eigen::MatrixXf* dLogits) const;
    // False when cancelled.
    bool backward(const Eigen::MatrixXf& x, const Eigen::MatrixXf& dLogits, bool dataGradient);
    bool stopped() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    std::vector<Eigen::MatrixXf*> tensors(bool gradients);
    const Eigen::MatrixXf& chunk(const Eigen::MatrixXf& x, Eigen::Index from, Eigen::Index m);

    MlpConfig m_config;
    std::unique_ptr<ConvStem> m_stem; // null without one
    Activation m_activation;
    std::vector<double> m_params;
    std::vector<Layer> m_layers;
    Eigen::MatrixXf m_outW, m_outB, m_gOutW, m_gOutB;
    Eigen::MatrixXf m_logits, m_dLogits, m_dTop;
    Eigen::MatrixXf m_block; // a chunk of evaluate()'s or predict()'s input
    Eigen::MatrixXf m_inferZ, m_inferF[2], m_inferDf, m_inferLogits; // inference's own
    const std::atomic<bool>* m_cancel = nullptr;
};

} // namespace ae::nn
