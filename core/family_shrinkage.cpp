// Shrinkage functions: they pull small inputs to (or towards) zero. At the boundaries ±λ the
// gradient follows PyTorch: softshrink_backward and hardshrink_backward pass it only where
// x < -λ or x > λ, so f'(±λ) = 0. Tanhshrink is smooth.
#include "families.h"
#include "stable.h"

#include <cmath>

namespace ae::families {
namespace {

using namespace ae::stable;

Derivs softshrinkEval(double x, std::span<const double> p) {
    const double lambda = p[0];
    if (x > lambda) return {x - lambda, 1.0, 0.0};
    if (x < -lambda) return {x + lambda, 1.0, 0.0};
    return {0.0, 0.0, 0.0};
}

Derivs hardshrinkEval(double x, std::span<const double> p) {
    const double lambda = p[0];
    if (x >= -lambda && x <= lambda) return {0.0, 0.0, 0.0};
    return {x, 1.0, 0.0};
}

// x − tanh x = x³/3 − 2x⁵/15 + 17x⁷/315 − …: coefficients of x³, x⁵, …, x²¹ (from the Bernoulli
// numbers, rounded from mpmath). For |x| < 1/8 the terms fall by x²·0.4 < 0.0063 each.
constexpr double kTanhshrinkSeries[10] = {
    0x1.5555555555555p-2,  -0x1.1111111111111p-3,  0x1.ba1ba1ba1ba1cp-5,  -0x1.664f4882c10fap-6,
    0x1.226e355e6c23dp-7,  -0x1.d6d3d0e157de0p-9,  0x1.7da36452b75e3p-10, -0x1.3558248036744p-11,
    0x1.f57d7734d1664p-13, -0x1.967e18afcafadp-14,
};

// Tanhshrink f = x − tanh x, f' = tanh² x, f'' = 2·tanh x·sech² x. f cancels to x³/3 near 0:
//   |x| < 1/8  the Taylor series (x² times a polynomial, times x last: no premature underflow);
//              t = x − f is then tanh x to half an ulp.
//   |x| <= 5   t = (1 − E)/(1 + E), E = e^(−2|x|), and sech² = 4E/(1 + E)², all in double-double
//              (expDD), each output rounded once: the cancellation of x − t stays far below
//              the rounding.
//   |x| > 5    e = e^(−2|x|) < 5e-5: t = 1 − 2e/(1 + e) and x − t do not cancel. Beyond |x| = 350
//              sech² is formed as 4q·q/(1 + e)², q = e^−|x|, so that f'' is rounded once into
//              the subnormal range.
Derivs tanhshrinkEval(double x, std::span<const double>) {
    const double ax = std::fabs(x);
    const double sgn = x < 0.0 ? -1.0 : 1.0;
    if (ax < 0.125) {
        const double x2 = x * x;
        double poly = kTanhshrinkSeries[9];
        for (int i = 8; i >= 0; --i)
            poly = poly * x2 + kTanhshrinkSeries[i];
        const double f = x * (x2 * poly);
        const double t = x - f;
        return {f, t * t, 2.0 * t * (1.0 - t * t)};
    }
    if (ax <= 5.0) {
        const DD e = expDD(DD(-2.0 * ax));
        const DD p1 = 1.0 + e;
        const DD t = (1.0 - e) / p1;
        const DD s2 = e * 4.0 / (p1 * p1);
        return {sgn * (ax - t).hi, (t * t).hi, sgn * (t * s2 * 2.0).hi};
    }
    double e;
    double s2;
    if (ax <= 350.0) {
        e = expFlushed(-2.0 * ax);
        s2 = 4.0 * e / ((1.0 + e) * (1.0 + e));
    } else {
        const double q = expFlushed(-ax);
        e = q * q;
        s2 = 4.0 * q / ((1.0 + e) * (1.0 + e)) * q;
    }
    const double t = 1.0 - 2.0 * e / (1.0 + e);
    return {sgn * (ax - t), t * t, sgn * 2.0 * t * s2};
}

} // namespace

std::vector<Activation> shrinkage() {
    return {
        {.id = "softshrink",
         .name = "Softshrink",
         .pytorch = "F.softshrink(x, p[\"lambda\"])",
         .family = "shrinkage",
         .formula = "Softshrink(x) = x − λ for x &gt; λ, x + λ for x &lt; −λ, 0 between",
         .derivative = "Softshrink′(x) = 1 for |x| &gt; λ, 0 for |x| ≤ λ (PyTorch: 0 at x = ±λ)",
         .secondDerivative = "Softshrink″(x) = 0 (x ≠ ±λ)",
         .aliases = {"soft thresholding"},
         .params = {ParamSpec{.id = "lambda",
                              .symbol = "λ",
                              .description = "half-width of the dead zone around 0 (λ ≥ 0)",
                              .defaultValue = 0.5,
                              .min = 0.0,
                              .max = 5.0,
                              .step = 0.01}},
         .eval = softshrinkEval},
        {.id = "hardshrink",
         .name = "Hardshrink",
         .pytorch = "F.hardshrink(x, p[\"lambda\"])",
         .family = "shrinkage",
         .formula = "Hardshrink(x) = x for |x| &gt; λ, 0 for |x| ≤ λ",
         .derivative = "Hardshrink′(x) = 1 for |x| &gt; λ, 0 for |x| ≤ λ (PyTorch: 0 at x = ±λ)",
         .secondDerivative = "Hardshrink″(x) = 0 (x ≠ ±λ)",
         .aliases = {"hard thresholding"},
         .params = {ParamSpec{.id = "lambda",
                              .symbol = "λ",
                              .description = "half-width of the dead zone around 0 (λ ≥ 0)",
                              .defaultValue = 0.5,
                              .min = 0.0,
                              .max = 5.0,
                              .step = 0.01}},
         .eval = hardshrinkEval},
        {.id = "tanhshrink",
         .name = "Tanhshrink",
         .pytorch = "F.tanhshrink(x)",
         .family = "shrinkage",
         .formula = "Tanhshrink(x) = x − tanh(x)",
         .derivative = "Tanhshrink′(x) = tanh²(x)",
         .secondDerivative = "Tanhshrink″(x) = 2·tanh(x)·sech²(x)",
         .eval = tanhshrinkEval},
    };
}

} // namespace ae::families
