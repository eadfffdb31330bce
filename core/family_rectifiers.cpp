// Rectifiers: the piecewise-linear ReLU family and the exponential linear units. At kinks the
// derivatives follow PyTorch's autograd, so the app agrees with what students see in training
// code (aten's backward formulas in brackets):
//   ReLU'(0) = 0, LeakyReLU'(0) = a, RReLU'(0) = its mean slope    [leaky_relu_backward: x > 0]
//   ELU'(0) = α, SELU'(0) = λα, CELU'(0) = 1                       [elu_backward: x <= 0 branch]
//   and ELU''(0) = SELU''(0) = CELU''(0) = 0                       [elu_double_backward: x < 0]
//   ReLU6'(0) = ReLU6'(6) = 0                                      [relu6 = hardtanh(x, 0, 6)]
//   Threshold'(t) = 0                                              [threshold_backward: x > t]
// f'' is 0 on the linear pieces; the deltas at jumps of f' are not represented.
#include "batch.h"
#include "families.h"
#include "stable.h"

#include <cmath>

namespace ae::families {
namespace {

using stable::expFlushed;
using stable::zmul;

constexpr double kSeluScale = 1.0507009873554804934193349852946;      // λ
constexpr double kSeluScaleAlpha = 1.7580993408473768599402175208123; // λα, rounded once

Derivs reluEval(double x, std::span<const double>) {
    if (x > 0.0) return {x, 1.0, 0.0};
    return {0.0, 0.0, 0.0};
}

Derivs leakyWithSlope(double x, double a) {
    if (x > 0.0) return {x, 1.0, 0.0};
    return {zmul(a, x), a, 0.0};
}

Derivs leakyReluEval(double x, std::span<const double> p) {
    return leakyWithSlope(x, p[0]);
}

// RReLU in evaluation mode is Leaky ReLU with the mean slope; the band is the slope's range.
Derivs rreluEval(double x, std::span<const double> p) {
    return leakyWithSlope(x, 0.5 * (p[0] + p[1]));
}
Derivs rreluLower(double x, std::span<const double> p) {
    return leakyWithSlope(x, p[0]);
}
Derivs rreluUpper(double x, std::span<const double> p) {
    return leakyWithSlope(x, p[1]);
}

// The exponential side of ELU and SELU, x <= 0: f = c·(e^x − 1), f' = c·e^x, f'' = c·e^x for
// x < 0 and 0 at x = 0 (PyTorch's double backward). expm1 keeps f accurate near 0. Below
// x = -700, e^x is applied as q·q, q = e^(x/2), last, so that its one rounding into the
// subnormal range comes at the very end (and x = -inf gives the limits).
Derivs expSide(double c, double x) {
    if (x < -700.0) {
        const double q = expFlushed(0.5 * x);
        const double d = zmul(zmul(c, q), q);
        return {-c, d, d}; // c·expm1(x) is -c to double precision
    }
    const double d = c * expFlushed(x);
    return {c * std::expm1(x), d, x < 0.0 ? d : 0.0};
}

Derivs eluEval(double x, std::span<const double> p) {
    if (x > 0.0) return {x, 1.0, 0.0};
    return expSide(p[0], x);
}

Derivs seluEval(double x, std::span<const double>) {
    if (x > 0.0) return {kSeluScale * x, kSeluScale, 0.0};
    return expSide(kSeluScaleAlpha, x);
}

// CELU, x <= 0: f = α(e^t − 1), f' = e^t, f'' = e^t/α with t = x/α. t is carried exactly as
// t + tl (the remainder of a correctly rounded division is exact, and fma computes it): for t
// near -700 the rounding of t alone would cost hundreds of ulp in e^t.
Derivs celuEval(double x, std::span<const double> p) {
    const double alpha = p[0];
    if (x > 0.0) return {x, 1.0, 0.0};
    if (alpha == 0.0) // the limit α → 0 is ReLU (PyTorch's e^(0/α) = 1 kept at 0)
        return {0.0, x == 0.0 ? 1.0 : 0.0, 0.0};
    const double t = x / alpha;
    if (t < -746.0) return {-alpha, 0.0, 0.0}; // e^t underflows (and x = -inf)
    const double tl = std::fma(-t, alpha, x) / alpha;
    if (t < -700.0) {
        const double q = expFlushed(0.5 * t) * (1.0 + 0.5 * tl);
        return {-alpha, q * q, (q / alpha) * q};
    }
    const double e = expFlushed(t) * (1.0 + tl);
    return {alpha * (std::expm1(t) + tl * e), e, x < 0.0 ? e / alpha : 0.0};
}

Derivs relu6Eval(double x, std::span<const double>) {
    if (x <= 0.0) return {0.0, 0.0, 0.0};
    if (x >= 6.0) return {6.0, 0.0, 0.0};
    return {x, 1.0, 0.0};
}

Derivs thresholdEval(double x, std::span<const double> p) {
    if (x > p[0]) return {x, 1.0, 0.0};
    return {p[1], 0.0, 0.0};
}

} // namespace

std::vector<Activation> rectifiers() {
    return {
        {.id = "relu",
         .name = "ReLU",
         .pytorch = "F.relu(x)",
         .family = "article",
         .formula = "ReLU(x) = max(0, x)",
         .derivative = "ReLU′(x) = 1 for x &gt; 0, 0 for x ≤ 0 (PyTorch: ReLU′(0) = 0)",
         .secondDerivative = "ReLU″(x) = 0 (x ≠ 0)",
         .eval = reluEval,
         .batch = batch::relu},
        {.id = "leaky_relu",
         .name = "Leaky ReLU",
         .pytorch = "F.leaky_relu(x, p[\"a\"])",
         .family = "article",
         .formula = "LeakyReLU(x) = x for x &gt; 0, a·x for x ≤ 0",
         .derivative = "LeakyReLU′(x) = 1 for x &gt; 0, a for x ≤ 0 (PyTorch: LeakyReLU′(0) = a)",
         .secondDerivative = "LeakyReLU″(x) = 0 (x ≠ 0)",
         .aliases = {"prelu"},
         .params = {ParamSpec{.id = "a",
                              .symbol = "a",
                              .description = "slope for x ≤ 0 (trainable in PReLU)",
                              .defaultValue = 0.1,
                              .min = 0.0,
                              .max = 1.0,
                              .step = 0.01}},
         .eval = leakyReluEval,
         .batch = batch::leakyRelu},
        {.id = "elu",
         .name = "ELU",
         .pytorch = "F.elu(x, p[\"alpha\"])",
         .family = "rectifiers",
         .formula = "ELU(x) = x for x &gt; 0, α(e<sup>x</sup> − 1) for x ≤ 0",
         .derivative = "ELU′(x) = 1 for x &gt; 0, α·e<sup>x</sup> for x ≤ 0 (PyTorch: ELU′(0) = α)",
         .secondDerivative =
             "ELU″(x) = α·e<sup>x</sup> for x &lt; 0, 0 for x &gt; 0 (PyTorch: ELU″(0) = 0)",
         .params = {ParamSpec{.id = "alpha",
                              .symbol = "α",
                              .description = "ELU tends to −α as x → −∞",
                              .defaultValue = 1.0,
                              .min = 0.0,
                              .max = 5.0,
                              .step = 0.01}},
         .eval = eluEval,
         .batch = batch::elu},
        {.id = "selu",
         .name = "SELU",
         .pytorch = "F.selu(x)",
         .family = "rectifiers",
         .formula = "SELU(x) = λx for x &gt; 0, λα(e<sup>x</sup> − 1) for x ≤ 0, "
                    "λ ≈ 1.0507, α ≈ 1.6733 (self-normalising constants)",
         .derivative = "SELU′(x) = λ for x &gt; 0, λα·e<sup>x</sup> for x ≤ 0 (PyTorch: SELU′(0) = "
                       "λα ≈ 1.7581)",
         .secondDerivative =
             "SELU″(x) = λα·e<sup>x</sup> for x &lt; 0, 0 for x &gt; 0 (PyTorch: SELU″(0) = 0)",
         .eval = seluEval},
        {.id = "celu",
         .name = "CELU",
         .pytorch = "F.celu(x, p[\"alpha\"])",
         .family = "rectifiers",
         .formula = "CELU(x) = x for x &gt; 0, α(e<sup>x/α</sup> − 1) for x ≤ 0",
         .derivative =
             "CELU′(x) = 1 for x &gt; 0, e<sup>x/α</sup> for x ≤ 0 (continuous: CELU′(0) = 1)",
         .secondDerivative =
             "CELU″(x) = e<sup>x/α</sup>/α for x &lt; 0, 0 for x &gt; 0 (PyTorch: CELU″(0) = 0)",
         .params = {ParamSpec{.id = "alpha",
                              .symbol = "α",
                              .description =
                                  "scale of the negative part: CELU tends to −α as x → −∞ (α > 0)",
                              .defaultValue = 1.0,
                              .min = 0.05,
                              .max = 5.0,
                              .step = 0.01}},
         .eval = celuEval},
        {.id = "relu6",
         .name = "ReLU6",
         .pytorch = "F.relu6(x)",
         .family = "rectifiers",
         .formula = "ReLU6(x) = min(max(0, x), 6)",
         .derivative =
             "ReLU6′(x) = 1 for 0 &lt; x &lt; 6, else 0 (PyTorch: ReLU6′(0) = ReLU6′(6) = 0)",
         .secondDerivative = "ReLU6″(x) = 0 (x ≠ 0, 6)",
         .eval = relu6Eval},
        {.id = "rrelu",
         .name = "RReLU",
         .pytorch = "F.leaky_relu(x, (p[\"lower\"] + p[\"upper\"]) / 2)",
         .family = "rectifiers",
         .formula =
             "RReLU(x) = x for x &gt; 0, a·x for x ≤ 0; training: a drawn uniformly from [l, u] "
             "(the shaded band), evaluation: a = (l + u)/2",
         .derivative = "RReLU′(x) = 1 for x &gt; 0, (l + u)/2 for x ≤ 0 (evaluation mode; "
                       "PyTorch: RReLU′(0) = (l + u)/2)",
         .secondDerivative = "RReLU″(x) = 0 (x ≠ 0)",
         .aliases = {"randomized leaky relu"},
         .params = {ParamSpec{.id = "lower",
                              .symbol = "l",
                              .description = "lower bound of the random slope for x ≤ 0",
                              .defaultValue = 1.0 / 8.0,
                              .min = 0.0,
                              .max = 1.0,
                              .step = 0.01,
                              .notAbove = "upper"},
                    ParamSpec{.id = "upper",
                              .symbol = "u",
                              .description = "upper bound of the random slope for x ≤ 0",
                              .defaultValue = 1.0 / 3.0,
                              .min = 0.0,
                              .max = 1.0,
                              .step = 0.01}},
         .eval = rreluEval,
         .bandLower = rreluLower,
         .bandUpper = rreluUpper},
        {.id = "threshold",
         .name = "Threshold",
         .pytorch = "F.threshold(x, p[\"threshold\"], p[\"value\"])",
         .family = "rectifiers",
         .formula = "Threshold(x) = x for x &gt; t, v for x ≤ t",
         .derivative = "Threshold′(x) = 1 for x &gt; t, 0 for x ≤ t (PyTorch: Threshold′(t) = 0)",
         .secondDerivative = "Threshold″(x) = 0 (x ≠ t)",
         .params =
             {ParamSpec{.id = "threshold",
                        .symbol = "t",
                        .description =
                            "output is replaced at and below t (PyTorch has no default; 0 here)",
                        .defaultValue = 0.0,
                        .min = -5.0,
                        .max = 5.0,
                        .step = 0.01},
              ParamSpec{.id = "value",
                        .symbol = "v",
                        .description =
                            "replacement value for x ≤ t (PyTorch has no default; 0 here, which "
                            "makes Threshold equal to ReLU)",
                        .defaultValue = 0.0,
                        .min = -5.0,
                        .max = 5.0,
                        .step = 0.01}},
         .eval = thresholdEval},
    };
}

} // namespace ae::families
