#include "mlp.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ae::nn {
namespace {

constexpr float kBnEps = 1e-5f; // PyTorch's BatchNorm1d defaults
constexpr float kBnMomentum = 0.1f;
constexpr Eigen::Index kChunk = 512; // inference in column blocks: bounded memory for any set

Eigen::MatrixXf uniformMatrix(int rows, int cols, double limit, Rng& r) {
    Eigen::MatrixXf m(rows, cols);
    // Row after row, as PyTorch stores a weight (out × in): the exported script fills its
    // tensors in the same order from the same stream.
    for (int o = 0; o < rows; ++o)
        for (int i = 0; i < cols; ++i)
            m(o, i) = float(r.uniform(-limit, limit));
    return m;
}

double initLimit(Init init, int in, int out) {
    switch (init) {
    case Init::He:
        return std::sqrt(6.0 / in);
    case Init::LeCun:
        return std::sqrt(3.0 / in);
    case Init::Glorot:
        break;
    }
    return std::sqrt(6.0 / (in + out));
}

} // namespace

Mlp::Mlp(const MlpConfig& config, const Activation& activation, std::vector<double> params,
         std::uint64_t seed)
    : m_config(config), m_activation(activation), m_params(std::move(params)) {
    Rng r = Rng::stream(seed, 1);
    int in = config.inputs;
    for (int l = 0; l < config.depth; ++l) {
        Layer layer;
        layer.w = uniformMatrix(config.width, in, initLimit(config.init, in, config.width), r);
        layer.b = Eigen::MatrixXf::Zero(config.width, 1);
        if (config.batchNorm) {
            layer.gamma = Eigen::MatrixXf::Ones(config.width, 1);
            layer.beta = Eigen::MatrixXf::Zero(config.width, 1);
            layer.runMean = Eigen::VectorXf::Zero(config.width);
            layer.runVar = Eigen::VectorXf::Ones(config.width);
        }
        m_layers.push_back(std::move(layer));
        in = config.width;
    }
    m_outW = uniformMatrix(config.classes, in, initLimit(config.init, in, config.classes), r);
    m_outB = Eigen::MatrixXf::Zero(config.classes, 1);
}

const Eigen::MatrixXf& Mlp::forward(const Eigen::MatrixXf& x, Mode mode, Rng* dropout) {
    const Eigen::MatrixXf* a = &x;
    const Eigen::Index n = x.cols();
    for (Layer& L : m_layers) {
        if (mode == Mode::Train && cancelled()) return m_logits;
        L.z.noalias() = L.w * *a;
        L.z.colwise() += L.b.col(0);
        if (m_config.batchNorm) {
            if (mode == Mode::Infer) {
                const Eigen::VectorXf scale =
                    L.gamma.col(0).array() / (L.runVar.array() + kBnEps).sqrt();
                L.u = scale.asDiagonal() * (L.z.colwise() - L.runMean);
                L.u.colwise() += L.beta.col(0);
            } else {
                const Eigen::VectorXf mean = L.z.rowwise().mean();
                L.xhat = L.z.colwise() - mean;
                const Eigen::VectorXf var = L.xhat.array().square().rowwise().mean();
                L.invStd = (var.array() + kBnEps).rsqrt();
                L.xhat = L.invStd.asDiagonal() * L.xhat;
                L.u = L.gamma.col(0).asDiagonal() * L.xhat;
                L.u.colwise() += L.beta.col(0);
                if (mode == Mode::Train) {
                    const float unbiased = n > 1 ? float(n) / float(n - 1) : 1.0f;
                    L.runMean = (1.0f - kBnMomentum) * L.runMean + kBnMomentum * mean;
                    L.runVar = (1.0f - kBnMomentum) * L.runVar + kBnMomentum * unbiased * var;
                }
            }
        } else {
            L.u = L.z;
        }
        L.f.resize(L.u.rows(), L.u.cols());
        L.df.resize(L.u.rows(), L.u.cols());
        const auto size = std::size_t(L.u.size());
        evaluateBatch(m_activation, std::span<const float>(L.u.data(), size), m_params,
                      std::span<float>(L.f.data(), size), std::span<float>(L.df.data(), size));
        if (mode == Mode::Train && m_config.dropout > 0.0) {
            // Column after column (sample after sample), unit after unit within a column: the
            // order the exported script draws its masks in.
            const double p = m_config.dropout;
            const float keep = float(1.0 / (1.0 - p));
            L.mask.resize(L.f.rows(), L.f.cols());
            for (Eigen::Index i = 0; i < L.mask.size(); ++i)
                L.mask.data()[i] = dropout->uniform() >= p ? keep : 0.0f;
            L.f.array() *= L.mask.array();
        } else {
            L.mask.resize(0, 0);
        }
        a = &L.f;
    }
    m_logits.noalias() = m_outW * *a;
    m_logits.colwise() += m_outB.col(0);
    return m_logits;
}

// Softmax cross-entropy with the max subtracted (no overflow); dLogits = (softmax - onehot)/n.
double Mlp::lossAndGradient(const Eigen::MatrixXf& logits, std::span<const int> y,
                            Eigen::MatrixXf* dLogits) const {
    const Eigen::Index n = logits.cols();
    if (dLogits) dLogits->resize(logits.rows(), n);
    double total = 0;
    for (Eigen::Index j = 0; j < n; ++j) {
        const auto col = logits.col(j);
        const float m = col.maxCoeff();
        const float sum = (col.array() - m).exp().sum();
        const float lse = m + std::log(sum);
        total += double(lse - col(y[std::size_t(j)]));
        if (dLogits) {
            dLogits->col(j) = (col.array() - lse).exp() / float(n);
            (*dLogits)(y[std::size_t(j)], j) -= 1.0f / float(n);
        }
    }
    return total / double(n);
}

void Mlp::backward(const Eigen::MatrixXf& x, const Eigen::MatrixXf& dLogits) {
    const Eigen::MatrixXf& last = m_layers.empty() ? x : m_layers.back().f;
    m_gOutW.noalias() = dLogits * last.transpose();
    m_gOutB = dLogits.rowwise().sum();
    Eigen::MatrixXf dA = m_outW.transpose() * dLogits;
    const float n = float(x.cols());
    for (std::size_t k = m_layers.size(); k-- > 0;) {
        if (cancelled()) return;
        Layer& L = m_layers[k];
        if (L.mask.size() > 0) dA.array() *= L.mask.array();
        Eigen::MatrixXf dZ = dA.cwiseProduct(L.df);
        if (m_config.batchNorm) {
            L.gbeta = dZ.rowwise().sum();
            L.ggamma = dZ.cwiseProduct(L.xhat).rowwise().sum();
            const Eigen::MatrixXf dxhat = L.gamma.col(0).asDiagonal() * dZ;
            const Eigen::VectorXf sum = dxhat.rowwise().sum();
            const Eigen::VectorXf dot = dxhat.cwiseProduct(L.xhat).rowwise().sum();
            dZ = n * dxhat;
            dZ.colwise() -= sum;
            dZ -= dot.asDiagonal() * L.xhat;
            dZ = (L.invStd / n).asDiagonal() * dZ;
        }
        const Eigen::MatrixXf& input = k == 0 ? x : m_layers[k - 1].f;
        L.gw.noalias() = dZ * input.transpose();
        L.gb = dZ.rowwise().sum();
        L.dInput.noalias() = L.w.transpose() * dZ;
        dA = L.dInput;
    }
}

double Mlp::trainPass(const Eigen::MatrixXf& x, std::span<const int> y, Rng& dropout) {
    const Eigen::MatrixXf& logits = forward(x, Mode::Train, &dropout);
    if (cancelled()) return std::numeric_limits<double>::quiet_NaN();
    Eigen::MatrixXf dLogits;
    const double loss = lossAndGradient(logits, y, &dLogits);
    backward(x, dLogits);
    return loss;
}

std::vector<LayerStats> Mlp::gradientFlow(const Eigen::MatrixXf& x, std::span<const int> y,
                                          double epsilon) {
    const Eigen::MatrixXf& logits = forward(x, Mode::Probe, nullptr);
    Eigen::MatrixXf dLogits;
    lossAndGradient(logits, y, &dLogits);
    backward(x, dLogits);
    std::vector<LayerStats> out;
    for (const Layer& L : m_layers) {
        LayerStats s;
        s.gradNorm = double(L.dInput.norm());
        const double count = double(L.f.size());
        s.mean = double(L.f.mean());
        s.stdDev =
            std::sqrt(std::max(0.0, double((L.f.array() - float(s.mean)).square().sum()) / count));
        s.saturated = double((L.df.array().abs() < float(epsilon)).count()) / count;
        s.dead = double((L.df.array() == 0.0f).count()) / count;
        out.push_back(s);
    }
    return out;
}

Evaluation Mlp::evaluate(const Eigen::MatrixXf& x, std::span<const int> y) {
    Evaluation e;
    const Eigen::Index n = x.cols();
    if (n == 0) return e;
    double loss = 0;
    Eigen::Index right = 0;
    for (Eigen::Index from = 0; from < n; from += kChunk) {
        const Eigen::Index m = std::min(kChunk, n - from);
        const Eigen::MatrixXf block = x.middleCols(from, m);
        const Eigen::MatrixXf& logits = forward(block, Mode::Infer, nullptr);
        const auto labels = y.subspan(std::size_t(from), std::size_t(m));
        loss += lossAndGradient(logits, labels, nullptr) * double(m);
        for (Eigen::Index j = 0; j < m; ++j) {
            Eigen::Index best = 0;
            if (logits.col(j).allFinite() && (logits.col(j).maxCoeff(&best), true) &&
                int(best) == labels[std::size_t(j)])
                ++right;
        }
    }
    e.loss = loss / double(n);
    e.accuracy = double(right) / double(n);
    return e;
}

std::vector<int> Mlp::predict(const Eigen::MatrixXf& x) {
    std::vector<int> out;
    for (Eigen::Index from = 0; from < x.cols(); from += kChunk) {
        const Eigen::Index m = std::min(kChunk, x.cols() - from);
        const Eigen::MatrixXf block = x.middleCols(from, m);
        const Eigen::MatrixXf& logits = forward(block, Mode::Infer, nullptr);
        for (Eigen::Index j = 0; j < m; ++j) {
            Eigen::Index best = -1;
            if (logits.col(j).allFinite()) logits.col(j).maxCoeff(&best);
            out.push_back(int(best));
        }
    }
    return out;
}

std::vector<Eigen::MatrixXf*> Mlp::tensors(bool gradients) {
    std::vector<Eigen::MatrixXf*> v;
    for (Layer& L : m_layers) {
        v.push_back(gradients ? &L.gw : &L.w);
        v.push_back(gradients ? &L.gb : &L.b);
        if (m_config.batchNorm) {
            v.push_back(gradients ? &L.ggamma : &L.gamma);
            v.push_back(gradients ? &L.gbeta : &L.beta);
        }
    }
    v.push_back(gradients ? &m_gOutW : &m_outW);
    v.push_back(gradients ? &m_gOutB : &m_outB);
    return v;
}

const Eigen::MatrixXf& Mlp::outputs(int layer) const {
    return m_layers.at(std::size_t(layer)).f;
}
const Eigen::MatrixXf& Mlp::inputGradient(int layer) const {
    return m_layers.at(std::size_t(layer)).dInput;
}

} // namespace ae::nn
