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
// Three regimes of z (z = βx is carried exactly, as hi + lo):
//  |z| <= 5   f' and f'' have zeros here (z ≈ -1.28 and z ≈ ±2.40) where the bracketed terms
//             cancel; evaluated in double-double and rounded once, so they keep full relative
//             accuracy up to the zeros.
//  |z| > 700  σ(-|z|) = e^-|z| to double precision, and the results that decay are subnormal or
//             nearly: e^-|z| is formed as q·q with q = e^(-|z|/2) and applied last, so the one
//             rounding into the subnormal range happens at the very end.
//  otherwise  the stable double forms.
Derivs swishEval(double x, std::span<const double> p) {
    const double beta = p[0];
    if (beta == 0.0) return {0.5 * x, 0.5, 0.0}; // x/2 exactly, also at x = ±inf
    const auto z = twoProd(beta, x);
    if (std::fabs(z.hi) <= 5.0) {
        const DD zz(z.hi, z.lo);
        const DD a = z.hi < 0.0 ? -zz : zz; // |z|
        const DD e = expDD(-a);
        const DD onePlusE = 1.0 + e;
        const DD big = 1.0 / onePlusE;
        const DD small = e / onePlusE;
        const DD s = z.hi < 0.0 ? small : big;
        const DD sm = z.hi < 0.0 ? big : small;
        const DD d1 = s * (1.0 + zz * sm);
        const DD d2 = (s * sm) * (2.0 - a * (1.0 - e) / onePlusE) * beta; // tanh(|z|/2) = (1-e)/(1+e)
        return {(s * x).hi, d1.hi, d2.hi};
    }
    if (std::fabs(z.hi) > 700.0) {
        const double alo = z.hi < 0.0 ? -z.lo : z.lo; // |z| = |z.hi| + alo
        const double q = std::exp(-0.5 * std::fabs(z.hi)) * (1.0 - 0.5 * alo);
        if (z.hi > 0.0) // σ(z) = 1; f'' = β·e^-z·(2 - z)
            return {x, 1.0, zmul(zmul(zmul((2.0 - z.hi) - z.lo, q), beta), q)};
        // σ(z) = e^z: f = x·e^z, f' = (1 + z)·e^z, f'' = β·(2 + z)·e^z
        return {zmul(zmul(x, q), q), zmul(zmul((1.0 + z.hi) + z.lo, q), q),
                zmul(zmul(zmul((2.0 + z.hi) + z.lo, q), beta), q)};
    }
    const auto [s, sm] = sigmoidPair(z.hi, z.lo);
    const double ds = s * sm;
    const double f = zmul(x, s);
    const double d1 = zmul(s, 1.0 + zmul(z.hi, sm));
    const double d2 = beta * zmul(ds, 2.0 - z.hi * std::tanh(0.5 * z.hi));
    return {f, d1, d2};
}

// Mish f = x·g with g = tanh(softplus(x)) = u(u+2)/(u(u+2)+2), u = e^x. Everything is a rational
// function of u (for x < 0) or of e = e^-x (for x >= 0, the same divided through by u³):
//   x < 0:  d = u²+2u+2,  f' = u·P/d²,   P = 4(1+x) + u(6+4x + u(4+u)),
//                         f'' = 4u·Q/d³, Q = (4+2x) + u(8+2x + u(6-3x + u(2-2x)));
//   x >= 0: D = 1+2e+2e², g = (1+2e)/D,  f' = P~/D²,  P~ = 1 + e(4 + e(6+4x + e(4+4x))),
//                         f'' = 4e²·Q~/D³, Q~ = (2-2x) + e(6-3x + e(8+2x + e(4+2x))).
// P and Q, Q~ cancel at the zeros of f' (x ≈ -1.19) and f'' (x ≈ -2.26, 1.49): for |x| <= 5 the
// forms are evaluated in double-double and rounded once. For x < -700, f ≈ x·e^x,
// f' ≈ (1+x)·e^x, f'' ≈ (2+x)·e^x with e^x = q·q applied last (see Swish).
template <class T> T expOf(double x);
template <> double expOf<double>(double x) { return std::exp(x); }
template <> DD expOf<DD>(double x) { return expDD(DD(x)); }
inline double rounded(double v) { return v; }
inline double rounded(DD v) { return v.hi; }

template <class T> Derivs mishRational(double x) {
    const T one(1.0);
    if (x < 0.0) {
        const T u = expOf<T>(x);
        const T n = u * (u + 2.0);
        const T d = n + 2.0;
        const T pp = (one + x) * 4.0 + u * ((T(6.0) + 4.0 * x) + u * (u + 4.0));
        const T qq = (T(4.0) + 2.0 * x) +
                     u * ((T(8.0) + 2.0 * x) + u * ((T(6.0) - T(x) * 3.0) + u * (T(2.0) - 2.0 * x)));
        const T d2 = d * d;
        return {rounded((n / d) * x), rounded(u * pp / d2), rounded(u * 4.0 * qq / (d2 * d))};
    }
    const T e = expOf<T>(-x);
    const T dd = one + e * 2.0 * (one + e);
    const T pp = one + e * (T(4.0) + e * ((T(6.0) + 4.0 * x) + e * (T(4.0) + 4.0 * x)));
    const T qq = (T(2.0) - 2.0 * x) +
                 e * ((T(6.0) - T(x) * 3.0) + e * ((T(8.0) + 2.0 * x) + e * (T(4.0) + 2.0 * x)));
    const T d2 = dd * dd;
    // e applied last: f'' underflows through the subnormal range near x ≈ 360.
    return {rounded(((one + e * 2.0) / dd) * x), rounded(pp / d2),
            rounded(e * 4.0 * qq / (d2 * dd)) * rounded(e)};
}

Derivs mishEval(double x, std::span<const double>) {
    if (x < -700.0) {
        const double q = std::exp(0.5 * x);
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
