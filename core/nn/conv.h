// The convolutional stem of the paper preset (the Mish repository's Layers_Acc notebook, after
// Keras): Conv k×k → f → Conv k×k → f → MaxPool 2×2 → Dropout, in front of the MLP's dense
// blocks (mlp.h owns one when MlpConfig::stem asks for it). Float, Eigen; convolutions as
// im2col + one GEMM per block of samples.
//
// The activation follows each convolution, as Keras' Conv2D(..., activation=act) applies it in
// that notebook; there is no BatchNorm in the stem (the notebook has none there).
//
// Layout: C channels of H×W pixels for n samples are a C × (H·W·n) matrix whose column
// s·H·W + y·W + x holds pixel (y, x) of sample s — channel fastest in memory, HWC per sample as
// Keras stores images. A one-channel image set with one image per column (the datasets' layout)
// is that layout already, and so is the pooled output read as (C·H·W) × n: flattened HWC, as
// Keras' Flatten() gives it (the exported script permutes PyTorch's NCHW to match).
#pragma once

#include "core/activation.h"
#include "core/nn/init.h"

#include <Eigen/Core>

#include <atomic>
#include <span>
#include <string>
#include <vector>

namespace ae::nn {

struct StemConfig {
    bool enabled = false;
    int filters1 = 20, filters2 = 50; // the notebook's Conv 20@5×5, Conv 50@5×5
    int kernel = 5;
};

// With a stem, an experiment's `depth` counts the layers with weights, as the paper's plot
// does: two convolutions + N dense blocks + the output layer, so N = depth − 3 (15…25 plotted
// for N = 12…22 in the notebook).
constexpr int kStemDepthOffset = 3;

// Why a stem cannot sit on `inputs` features (a square one-channel image, large enough for two
// valid convolutions and a 2×2 pool), or "".
std::string stemProblem(int inputs, const StemConfig& stem);

// One valid convolution's shapes: input C × H × W, Cout filters of k × k, stride 1.
struct ConvGeometry {
    int height = 0, width = 0, channels = 1, filters = 1, kernel = 1;
    int outHeight() const { return height - kernel + 1; }
    int outWidth() const { return width - kernel + 1; }
    int taps() const { return kernel * kernel * channels; } // a column of im2col
};

// im2col of `samples` samples at x (layout above): cols is taps × (samples·Ho·Wo), row
// (ky·k + kx)·C + c, column s·Ho·Wo + oy·Wo + ox — so that a weight matrix Cout × taps whose
// columns run (ky, kx, c), Keras' kernel order, gives the convolution as W·cols.
void im2col(const float* x, int samples, const ConvGeometry& g, Eigen::MatrixXf& cols);
// Adds the columns' gradients back onto the pixels they were read from (dx not cleared).
void col2imAdd(const Eigen::MatrixXf& dcols, int samples, const ConvGeometry& g, float* dx);
// y = W·im2col(x) + b for all of x's samples (x: C × (H·W·n)); cols is scratch.
void conv2d(const Eigen::MatrixXf& x, const ConvGeometry& g, const Eigen::MatrixXf& w,
            const Eigen::MatrixXf& b, Eigen::MatrixXf& cols, Eigen::MatrixXf& y);

class ConvStem {
  public:
    // Weights drawn from `weights` (conv 1 then conv 2, each Cout × (ky, kx, c) row after row),
    // biases zero. `side`: the input images' height and width, one channel.
    ConvStem(int side, const StemConfig& config, Init init, Rng& weights);

    int outputs() const { return m_pool.rows; } // features per sample after the pool

    // The stem's output, (outputs() × n), or nullptr when cancelled. `store`: keep what
    // backward() needs (training and probing); without it, inference in blocks with buffers of
    // its own. `dropout` (nullptr: none) draws the mask over the output with probability p.
    const Eigen::MatrixXf* forward(const Eigen::MatrixXf& x, const Activation& f,
                                   std::span<const double> params, Rng* dropout, double p,
                                   bool store);
    // From ∂L/∂(output) of the last stored forward: the gradients of the four tensors, and
    // ∂L/∂x in inputGradient() when dataGradient. False when cancelled.
    bool backward(const Eigen::MatrixXf& x, const Eigen::MatrixXf& dOutput, bool dataGradient);

    const Eigen::MatrixXf& output() const { return m_out; } // of the last stored forward
    const Eigen::MatrixXf& inputGradient() const { return m_dx; }
    // W1, b1, W2, b2 (or their gradients), the order the optimiser walks.
    void tensors(std::vector<Eigen::MatrixXf*>& into, bool gradients);
    void setCancel(const std::atomic<bool>* cancel) { m_cancel = cancel; }

  private:
    struct Pool {
        int channels = 0, height = 0, width = 0; // of the input; output is half of each side
        int rows = 0;                            // outputs per sample
    };
    bool stopped() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    // conv → f → conv → f → pool for samples [s0, s0 + nb) into out's columns; the maps of the
    // block are written at z1..d2 (store: the whole batch's, at the block's offset).
    void forwardBlock(const float* x, int nb, const Activation& f, std::span<const double> params,
                      float* z1, float* a1, float* d1, float* z2, float* a2, float* d2, float* out,
                      int* argmax);

    ConvGeometry m_g1, m_g2;
    Pool m_pool;
    Eigen::MatrixXf m_w1, m_b1, m_w2, m_b2, m_gw1, m_gb1, m_gw2, m_gb2;
    // The last stored pass (whole batch), kept between steps so that a step allocates nothing.
    Eigen::MatrixXf m_z1, m_a1, m_d1, m_z2, m_a2, m_d2, m_out, m_mask;
    std::vector<int> m_argmax;          // per output, the index into m_a2 that won its window
    std::vector<float> m_cols, m_dcols; // im2col of a block, and its gradient
    Eigen::MatrixXf m_dOut, m_da1, m_da2, m_dx;
    // Inference's own, one block's worth, and its output.
    Eigen::MatrixXf m_iz1, m_ia1, m_id1, m_iz2, m_ia2, m_id2, m_iOut;
    const std::atomic<bool>* m_cancel = nullptr;
};

} // namespace ae::nn
