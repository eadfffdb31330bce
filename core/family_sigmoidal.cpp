// Smooth, sigmoid-based activations of the source article. Every formula goes through stable.h:
// see there why each form is chosen.
#include "families.h"
#include "stable.h"

#include <cmath>

namespace ae::families {
namespace {

using namespace ae::stable;

Derivs sigmoidEval(double x, std::span<const double>) {
    const auto [s, sm] = sigmoidPair(x);
    const double d1 = s * sm;
    // σ'' = σ'·(1 - 2σ) and 1 - 2σ(x) = -tanh(x/2), which keeps its accuracy near x = 0.
    return {s, d1, -d1 * std::tanh(0.5 * x)};
}

Derivs tanhEval(double x, std::span<const double>) {
    const double t = std::tanh(x);
    const double s2 = sech2(x);
    return {t, s2, -2.0 * t * s2};
}

// Swish f = x·σ(βx). With z = βx: f' = σ(z)·(1 + z·σ(-z)), f'' = β·σ'(z)·(2 - z·tanh(z/2)).
Derivs swishEval(double x, std::span<const double> p) {
    const double beta = p[0];
    if (beta == 0.0) return {0.5 * x, 0.5, 0.0}; // x/2 exactly, also at x = ±inf
    const auto z = twoProd(beta, x);
    const auto [s, sm] = sigmoidPair(z.hi, z.lo);
    const double ds = s * sm;
    const double f = zmul(x, s);
    const double d1 = zmul(s, 1.0 + zmul(z.hi, sm));
    const double d2 = beta * zmul(ds, 2.0 - z.hi * std::tanh(0.5 * z.hi));
    return {f, d1, d2};
}

// Mish f = x·g with g = tanh(softplus(x)), g' = sech²(softplus(x))·σ(x):
// f' = g + x·g', f'' = sech²·σ·(2 + x·(σ(-x) - 2·g·σ(x))).
Derivs mishEval(double x, std::span<const double>) {
    const auto [g, h] = tanhSoftplus(x);
    const auto [s, sm] = sigmoidPair(x);
    const double hs = h * s;
    const double f = zmul(x, g);
    const double d1 = g + zmul(x, hs);
    const double d2 = zmul(hs, 2.0 + x * (sm - 2.0 * g * s));
    return {f, d1, d2};
}

} // namespace

std::vector<Activation> sigmoidal() {
    return {
        {"sigmoid", "Sigmoid", "article",
         "σ(x) = 1 / (1 + e<sup>−x</sup>)",
         "σ′(x) = σ(x)·σ(−x) = σ(x)(1 − σ(x))",
         "σ″(x) = σ′(x)(1 − 2σ(x))",
         {"logistic"},
         {},
         &sigmoidEval},
        {"tanh", "tanh", "article",
         "tanh(x) = (e<sup>x</sup> − e<sup>−x</sup>) / (e<sup>x</sup> + e<sup>−x</sup>)",
         "tanh′(x) = 1 − tanh²(x) = sech²(x)",
         "tanh″(x) = −2 tanh(x) sech²(x)",
         {},
         {},
         &tanhEval},
        {"swish", "Swish", "article",
         "swish(x) = x·σ(βx)",
         "swish′(x) = σ(βx) + βx·σ(βx)(1 − σ(βx))",
         "swish″(x) = βσ′(βx)(2 − βx·tanh(βx/2))",
         {},
         {{"beta", "β", "slope of the gate σ(βx); constant or trainable", 1.0, 0.0, 10.0, 0.01}},
         &swishEval},
        {"mish", "Mish", "article",
         "mish(x) = x·tanh(softplus(x)) = x·tanh(ln(1 + e<sup>x</sup>))",
         "mish′(x) = tanh(sp(x)) + x·sech²(sp(x))·σ(x)",
         "mish″(x) = sech²(sp(x))·σ(x)·(2 + x(σ(−x) − 2 tanh(sp(x))σ(x)))",
         {},
         {},
         &mishEval},
    };
}

} // namespace ae::families
