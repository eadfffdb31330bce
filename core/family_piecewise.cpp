// Piecewise-linear (and piecewise-quadratic) "hard" activations. Values and derivatives follow
// PyTorch, including its conventions at the boundaries (aten's backward formulas in brackets):
//   Hardsigmoid'(±3) = 0                 [hardsigmoid_backward: gradient for -3 < x < 3 only]
//   Hardtanh'(min) = Hardtanh'(max) = 0  [hardtanh_backward: 0 where x <= min or x >= max]
//   Hardswish'(-3) = -1/2, Hardswish'(3) = 3/2, Hardswish''(±3) = 0
//                                        [hardswish_backward: x < -3 -> 0, x <= 3 -> x/3 + 1/2,
//                                         else 1; its own derivative: 1/3 for -3 < x < 3 only]
//   Binary step = heaviside(x, 1): 1 for x >= 0 (PyTorch has no gradient for it; f' = 0 here).
// f'' is 0 on the linear pieces; the deltas at jumps of f or f' are not represented.
#include "families.h"

#include <algorithm>

namespace ae::families {
namespace {

Derivs identityEval(double x, std::span<const double>) {
    return {x, 1.0, 0.0};
}

Derivs stepEval(double x, std::span<const double>) {
    return {x >= 0.0 ? 1.0 : 0.0, 0.0, 0.0};
}

// (x + 3)/6 as PyTorch computes it: x + 3 is exact near -3, where f is small.
Derivs hardsigmoidEval(double x, std::span<const double>) {
    if (x <= -3.0) return {0.0, 0.0, 0.0};
    if (x >= 3.0) return {1.0, 0.0, 0.0};
    return {(x + 3.0) / 6.0, 1.0 / 6.0, 0.0};
}

// PyTorch's clamp(x, min, max): min first, so that min > max gives max everywhere.
Derivs hardtanhEval(double x, std::span<const double> p) {
    const double lo = p[0];
    const double hi = p[1];
    const double f = std::min(std::max(x, lo), hi);
    return {f, (x > lo && x < hi) ? 1.0 : 0.0, 0.0};
}

// f = x(x + 3)/6 on [-3, 3]; f' = (2x + 3)/6, not x/3 + 1/2, which cancels at its zero x = -1.5
// (2x + 3 is exact there).
Derivs hardswishEval(double x, std::span<const double>) {
    if (x < -3.0) return {0.0, 0.0, 0.0};
    if (x > 3.0) return {x, 1.0, 0.0};
    const bool inside = x > -3.0 && x < 3.0;
    return {x * (x + 3.0) / 6.0, (2.0 * x + 3.0) / 6.0, inside ? 1.0 / 3.0 : 0.0};
}

} // namespace

std::vector<Activation> piecewise() {
    return {
        {.id = "identity",
         .name = "Identity",
         .pytorch = "x",
         .family = "piecewise",
         .formula = "Identity(x) = x",
         .derivative = "Identity′(x) = 1",
         .secondDerivative = "Identity″(x) = 0",
         .aliases = {"linear"},
         .eval = identityEval},
        {.id = "step",
         .name = "Binary step",
         .pytorch = "(x >= 0).to(x.dtype) + 0 * x",
         .family = "piecewise",
         .formula = "Step(x) = 1 for x ≥ 0, 0 for x &lt; 0 (PyTorch: heaviside(x, 1))",
         .derivative =
             "Step′(x) = 0 (x ≠ 0; a jump at 0, where PyTorch has no gradient: shown as 0)",
         .secondDerivative = "Step″(x) = 0 (x ≠ 0)",
         .aliases = {"heaviside"},
         .eval = stepEval},
        {.id = "hardsigmoid",
         .name = "Hardsigmoid",
         // Not F.hardsigmoid: its backward multiplies by 1/6 rounded to float, also in double.
         .pytorch = "F.relu6(x + 3) / 6",
         .family = "piecewise",
         .formula = "Hardsigmoid(x) = ReLU6(x + 3)/6: 0 for x ≤ −3, x/6 + ½ between, 1 for x ≥ 3",
         .derivative = "Hardsigmoid′(x) = 1/6 for −3 &lt; x &lt; 3, else 0 (PyTorch: 0 at x = ±3)",
         .secondDerivative = "Hardsigmoid″(x) = 0 (x ≠ ±3)",
         .eval = hardsigmoidEval},
        {.id = "hardtanh",
         .name = "Hardtanh",
         .pytorch = "F.hardtanh(x, p[\"min\"], p[\"max\"])",
         .family = "piecewise",
         .formula = "Hardtanh(x) = min(max(x, min), max)",
         .derivative =
             "Hardtanh′(x) = 1 for min &lt; x &lt; max, else 0 (PyTorch: 0 at x = min and x = max)",
         .secondDerivative = "Hardtanh″(x) = 0 (x ≠ min, max)",
         .params = {ParamSpec{.id = "min",
                              .symbol = "min",
                              .description = "lower clamp value",
                              .defaultValue = -1.0,
                              .min = -5.0,
                              .max = 0.0,
                              .step = 0.01},
                    ParamSpec{.id = "max",
                              .symbol = "max",
                              .description = "upper clamp value",
                              .defaultValue = 1.0,
                              .min = 0.0,
                              .max = 5.0,
                              .step = 0.01}},
         .eval = hardtanhEval},
        {.id = "hardswish",
         .name = "Hardswish",
         .pytorch = "F.hardswish(x)",
         .family = "piecewise",
         .formula =
             "Hardswish(x) = x·ReLU6(x + 3)/6: 0 for x ≤ −3, x(x + 3)/6 between, x for x ≥ 3",
         .derivative = "Hardswish′(x) = 0 for x &lt; −3, (2x + 3)/6 for −3 ≤ x ≤ 3, 1 for x &gt; 3 "
                       "(PyTorch: −½ at x = −3, 3/2 at x = 3)",
         .secondDerivative =
             "Hardswish″(x) = 1/3 for −3 &lt; x &lt; 3, else 0 (PyTorch: 0 at x = ±3)",
         .aliases = {"h-swish"},
         .eval = hardswishEval},
    };
}

} // namespace ae::families
