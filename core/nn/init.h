// Initial weights and dropout masks, shared by the dense layers (mlp.cpp) and the convolutional
// stem (conv.cpp) so that both draw from their streams in the one order the exported PyTorch
// script reproduces.
#pragma once

#include "core/nn/rng.h"

#include <Eigen/Core>

#include <cmath>
#include <cstdint>

namespace ae::nn {

// Uniform in ±limit: Glorot √(6/(in+out)), He √(6/in), LeCun √(3/in) (Keras' *_uniform). For a
// convolution, in and out count the kernel's taps too (Cin·k², Cout·k²), as Keras and PyTorch do.
enum class Init { Glorot, He, LeCun };

inline double initLimit(Init init, int fanIn, int fanOut) {
    switch (init) {
    case Init::He:
        return std::sqrt(6.0 / fanIn);
    case Init::LeCun:
        return std::sqrt(3.0 / fanIn);
    case Init::Glorot:
        break;
    }
    return std::sqrt(6.0 / (fanIn + fanOut));
}

// Row after row, as PyTorch stores a weight (out × in): the exported script fills its tensors in
// the same order from the same stream. Written in memory order into a row-major matrix and then
// copied: filling the column-major one row by row strides through memory.
inline Eigen::MatrixXf uniformMatrix(int rows, int cols, double limit, Rng& r) {
    Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> m(rows, cols);
    for (Eigen::Index k = 0; k < m.size(); ++k)
        m.data()[k] = float(r.uniform(-limit, limit));
    return m;
}

// Inverted dropout: 1/(1-p) where kept, 0 where dropped, in memory order (column after column:
// sample after sample, unit after unit), the order the exported script draws its masks in.
// uniform() >= p, compared as integers: uniform() is u·2⁻⁵³ for the integer u = next() >> 11,
// exactly, so the test is u >= ⌈p·2⁵³⌉ — the same masks without the conversion to double, and
// with no branch for the random drops to mispredict.
inline void dropoutMask(Rng& r, double p, Eigen::MatrixXf& mask) {
    const float keep = float(1.0 / (1.0 - p));
    const auto threshold = std::uint64_t(std::ceil(p * 0x1p53));
    float* m = mask.data();
    for (Eigen::Index i = 0; i < mask.size(); ++i)
        m[i] = keep * float((r.next() >> 11) >= threshold);
}

} // namespace ae::nn
