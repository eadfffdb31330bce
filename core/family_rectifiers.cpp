// Piecewise-linear rectifiers. At kinks the derivative follows PyTorch's autograd (ReLU'(0) = 0,
// LeakyReLU'(0) = a), so the app agrees with what students see in training code.
#include "families.h"
#include "stable.h"

namespace ae::families {
namespace {

Derivs reluEval(double x, std::span<const double>) {
    if (x > 0.0) return {x, 1.0, 0.0};
    return {0.0, 0.0, 0.0};
}

Derivs leakyReluEval(double x, std::span<const double> p) {
    const double a = p[0];
    if (x > 0.0) return {x, 1.0, 0.0};
    return {stable::zmul(a, x), a, 0.0};
}

} // namespace

std::vector<Activation> rectifiers() {
    return {
        {"relu", "ReLU", "article",
         "ReLU(x) = max(0, x)",
         "ReLU′(x) = 1 for x &gt; 0, 0 for x ≤ 0 (PyTorch: ReLU′(0) = 0)",
         "ReLU″(x) = 0 (x ≠ 0)",
         {},
         {},
         &reluEval},
        {"leaky_relu", "Leaky ReLU", "article",
         "LeakyReLU(x) = x for x &gt; 0, a·x for x ≤ 0",
         "LeakyReLU′(x) = 1 for x &gt; 0, a for x ≤ 0 (PyTorch: LeakyReLU′(0) = a)",
         "LeakyReLU″(x) = 0 (x ≠ 0)",
         {"prelu"},
         {{"a", "a", "slope for x ≤ 0 (trainable in PReLU)", 0.1, 0.0, 1.0, 0.01}},
         &leakyReluEval},
    };
}

} // namespace ae::families
