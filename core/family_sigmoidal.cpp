// Smooth, sigmoid-based activations of the source article. Every formula is built from stable.h;
// the comment at each evaluator says why its form is chosen.
#include "batch.h"
#include "families.h"
#include "stable.h"

#include <cmath>
#include <type_traits>
#include <utility>

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

} // namespace

// Swish f = x·σ(βx). With z = βx: f' = σ(z)·(1 + z·σ(-z)), f'' = β·σ'(z)·(2 - z·tanh(z/2)).
// Three regimes of z (z = βx is carried exactly, as hi + lo):
//  |z| <= 5   f' and f'' have zeros here (z ≈ -1.28 and z ≈ ±2.40) where the bracketed terms
//             cancel; evaluated in double-double and rounded once, so they keep full relative
//             accuracy up to the zeros.
//  |z| > 700  σ(-|z|) = e^-|z| to double precision, and the results that decay are subnormal or
//             nearly: e^-|z| is formed as q·q with q = e^(-|z|/2) and applied last, so the one
//             rounding into the subnormal range happens at the very end.
//  otherwise  rational forms in e^-|z|, in double (no cancellation left).
Derivs swishEval(double x, std::span<const double> p) {
    const double beta = p[0];
    if (beta == 0.0) return {0.5 * x, 0.5, 0.0}; // x/2 exactly, also at x = ±inf
    const auto z = twoProd(beta, x);
    if (std::fabs(z.hi) <= 5.0) {
        const DD zz(z.hi, z.lo);
        const DD a = z.hi < 0.0 ? -zz : zz; // |z|
        const DD e = expDD(-a);
        const DD big = 1.0 / (1.0 + e); // σ(|z|)
        const DD small = e * big;       // σ(-|z|)
        const DD s = z.hi < 0.0 ? small : big;
        const DD sm = z.hi < 0.0 ? big : small;
        const DD d1 = s * (1.0 + zz * sm);
        const DD d2 = (s * sm) * (2.0 - a * (1.0 - e) * big) * beta; // tanh(|z|/2) = (1-e)/(1+e)
        return {s.hi * x, d1.hi, d2.hi};
    }
    if (std::fabs(z.hi) > 700.0) {
        const double alo = z.hi < 0.0 ? -z.lo : z.lo; // |z| = |z.hi| + alo
        const double q = expFlushed(-0.5 * std::fabs(z.hi)) * (1.0 - 0.5 * alo);
        if (z.hi > 0.0) // σ(z) = 1; f'' = β·e^-z·(2 - z)
            return {x, 1.0, zmul(zmul(zmul((2.0 - z.hi) - z.lo, q), beta), q)};
        // σ(z) = e^z: f = x·e^z, f' = (1 + z)·e^z, f'' = β·(2 + z)·e^z
        return {zmul(zmul(x, q), q), zmul(zmul((1.0 + z.hi) + z.lo, q), q),
                zmul(zmul(zmul((2.0 + z.hi) + z.lo, q), beta), q)};
    }
    // With a = |z| and e = e^-a: σ(|z|) = 1/(1+e), σ(-|z|) = e/(1+e), and
    //   z > 0: f' = (1 + e(1+z))/(1+e)²,  z < 0: f' = e(1 + z + e)/(1+e)²,
    //   f'' = β·e·((2-a) + e(2+a))/(1+e)³   (2 - z·tanh(z/2) = ((2-a) + e(2+a))/(1+e)),
    // (1+e)^k expanded so that it is rounded once.
    const double a = std::fabs(z.hi);
    const double alo = z.hi < 0.0 ? -z.lo : z.lo;
    const double e = expFlushed(-a) * (1.0 - alo);
    const double p1 = 1.0 + e;
    const double p2 = 1.0 + e * (2.0 + e);
    const double p3 = 1.0 + e * (3.0 + e * (3.0 + e));
    const double d2 = beta * (e * (((2.0 - a) - alo) + e * (2.0 + a)) / p3);
    if (z.hi > 0.0) return {x / p1, (1.0 + e * (1.0 + z.hi)) / p2, d2};
    return {x * e / p1, e * ((1.0 + z.hi) + (z.lo + e)) / p2, d2};
}

namespace {

// Mish f = x·g with g = tanh(softplus(x)) = u(u+2)/(u(u+2)+2), u = e^x. Everything is a rational
// function of u (for x < 0) or of e = e^-x (for x >= 0, the same divided through by u³):
//   x < 0:  δ = u(1 + u/2), g = δ/(1+δ),  f' = u·P/(4(1+δ)²),  f'' = u·Q/(2(1+δ)³),
//           P = 4(1+x) + u(6+4x + u(4+u)),  Q = (4+2x) + u(8+2x + u(6-3x + u(2-2x)));
//   x >= 0: δ = 2e(1+e), g = (1+2e)/(1+δ), f' = P~/(1+δ)²,  f'' = 4e²·Q~/(1+δ)³,
//           P~ = 1 + e(4 + e(6+4x + e(4+4x))),  Q~ = (2-2x) + e(6-3x + e(8+2x + e(4+2x))).
// (1+δ)^k is expanded (1 + δ(2+δ), 1 + δ(3 + δ(3+δ))) so that it is rounded once, not k times.
// P, Q and Q~ cancel at the zeros of f' (x ≈ -1.19) and f'' (x ≈ -2.26, 1.49): for |x| <= 5 the
// forms are evaluated in double-double and rounded once. For x < -700, f ≈ x·e^x,
// f' ≈ (1+x)·e^x, f'' ≈ (2+x)·e^x with e^x = q·q applied last (see Swish).
template <class T> T expOf(double x);
template <> double expOf<double>(double x) {
    return expFlushed(x);
}
template <> DD expOf<DD>(double x) {
    return expDD(DD(x));
}
inline double rounded(double v) {
    return v;
}
inline double rounded(DD v) {
    return v.hi;
}

template <class T> Derivs mishRational(double x) {
    const T one(1.0);
    auto powers = [&](const T& delta) { // (1+δ)², (1+δ)³
        return std::pair<T, T>{one + delta * (T(2.0) + delta),
                               one + delta * (T(3.0) + delta * (T(3.0) + delta))};
    };
    if (x < 0.0) {
        const T u = expOf<T>(x);
        const T delta = u * (one + u * 0.5);
        const auto [p2, p3] = powers(delta);
        const T pp = (one + x) * 4.0 + u * ((T(6.0) + 4.0 * x) + u * (u + 4.0));
        const T qq =
            (T(4.0) + 2.0 * x) +
            u * ((T(8.0) + 2.0 * x) + u * ((T(6.0) - T(x) * 3.0) + u * (T(2.0) - 2.0 * x)));
        return {rounded(delta / (one + delta) * x), rounded(u * pp / p2 * 0.25),
                rounded(u * qq / p3 * 0.5)};
    }
    const T e = expOf<T>(-x);
    const T delta = e * 2.0 * (one + e);
    const auto [p2, p3] = powers(delta);
    const T pp = one + e * (T(4.0) + e * ((T(6.0) + 4.0 * x) + e * (T(4.0) + 4.0 * x)));
    const T qq = (T(2.0) - 2.0 * x) +
                 e * ((T(6.0) - T(x) * 3.0) + e * ((T(8.0) + 2.0 * x) + e * (T(4.0) + 2.0 * x)));
    const double f = rounded((one + e * 2.0) / (one + delta) * x);
    if constexpr (std::is_same_v<T, DD>)
        return {f, rounded(pp / p2), rounded(e * e * 4.0 * qq / p3)};
    else // e goes in last: f'' passes through the subnormal range near x ≈ 360
        return {f, pp / p2, e * 4.0 * qq / p3 * e};
}

Derivs mishEval(double x, std::span<const double>) {
    if (x < -700.0) {
        const double q = expFlushed(0.5 * x);
        return {zmul(zmul(x, q), q), zmul(zmul(1.0 + x, q), q), zmul(zmul(2.0 + x, q), q)};
    }
    if (std::fabs(x) <= 5.0) return mishRational<DD>(x);
    // f = x·g, g = 1 - 2e²/D to double precision, f' = 1 + O(x·e²), |f''| < 8x·e^-2x: beyond 400
    // these are x, 1 and an underflowed 0 (and the limits at +inf).
    if (x > 400.0) return {x, 1.0, 0.0};
    return mishRational<double>(x);
}

} // namespace

std::vector<Activation> sigmoidal() {
    return {
        {.id = "sigmoid",
         .name = "Sigmoid",
         .pytorch = "torch.sigmoid(x)",
         .family = "article",
         .formula = "σ(x) = 1 / (1 + e<sup>−x</sup>)",
         .derivative = "σ′(x) = σ(x)·σ(−x) = σ(x)(1 − σ(x))",
         .secondDerivative = "σ″(x) = σ′(x)(1 − 2σ(x))",
         .aliases = {"logistic"},
         .eval = sigmoidEval,
         .batch = batch::sigmoid},
        {.id = "tanh",
         .name = "tanh",
         .pytorch = "torch.tanh(x)",
         .family = "article",
         .formula = "tanh(x) = (e<sup>x</sup> − e<sup>−x</sup>) / (e<sup>x</sup> + e<sup>−x</sup>)",
         .derivative = "tanh′(x) = 1 − tanh²(x) = sech²(x)",
         .secondDerivative = "tanh″(x) = −2 tanh(x) sech²(x)",
         .eval = tanhEval,
         .batch = batch::tanh},
        {.id = "swish",
         .name = "Swish",
         .pytorch = "x * torch.sigmoid(p[\"beta\"] * x)",
         .family = "article",
         .formula = "swish(x) = x·σ(βx)",
         .derivative = "swish′(x) = σ(βx) + βx·σ(βx)(1 − σ(βx))",
         .secondDerivative = "swish″(x) = βσ′(βx)(2 − βx·tanh(βx/2))",
         .params = {ParamSpec{.id = "beta",
                              .symbol = "β",
                              .description = "slope of the gate σ(βx); constant or trainable",
                              .defaultValue = 1.0,
                              .min = 0.0,
                              .max = 10.0,
                              .step = 0.01}},
         .eval = swishEval,
         .batch = batch::swish,
         // Its two limits, which the article uses to place Swish between a line and ReLU.
         .references = {ReferenceCurve{
                            .label = "β = 0: x/2", .functionId = "swish", .params = {0.0}},
                        ReferenceCurve{.label = "β → ∞: ReLU", .functionId = "relu"}}},
        {.id = "mish",
         .name = "Mish",
         .pytorch = "x * torch.tanh(F.softplus(x))",
         .family = "article",
         .formula = "mish(x) = x·tanh(softplus(x)) = x·tanh(ln(1 + e<sup>x</sup>))",
         .derivative = "mish′(x) = tanh(sp(x)) + x·sech²(sp(x))·σ(x)",
         .secondDerivative = "mish″(x) = sech²(sp(x))·σ(x)·(2 + x(σ(−x) − 2 tanh(sp(x))σ(x)))",
         .eval = mishEval,
         .batch = batch::mish},
    };
}

} // namespace ae::families
