#include "mlp.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ae::nn {
namespace {

constexpr float kBnEps = 1e-5f; // PyTorch's BatchNorm1d defaults
constexpr float kBnMomentum = 0.1f;
constexpr Eigen::Index kChunk = 512; // inference in column blocks: bounded memory for any set

} // namespace

Mlp::Mlp(const MlpConfig& config, const Activation& activation, std::vector<double> params,
         std::uint64_t seed)
    : m_config(config), m_activation(activation), m_params(std::move(params)) {
    Rng r = Rng::stream(seed, 1);
    int in = config.inputs;
    if (config.stem.enabled) {
        const int side = int(std::lround(std::sqrt(double(config.inputs))));
        m_stem = std::make_unique<ConvStem>(side, config.stem, config.init, r);
        in = m_stem->outputs();
    }
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

const Eigen::MatrixXf* Mlp::forward(const Eigen::MatrixXf& x, Mode mode, Rng* dropout) {
    const Eigen::Index n = x.cols();
    // Inference keeps nothing per layer: it works in matrices of its own (f in two, in turn),
    // so an evaluation between training steps does not resize — free and fault in again — the
    // training pass's buffers, and the layers keep the last training or probing pass.
    const bool infer = mode == Mode::Infer;
    const Eigen::MatrixXf* a = &x;
    if (m_stem) {
        m_stem->setCancel(m_cancel);
        a = m_stem->forward(x, m_activation, m_params, mode == Mode::Train ? dropout : nullptr,
                            m_config.dropout, !infer);
        if (!a) return nullptr;
    }
    for (std::size_t l = 0; l < m_layers.size(); ++l) {
        if (stopped()) return nullptr;
        Layer& L = m_layers[l];
        Eigen::MatrixXf& z = infer ? m_inferZ : L.z;
        Eigen::MatrixXf& f = infer ? m_inferF[l % 2] : L.f;
        Eigen::MatrixXf& df = infer ? m_inferDf : L.df;
        z.noalias() = L.w * *a;
        z.colwise() += L.b.col(0);
        // The activation's argument: z itself without BatchNorm (no copy into u).
        const Eigen::MatrixXf* pre = &z;
        if (m_config.batchNorm) {
            // Written as array expressions that assign in place: same operations in the same
            // order as diagonal products, without their temporaries.
            if (infer) {
                const Eigen::VectorXf scale =
                    L.gamma.col(0).array() / (L.runVar.array() + kBnEps).sqrt();
                z.array() =
                    ((z.colwise() - L.runMean).array().colwise() * scale.array()).colwise() +
                    L.beta.col(0).array();
            } else {
                L.mean = z.rowwise().mean();
                L.xhat = z.colwise() - L.mean;
                L.var = L.xhat.array().square().rowwise().mean();
                L.invStd = (L.var.array() + kBnEps).rsqrt();
                L.xhat.array().colwise() *= L.invStd.array();
                L.u.array() = (L.xhat.array().colwise() * L.gamma.col(0).array()).colwise() +
                              L.beta.col(0).array();
                if (mode == Mode::Train) {
                    const float unbiased = n > 1 ? float(n) / float(n - 1) : 1.0f;
                    L.runMean = (1.0f - kBnMomentum) * L.runMean + kBnMomentum * L.mean;
                    L.runVar = (1.0f - kBnMomentum) * L.runVar + kBnMomentum * unbiased * L.var;
                }
                pre = &L.u;
            }
        }
        f.resize(pre->rows(), pre->cols());
        df.resize(pre->rows(), pre->cols());
        const auto size = std::size_t(pre->size());
        evaluateBatch(m_activation, std::span<const float>(pre->data(), size), m_params,
                      std::span<float>(f.data(), size), std::span<float>(df.data(), size));
        if (mode == Mode::Train && m_config.dropout > 0.0) {
            L.mask.resize(f.rows(), f.cols());
            dropoutMask(*dropout, m_config.dropout, L.mask);
            f.array() *= L.mask.array();
        } else if (!infer) {
            L.mask.resize(0, 0); // backward() reads an empty mask as "no dropout"
        }
        a = &f;
    }
    Eigen::MatrixXf& logits = infer ? m_inferLogits : m_logits;
    logits.noalias() = m_outW * *a;
    logits.colwise() += m_outB.col(0);
    return &logits;
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

bool Mlp::backward(const Eigen::MatrixXf& x, const Eigen::MatrixXf& dLogits, bool dataGradient) {
    const Eigen::MatrixXf& in0 = m_stem ? m_stem->output() : x; // the first dense layer's input
    const Eigen::MatrixXf& last = m_layers.empty() ? in0 : m_layers.back().f;
    m_gOutW.noalias() = dLogits * last.transpose();
    m_gOutB = dLogits.rowwise().sum();
    if (m_layers.empty() && !m_stem) return true;
    m_dTop.noalias() = m_outW.transpose() * dLogits;
    const Eigen::MatrixXf* dA = &m_dTop; // ∂L/∂(layer k's output)
    const float n = float(x.cols());
    for (std::size_t k = m_layers.size(); k-- > 0;) {
        if (stopped()) return false;
        Layer& L = m_layers[k];
        // One pass: (dA·mask)·f', the order the separate products had.
        if (L.mask.size() > 0)
            L.dz.array() = dA->array() * L.mask.array() * L.df.array();
        else
            L.dz.array() = dA->array() * L.df.array();
        if (m_config.batchNorm) {
            L.gbeta = L.dz.rowwise().sum();
            L.ggamma = L.dz.cwiseProduct(L.xhat).rowwise().sum();
            L.dz.array().colwise() *= L.gamma.col(0).array(); // ∂L/∂x̂
            const Eigen::VectorXf sum = L.dz.rowwise().sum();
            const Eigen::VectorXf dot = L.dz.cwiseProduct(L.xhat).rowwise().sum();
            const Eigen::VectorXf scale = L.invStd / n;
            // (n·dx̂ − Σdx̂ − x̂·Σ(dx̂·x̂))·invStd/n, element by element in place.
            L.dz.array() = (((n * L.dz.array()).colwise() - sum.array()) -
                            L.xhat.array().colwise() * dot.array())
                               .colwise() *
                           scale.array();
        }
        const Eigen::MatrixXf& input = k == 0 ? in0 : m_layers[k - 1].f;
        L.gw.noalias() = L.dz * input.transpose();
        L.gb = L.dz.rowwise().sum();
        if (k > 0 || dataGradient || m_stem) L.dInput.noalias() = L.w.transpose() * L.dz;
        dA = &L.dInput;
    }
    if (m_stem && stopped()) return false;
    return m_stem ? m_stem->backward(x, *dA, dataGradient) : true;
}

double Mlp::trainPass(const Eigen::MatrixXf& x, std::span<const int> y, Rng& dropout) {
    const Eigen::MatrixXf* logits = forward(x, Mode::Train, &dropout);
    if (!logits) return std::numeric_limits<double>::quiet_NaN();
    const double loss = lossAndGradient(*logits, y, &m_dLogits);
    return backward(x, m_dLogits, false) ? loss : std::numeric_limits<double>::quiet_NaN();
}

std::vector<LayerStats> Mlp::gradientFlow(const Eigen::MatrixXf& x, std::span<const int> y,
                                          double epsilon) {
    const Eigen::MatrixXf* logits = forward(x, Mode::Probe, nullptr);
    if (!logits) return {};
    lossAndGradient(*logits, y, &m_dLogits);
    if (!backward(x, m_dLogits, true)) return {};
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

// x itself when one chunk holds it, else its columns [from, from + m) in a reused matrix.
const Eigen::MatrixXf& Mlp::chunk(const Eigen::MatrixXf& x, Eigen::Index from, Eigen::Index m) {
    if (from == 0 && m == x.cols()) return x;
    m_block = x.middleCols(from, m);
    return m_block;
}

Evaluation Mlp::evaluate(const Eigen::MatrixXf& x, std::span<const int> y) {
    Evaluation e;
    const Eigen::Index n = x.cols();
    if (n == 0) return e;
    double loss = 0;
    Eigen::Index right = 0;
    for (Eigen::Index from = 0; from < n; from += kChunk) {
        const Eigen::Index m = std::min(kChunk, n - from);
        const Eigen::MatrixXf* out = forward(chunk(x, from, m), Mode::Infer, nullptr);
        if (!out) return {std::numeric_limits<double>::quiet_NaN(), 0.0};
        const Eigen::MatrixXf& logits = *out;
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
        const Eigen::MatrixXf* logits = forward(chunk(x, from, m), Mode::Infer, nullptr);
        if (!logits) {
            out.resize(std::size_t(x.cols()), -1);
            break;
        }
        for (Eigen::Index j = 0; j < m; ++j) {
            Eigen::Index best = -1;
            if (logits->col(j).allFinite()) logits->col(j).maxCoeff(&best);
            out.push_back(int(best));
        }
    }
    return out;
}

std::vector<Eigen::MatrixXf*> Mlp::tensors(bool gradients) {
    std::vector<Eigen::MatrixXf*> v;
    if (m_stem) m_stem->tensors(v, gradients);
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
