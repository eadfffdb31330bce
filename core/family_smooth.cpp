// Smooth activations outside the article besides GELU: SiLU, Softplus, Softsign, LogSigmoid,
// Squareplus. Every formula is built from stable.h; the comment at each evaluator says why its
// form is chosen.
#include "batch.h"
#include "families.h"
#include "stable.h"

#include <cmath>
#include <limits>

namespace ae::families {
namespace {

using namespace ae::stable;

// SiLU is Swish with β = 1, evaluated by Swish's evaluator (and so to the same accuracy).
Derivs siluEval(double x, std::span<const double>) {
    static constexpr double beta[1] = {1.0};
    return swishEval(x, beta);
}

// Softplus f = ln(1 + e^z)/β with z = βx, as x + log1p(e)/β for z >= 0 and log1p(e)/β for z < 0
// (e = e^-|z|: no overflow, no cancellation), f' = σ(z), f'' = β·σ(z)σ(−z).
// z is carried exactly (twoProd) and e corrected for its low part, as in Swish: otherwise the
// rounding of βx costs up to |z|·2^-53 relative in e. Beyond |z| = 708, e is subnormal: it is
// applied as q·q, q = e^(-|z|/2), last. β = 0 has no limit (ln 2/β): NaN.
Derivs softplusEval(double x, std::span<const double> p) {
    const double beta = p[0];
    if (beta == 0.0) {
        constexpr double nan = std::numeric_limits<double>::quiet_NaN();
        return {nan, nan, nan};
    }
    const TwoProd z = twoProd(beta, x);
    const double a = std::fabs(z.hi);
    const double alo = z.hi < 0.0 ? -z.lo : z.lo; // |z| = a + alo
    if (a > 708.0) {
        const double q = expFlushed(-0.5 * a) * (1.0 - 0.5 * alo);
        const double d2 = zmul(zmul(beta, q), q);
        if (z.hi > 0.0) return {x, 1.0, d2};
        return {zmul(q / beta, q), zmul(q, q), d2};
    }
    const double e = expFlushed(-a) * (1.0 - alo);
    const double lp = std::log1p(e) / beta;
    const double p1 = 1.0 + e;
    const double d2 = beta * (e / (p1 * p1));
    if (z.hi >= 0.0) return {x + lp, 1.0 / p1, d2};
    return {lp, e / p1, d2};
}

// Softsign f = x/(1+|x|), f' = 1/(1+|x|)², f'' = −2·sgn(x)/(1+|x|)³ with sgn(0) = 0: PyTorch
// differentiates x/(|x| + 1) through abs, whose derivative at 0 is sgn(0) = 0, so f''(0) = 0
// (f'' jumps from 2 to −2 there). d = 1 + |x| is formed exactly (twoSum) and the powers of 1/d
// in double-double, so that each output is rounded once.
Derivs softsignEval(double x, std::span<const double>) {
    if (std::isinf(x)) return {x > 0.0 ? 1.0 : -1.0, 0.0, 0.0};
    if (std::fabs(x) > 1e18) {
        // 1/(1 + |x|) is 1/|x| to 1e-18 relative; in double-double it would reach the subnormal
        // range near |x| = 1e308, where x·r came out above 1 (found by tst_random_doubles).
        const double r = 1.0 / std::fabs(x), sgn = x > 0.0 ? 1.0 : -1.0;
        return {sgn * (1.0 - r), r * r, -2.0 * sgn * (r * r * r)};
    }
    const DD d = twoSum(1.0, std::fabs(x));
    const DD r = 1.0 / d;
    const DD r2 = r * r;
    const double sgn = x > 0.0 ? 1.0 : (x < 0.0 ? -1.0 : 0.0);
    return {(x * r).hi, r2.hi, -2.0 * sgn * (r2 * r).hi};
}

// LogSigmoid f = ln σ(x) = −softplus(−x) = min(x, 0) − log1p(e^−|x|): never ln(σ(x)), which
// loses everything once σ(x) rounds to 1. f' = σ(−x), f'' = −σ(x)σ(−x), from one exp.
Derivs logSigmoidEval(double x, std::span<const double>) {
    const auto [s, sm] = sigmoidPair(x);
    return {std::fmin(x, 0.0) - std::log1p(expFlushed(-std::fabs(x))), sm, -(s * sm)};
}

// Squareplus f = (x + r)/2, r = √(x² + b), with x² + b rounded once (fma). For x < 0 the sum
// cancels; there f = b/(2(r − x)) and f' = (1 + x/r)/2 = b/(2r(r − x)), r − x = r + |x| being
// a sum. f'' = b/(2r³) = (b/2)/((x² + b)·r). For |x| > 1e100, r = |x| (b/x² is far below the
// rounding) and the powers are divided out one by one (x² would overflow); the sums x + r and
// r − x are halved before they are formed (they overflow at |x| = 2^1023). b = 0 is ReLU, with
// f'(0) = 1/2 as for every b > 0.
Derivs squareplusEval(double x, std::span<const double> p) {
    const double b = p[0];
    if (std::isinf(x)) return x > 0.0 ? Derivs{x, 1.0, 0.0} : Derivs{0.0, 0.0, 0.0};
    if (b == 0.0) return {std::fmax(x, 0.0), x > 0.0 ? 1.0 : (x == 0.0 ? 0.5 : 0.0), 0.0};
    const double hb = 0.5 * b;
    double r;
    double d2;
    if (std::fabs(x) > 1e100) {
        r = std::fabs(x);
        d2 = hb / r / r / r;
    } else {
        const double r2 = std::fma(x, x, b);
        r = std::sqrt(r2);
        d2 = hb / (r2 * r);
    }
    if (std::fabs(x) > 1e100) {
        // x + r and r − x = 2|x| overflow from |x| = 2^1023 on: halve first (exact here).
        if (x > 0.0) return {0.5 * x + 0.5 * r, 0.5 * (1.0 + x / r), d2};
        return {(0.25 * b) / r, (hb / r) * (0.5 / r), d2};
    }
    if (x >= 0.0) return {0.5 * (x + r), 0.5 * (1.0 + x / r), d2};
    const double s = r - x;
    return {hb / s, hb / r / s, d2};
}

} // namespace

std::vector<Activation> smooth() {
    return {
        {.id = "silu",
         .name = "SiLU (Swish, β = 1)",
         .pytorch = "F.silu(x)",
         .family = "smooth",
         .formula = "SiLU(x) = x·σ(x), Swish with β = 1",
         .derivative = "SiLU′(x) = σ(x)(1 + x·σ(−x))",
         .secondDerivative = "SiLU″(x) = σ′(x)(2 − x·tanh(x/2))",
         .aliases = {"swish-1"},
         .eval = siluEval,
         .batch = batch::silu},
        {.id = "softplus",
         .name = "Softplus",
         // PyTorch's default threshold (βx > 20 → x) is off by e^−20 there; at 40 the switch is
         // exact.
         .pytorch = "F.softplus(x, p[\"beta\"], threshold=40)",
         .family = "smooth",
         .formula = "Softplus(x) = ln(1 + e<sup>βx</sup>)/β",
         .derivative = "Softplus′(x) = σ(βx)",
         .secondDerivative = "Softplus″(x) = β·σ(βx)·σ(−βx)",
         .params = {ParamSpec{
             .id = "beta",
             .symbol = "β",
             .description =
                 "sharpness: Softplus approaches ReLU as β grows (PyTorch also returns x "
                 "where βx > threshold = 20; drawn here without that switch)",
             .defaultValue = 1.0,
             .min = 0.05,
             .max = 10.0,
             .step = 0.01}},
         .eval = softplusEval,
         .batch = batch::softplus},
        {.id = "softsign",
         .name = "Softsign",
         .pytorch = "F.softsign(x)",
         .family = "smooth",
         .formula = "Softsign(x) = x/(1 + |x|)",
         .derivative = "Softsign′(x) = 1/(1 + |x|)²",
         .secondDerivative = "Softsign″(x) = −2·sgn(x)/(1 + |x|)³ (PyTorch: Softsign″(0) = 0)",
         .eval = softsignEval},
        {.id = "logsigmoid",
         .name = "LogSigmoid",
         .pytorch = "F.logsigmoid(x)",
         .family = "smooth",
         .formula = "LogSigmoid(x) = ln σ(x) = −ln(1 + e<sup>−x</sup>)",
         .derivative = "LogSigmoid′(x) = σ(−x) = 1 − σ(x)",
         .secondDerivative = "LogSigmoid″(x) = −σ(x)·σ(−x)",
         .eval = logSigmoidEval},
        {.id = "squareplus",
         .name = "Squareplus",
         // x + √(x² + b) cancels for x < 0: there b/(√(x² + b) + |x|). Both branches are finite
         // everywhere, so torch.where's gradient has no NaN.
         .pytorch = "torch.where(x >= 0, x + torch.sqrt(x * x + p[\"b\"]), p[\"b\"] / "
                    "(torch.sqrt(x * x + p[\"b\"]) + x.abs())) / 2",
         .family = "smooth",
         .formula = "Squareplus(x) = (x + √(x² + b))/2",
         .derivative = "Squareplus′(x) = ½(1 + x/√(x² + b))",
         .secondDerivative = "Squareplus″(x) = b/(2(x² + b)<sup>3/2</sup>)",
         .params = {ParamSpec{
             .id = "b",
             .symbol = "b",
             .description =
                 "curvature near 0: b = 0 gives ReLU (not in PyTorch; default 4 as in the "
                 "Squareplus paper)",
             .defaultValue = 4.0,
             .min = 0.01,
             .max = 20.0,
             .step = 0.01}},
         .eval = squareplusEval},
    };
}

} // namespace ae::families
