#include "optimizer.h"

#include <cmath>

namespace ae::nn {

void Optimizer::step(const std::vector<Eigen::MatrixXf*>& params,
                     const std::vector<Eigen::MatrixXf*>& grads) {
    // Plain SGD keeps no state: no zeroed copy of every tensor to allocate and touch.
    const bool stateful = m_config.kind == OptimizerConfig::Kind::Adam || m_config.momentum != 0.0;
    if (stateful && m_first.empty()) {
        for (const auto* p : params) {
            m_first.push_back(Eigen::MatrixXf::Zero(p->rows(), p->cols()));
            if (m_config.kind == OptimizerConfig::Kind::Adam)
                m_second.push_back(Eigen::MatrixXf::Zero(p->rows(), p->cols()));
        }
    }
    ++m_steps;
    const float lr = float(m_config.learningRate);
    if (m_config.kind == OptimizerConfig::Kind::Sgd) {
        const float mu = float(m_config.momentum);
        for (std::size_t i = 0; i < params.size(); ++i) {
            if (mu == 0.0f) {
                *params[i] -= lr * *grads[i];
                continue;
            }
            // PyTorch: the first step takes the gradient itself as the velocity. Element by
            // element in place, no temporary.
            if (m_steps == 1)
                m_first[i] = *grads[i];
            else
                m_first[i] = mu * m_first[i] + *grads[i];
            *params[i] -= lr * m_first[i];
        }
        return;
    }
    const float b1 = float(m_config.beta1), b2 = float(m_config.beta2);
    const float c1 = 1.0f - std::pow(b1, float(m_steps)), c2 = 1.0f - std::pow(b2, float(m_steps));
    const float eps = float(m_config.epsilon);
    for (std::size_t i = 0; i < params.size(); ++i) {
        m_first[i] = b1 * m_first[i] + (1.0f - b1) * *grads[i];
        m_second[i] = b2 * m_second[i] + (1.0f - b2) * grads[i]->cwiseAbs2();
        // torch.optim.Adam: w -= (lr/c1)·m / (√v/√c2 + ε)
        params[i]->array() -=
            (lr / c1) * m_first[i].array() / (m_second[i].array().sqrt() / std::sqrt(c2) + eps);
    }
}

} // namespace ae::nn
