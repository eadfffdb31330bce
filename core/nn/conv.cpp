#include "conv.h"

#include <algorithm>
#include <cmath>

namespace ae::nn {
namespace {

// Samples per im2col block: conv 2's columns of 16 Fashion-MNIST samples are 500 × 6,400 floats
// (13 MB), where the whole batch's would be 100 MB; the GEMMs stay large enough to run at speed.
constexpr int kBlock = 16;

using Map = Eigen::Map<Eigen::MatrixXf>;

// A buffer grown to the largest size asked for and never shrunk: a smaller last block must not
// free and allocate again.
float* atLeast(std::vector<float>& buffer, std::size_t size) {
    if (buffer.size() < size) buffer.resize(size);
    return buffer.data();
}

void im2colRaw(const float* x, int samples, const ConvGeometry& g, float* out) {
    const int ho = g.outHeight(), wo = g.outWidth(), c = g.channels, k = g.kernel;
    const std::size_t image = std::size_t(g.height) * std::size_t(g.width) * std::size_t(c);
    const int run = k * c; // (kx, c) of one kernel row: contiguous in x
    for (int s = 0; s < samples; ++s) {
        const float* xs = x + std::size_t(s) * image;
        for (int oy = 0; oy < ho; ++oy)
            for (int ox = 0; ox < wo; ++ox)
                for (int ky = 0; ky < k; ++ky) {
                    const float* row = xs + (std::size_t(oy + ky) * g.width + ox) * c;
                    out = std::copy(row, row + run, out);
                }
    }
}

void col2imRaw(const float* dcols, int samples, const ConvGeometry& g, float* dx) {
    const int ho = g.outHeight(), wo = g.outWidth(), c = g.channels, k = g.kernel;
    const std::size_t image = std::size_t(g.height) * std::size_t(g.width) * std::size_t(c);
    const int run = k * c;
    for (int s = 0; s < samples; ++s) {
        float* xs = dx + std::size_t(s) * image;
        for (int oy = 0; oy < ho; ++oy)
            for (int ox = 0; ox < wo; ++ox)
                for (int ky = 0; ky < k; ++ky) {
                    float* row = xs + (std::size_t(oy + ky) * g.width + ox) * c;
                    for (int i = 0; i < run; ++i)
                        row[i] += *dcols++;
                }
    }
}

} // namespace

std::string stemProblem(int inputs, const StemConfig& stem) {
    if (stem.kernel < 1 || stem.kernel > 15) return "the stem's kernel must be 1 to 15 pixels";
    if (stem.filters1 < 1 || stem.filters1 > 512 || stem.filters2 < 1 || stem.filters2 > 512)
        return "the stem's filters must number 1 to 512";
    const int side = int(std::lround(std::sqrt(double(std::max(inputs, 0)))));
    if (side * side != inputs)
        return "the convolutional stem needs square one-channel images (the data has " +
               std::to_string(inputs) + " features)";
    if (side - 2 * (stem.kernel - 1) < 2)
        return "images of " + std::to_string(side) + " × " + std::to_string(side) +
               " are too small for two " + std::to_string(stem.kernel) + " × " +
               std::to_string(stem.kernel) + " convolutions and a 2 × 2 pool";
    return {};
}

void im2col(const float* x, int samples, const ConvGeometry& g, Eigen::MatrixXf& cols) {
    cols.resize(g.taps(), Eigen::Index(samples) * g.outHeight() * g.outWidth());
    im2colRaw(x, samples, g, cols.data());
}

void col2imAdd(const Eigen::MatrixXf& dcols, int samples, const ConvGeometry& g, float* dx) {
    col2imRaw(dcols.data(), samples, g, dx);
}

void conv2d(const Eigen::MatrixXf& x, const ConvGeometry& g, const Eigen::MatrixXf& w,
            const Eigen::MatrixXf& b, Eigen::MatrixXf& cols, Eigen::MatrixXf& y) {
    const int samples = int(x.cols() / (Eigen::Index(g.height) * g.width));
    im2col(x.data(), samples, g, cols);
    y.noalias() = w * cols;
    y.colwise() += b.col(0);
}

ConvStem::ConvStem(int side, const StemConfig& c, Init init, Rng& r) {
    m_g1 = {side, side, 1, c.filters1, c.kernel};
    m_g2 = {m_g1.outHeight(), m_g1.outWidth(), c.filters1, c.filters2, c.kernel};
    const int h = m_g2.outHeight(), w = m_g2.outWidth();
    m_pool = {c.filters2, h, w, c.filters2 * (h / 2) * (w / 2)};
    const int k2 = c.kernel * c.kernel;
    m_w1 = uniformMatrix(c.filters1, m_g1.taps(), initLimit(init, m_g1.taps(), c.filters1 * k2), r);
    m_b1 = Eigen::MatrixXf::Zero(c.filters1, 1);
    m_w2 = uniformMatrix(c.filters2, m_g2.taps(), initLimit(init, m_g2.taps(), c.filters2 * k2), r);
    m_b2 = Eigen::MatrixXf::Zero(c.filters2, 1);
}

void ConvStem::forwardBlock(const float* x, int nb, const Activation& f,
                            std::span<const double> params, float* z1, float* a1, float* d1,
                            float* z2, float* a2, float* d2, float* out, int* argmax) {
    const Eigen::Index n1 = Eigen::Index(nb) * m_g1.outHeight() * m_g1.outWidth();
    const Eigen::Index n2 = Eigen::Index(nb) * m_g2.outHeight() * m_g2.outWidth();
    Map cols1(atLeast(m_cols, std::size_t(m_g1.taps()) * std::size_t(n1)), m_g1.taps(), n1);
    im2colRaw(x, nb, m_g1, cols1.data());
    Map zm1(z1, m_g1.filters, n1);
    zm1.noalias() = m_w1 * cols1;
    zm1.colwise() += m_b1.col(0);
    const auto s1 = std::size_t(zm1.size());
    evaluateBatch(f, std::span<const float>(z1, s1), params, std::span<float>(a1, s1),
                  std::span<float>(d1, s1));
    Map cols2(atLeast(m_cols, std::size_t(m_g2.taps()) * std::size_t(n2)), m_g2.taps(), n2);
    im2colRaw(a1, nb, m_g2, cols2.data());
    Map zm2(z2, m_g2.filters, n2);
    zm2.noalias() = m_w2 * cols2;
    zm2.colwise() += m_b2.col(0);
    const auto s2 = std::size_t(zm2.size());
    evaluateBatch(f, std::span<const float>(z2, s2), params, std::span<float>(a2, s2),
                  std::span<float>(d2, s2));
    // 2×2 max-pool, stride 2 (an odd last row or column is left out, as Keras' "valid" and
    // PyTorch's floor mode do). The first maximum of a window in row-major order wins ties —
    // frequent after ReLU — as in PyTorch, whose gradient the exported script's check compares.
    const int ch = m_pool.channels, w = m_pool.width, hp = m_pool.height / 2, wp = w / 2;
    const std::size_t image = std::size_t(m_pool.height) * std::size_t(w) * std::size_t(ch);
    for (int s = 0; s < nb; ++s) {
        const float* in = a2 + std::size_t(s) * image;
        float* o = out + std::size_t(s) * std::size_t(m_pool.rows);
        int* am = argmax ? argmax + std::size_t(s) * std::size_t(m_pool.rows) : nullptr;
        for (int py = 0; py < hp; ++py)
            for (int px = 0; px < wp; ++px)
                for (int c = 0; c < ch; ++c) {
                    int best = ((2 * py) * w + 2 * px) * ch + c;
                    float v = in[best];
                    for (int k = 1; k < 4; ++k) {
                        const int at = ((2 * py + k / 2) * w + 2 * px + k % 2) * ch + c;
                        if (in[at] > v || std::isnan(in[at])) {
                            v = in[at];
                            best = at;
                        }
                    }
                    const int j = (py * wp + px) * ch + c;
                    o[j] = v;
                    if (am) am[j] = best;
                }
    }
}

const Eigen::MatrixXf* ConvStem::forward(const Eigen::MatrixXf& x, const Activation& f,
                                         std::span<const double> params, Rng* dropout, double p,
                                         bool store) {
    const int n = int(x.cols());
    const Eigen::Index m1 = Eigen::Index(m_g1.outHeight()) * m_g1.outWidth();
    const Eigen::Index m2 = Eigen::Index(m_g2.outHeight()) * m_g2.outWidth();
    const std::size_t in = std::size_t(m_g1.height) * std::size_t(m_g1.width);
    const auto rows = std::size_t(m_pool.rows);
    if (!store) {
        // One block's maps, reused block after block: inference of any number of samples in
        // bounded memory, without touching the training pass's buffers.
        const int nb = std::min(n, kBlock);
        m_iz1.resize(m_g1.filters, nb * m1);
        m_ia1.resize(m_g1.filters, nb * m1);
        m_id1.resize(m_g1.filters, nb * m1);
        m_iz2.resize(m_g2.filters, nb * m2);
        m_ia2.resize(m_g2.filters, nb * m2);
        m_id2.resize(m_g2.filters, nb * m2);
        m_iOut.resize(m_pool.rows, n);
        for (int s0 = 0; s0 < n; s0 += kBlock) {
            if (stopped()) return nullptr;
            forwardBlock(x.data() + std::size_t(s0) * in, std::min(kBlock, n - s0), f, params,
                         m_iz1.data(), m_ia1.data(), m_id1.data(), m_iz2.data(), m_ia2.data(),
                         m_id2.data(), m_iOut.data() + std::size_t(s0) * rows, nullptr);
        }
        return &m_iOut;
    }
    m_z1.resize(m_g1.filters, n * m1);
    m_a1.resize(m_g1.filters, n * m1);
    m_d1.resize(m_g1.filters, n * m1);
    m_z2.resize(m_g2.filters, n * m2);
    m_a2.resize(m_g2.filters, n * m2);
    m_d2.resize(m_g2.filters, n * m2);
    m_out.resize(m_pool.rows, n);
    m_argmax.resize(rows * std::size_t(n));
    for (int s0 = 0; s0 < n; s0 += kBlock) {
        if (stopped()) return nullptr;
        const Eigen::Index o1 = s0 * m1 * m_g1.filters, o2 = s0 * m2 * m_g2.filters;
        forwardBlock(x.data() + std::size_t(s0) * in, std::min(kBlock, n - s0), f, params,
                     m_z1.data() + o1, m_a1.data() + o1, m_d1.data() + o1, m_z2.data() + o2,
                     m_a2.data() + o2, m_d2.data() + o2, m_out.data() + std::size_t(s0) * rows,
                     m_argmax.data() + std::size_t(s0) * rows);
    }
    if (dropout && p > 0.0) {
        // Drawn before the dense layers' masks: the order of the forward pass.
        m_mask.resize(m_pool.rows, n);
        dropoutMask(*dropout, p, m_mask);
        m_out.array() *= m_mask.array();
    } else {
        m_mask.resize(0, 0);
    }
    return &m_out;
}

bool ConvStem::backward(const Eigen::MatrixXf& x, const Eigen::MatrixXf& dOutput,
                        bool dataGradient) {
    const int n = int(x.cols());
    const Eigen::Index m1 = Eigen::Index(m_g1.outHeight()) * m_g1.outWidth();
    const Eigen::Index m2 = Eigen::Index(m_g2.outHeight()) * m_g2.outWidth();
    const std::size_t in = std::size_t(m_g1.height) * std::size_t(m_g1.width);
    if (m_mask.size() > 0)
        m_dOut.array() = dOutput.array() * m_mask.array();
    else
        m_dOut = dOutput;
    // The pool: each output's gradient to the input that won its window.
    m_da2.setZero(m_g2.filters, n * m2);
    const auto rows = std::size_t(m_pool.rows);
    const auto image = std::size_t(m2) * std::size_t(m_g2.filters);
    for (std::size_t s = 0; s < std::size_t(n); ++s)
        for (std::size_t j = 0; j < rows; ++j)
            m_da2.data()[s * image + std::size_t(m_argmax[s * rows + j])] +=
                m_dOut.data()[s * rows + j];
    m_da2.array() *= m_d2.array(); // ∂L/∂z2
    m_gb2 = m_da2.rowwise().sum();
    m_gw2.setZero(m_w2.rows(), m_w2.cols());
    m_da1.setZero(m_g1.filters, n * m1);
    for (int s0 = 0; s0 < n; s0 += kBlock) {
        if (stopped()) return false;
        const int nb = std::min(kBlock, n - s0);
        const Eigen::Index cols = nb * m2;
        Map c2(atLeast(m_cols, std::size_t(m_g2.taps()) * std::size_t(cols)), m_g2.taps(), cols);
        im2colRaw(m_a1.data() + s0 * m1 * m_g1.filters, nb, m_g2, c2.data());
        const Map dz(m_da2.data() + s0 * m2 * m_g2.filters, m_g2.filters, cols);
        m_gw2.noalias() += dz * c2.transpose();
        Map dc(atLeast(m_dcols, std::size_t(c2.size())), m_g2.taps(), cols);
        dc.noalias() = m_w2.transpose() * dz;
        col2imRaw(dc.data(), nb, m_g2, m_da1.data() + s0 * m1 * m_g1.filters);
    }
    m_da1.array() *= m_d1.array(); // ∂L/∂z1
    m_gb1 = m_da1.rowwise().sum();
    m_gw1.setZero(m_w1.rows(), m_w1.cols());
    if (dataGradient) m_dx.setZero(x.rows(), x.cols());
    for (int s0 = 0; s0 < n; s0 += kBlock) {
        if (stopped()) return false;
        const int nb = std::min(kBlock, n - s0);
        const Eigen::Index cols = nb * m1;
        Map c1(atLeast(m_cols, std::size_t(m_g1.taps()) * std::size_t(cols)), m_g1.taps(), cols);
        im2colRaw(x.data() + std::size_t(s0) * in, nb, m_g1, c1.data());
        const Map dz(m_da1.data() + s0 * m1 * m_g1.filters, m_g1.filters, cols);
        m_gw1.noalias() += dz * c1.transpose();
        if (dataGradient) {
            Map dc(atLeast(m_dcols, std::size_t(c1.size())), m_g1.taps(), cols);
            dc.noalias() = m_w1.transpose() * dz;
            col2imRaw(dc.data(), nb, m_g1, m_dx.data() + std::size_t(s0) * in);
        }
    }
    return true;
}

void ConvStem::tensors(std::vector<Eigen::MatrixXf*>& v, bool gradients) {
    v.push_back(gradients ? &m_gw1 : &m_w1);
    v.push_back(gradients ? &m_gb1 : &m_b1);
    v.push_back(gradients ? &m_gw2 : &m_w2);
    v.push_back(gradients ? &m_gb2 : &m_b2);
}

} // namespace ae::nn
