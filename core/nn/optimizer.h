// SGD (with momentum) and Adam, as PyTorch defines them, over the tensors an Mlp lists: the
// trainer calls step() after each training pass; the exported script uses torch.optim's own.
#pragma once

#include <Eigen/Core>

#include <vector>

namespace ae::nn {

struct OptimizerConfig {
    enum class Kind { Sgd, Adam };
    Kind kind = Kind::Sgd;
    double learningRate = 0.01;
    double momentum = 0.0;                             // SGD: v = μv + g, w -= lr·v
    double beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8; // Adam
};

class Optimizer {
  public:
    explicit Optimizer(const OptimizerConfig& config) : m_config(config) {}
    void step(const std::vector<Eigen::MatrixXf*>& params,
              const std::vector<Eigen::MatrixXf*>& grads);

  private:
    OptimizerConfig m_config;
    std::vector<Eigen::MatrixXf> m_first, m_second;
    long m_steps = 0;
};

} // namespace ae::nn
