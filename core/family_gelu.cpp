// GELU, exact (x·Φ(x)) and in the tanh approximation. Both have a zero of f' near x ≈ -0.75,
// where f' = Φ + xφ (resp. σ + x·z'·σ') cancels, and zeros of f'' near ±1.41: the forms there
// are evaluated in double-double (stable.h) and rounded once. Tails whose values pass through
// the subnormal range are scaled by 2^512 and scaled back last, so that they are rounded once.
// Both are smooth: no kink conventions.
#include "families.h"
#include "stable.h"

#include <cmath>

namespace ae::families {
namespace {

using namespace ae::stable;

// Double-double constants (hi + lo, from mpmath).
constexpr DD kInvSqrt2{0x1.6a09e667f3bcdp-1, -0x1.bdd3413b26456p-55};     // 1/√2
constexpr DD kInvSqrt2Pi{0x1.9884533d43651p-2, -0x1.cbc0d30ebfd15p-56};   // 1/√(2π)
constexpr DD kTwoOverSqrtPi{0x1.20dd750429b6dp+0, 0x1.1ae3a914fed80p-56}; // 2/√π
constexpr DD kLn2{0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56};
// GELU (tanh): z = 2u = 2√(2/π)(x + κx³), κ = 0.044715 (exactly, as a decimal).
constexpr DD kZ1{0x1.9884533d43651p+0, -0x1.cbc0d30ebfd15p-54}; // 2√(2/π)
constexpr DD kZ3{0x1.2444f2a4d8b4bp-4, -0x1.6c843a29d1c70p-61}; // 2√(2/π)·κ
constexpr DD kDz2{0x1.b6676bf7450f0p-3, 0x1.bba7351828aabp-57}; // 6√(2/π)·κ
constexpr DD kD2z{0x1.b6676bf7450f0p-2, 0x1.bba7351828aabp-56}; // 12√(2/π)·κ

// e^a·2^m with m = 0, or m = 512 when a < -600: expDD covers |a| < 700 only, and results near
// or below the subnormal range must be scaled back (std::ldexp) only at the very end.
// Callers keep a >= -950.
struct ScaledExp {
    DD v;
    int m;
};
ScaledExp expScaled(DD a) {
    if (a.hi >= -600.0) return {expDD(a), 0};
    return {expDD(a + kLn2 * 512.0), 512};
}

// Φ(x) = erfc(w)/2, w = -x/√2 = wh + wl, from the C library's erfc with the rounding of w
// corrected to first order: erfc(wh + wl) ≈ erfc(wh) − wl·(2/√π)·e^(−wh²). Without it, the
// relative error of w would be amplified ~2w² times (hundreds of ulp at x ≈ -30).
double phiFromErfc(double x) {
    const DD w = DD(-x) * kInvSqrt2;
    return 0.5 * (std::erfc(w.hi) - w.lo * kTwoOverSqrtPi.hi * expFlushed(-w.hi * w.hi));
}

// erf(z) for |z| <= 1.5 from its Taylor series, (2/√π)·Σ z(−z²)^n/(n!(2n+1)), in double-double.
DD erfSeries(DD z) {
    const DD mz2 = -(z * z);
    DD term = z;
    DD sum = z;
    for (int n = 1; n < 80; ++n) {
        term = term * mz2 / static_cast<double>(n);
        const DD t = term / static_cast<double>(2 * n + 1);
        sum = sum + t;
        if (std::fabs(t.hi) < 0x1p-110 * std::fabs(sum.hi)) break;
    }
    return sum * kTwoOverSqrtPi;
}

// GELU f = xΦ, f' = Φ + xφ, f'' = φ(2 − x²), φ = e^(−x²/2)/√(2π) from expDD (x² exact in
// double-double, so 2 − x² does not cancel either). Φ by regime:
//   −2 <= x < 0    erf series in double-double: f' cancels here (Φ ≈ −xφ at x ≈ −0.75)
//   −26 <= x < −2  and x >= 0: the C library's erfc, corrected (no cancellation left in f')
//   −40 <= x < −26 asymptotic Φ(x) = φ/t·S, t = −x, S = 1 − 1/t² + 3/t⁴ − 15/t⁶ + …, so that
//                  f = −φS and f' = φ(S/t − t) carry φ's scaling to the end
//   |x| > 40       everything that decays has underflowed: x, 1, 0 or 0, 0, 0.
Derivs geluEval(double x, std::span<const double>) {
    if (x > 40.0) return {x, 1.0, 0.0};
    if (x < -40.0) return {0.0, 0.0, 0.0};
    const DD X(x);
    const DD x2 = X * X;
    const ScaledExp g = expScaled(x2 * -0.5);
    const DD phi = g.v * kInvSqrt2Pi; // φ(x)·2^m
    const double d2 = std::ldexp((phi * (2.0 - x2)).hi, -g.m);
    if (x < -26.0) {
        const double u = 1.0 / (x * x);
        double term = 1.0;
        double s = 1.0;
        for (int n = 1; n < 24 && std::fabs(term) >= 0x1p-60; ++n) {
            term *= -(2 * n - 1) * u;
            s += term;
        }
        const double t = -x;
        return {-std::ldexp((phi * s).hi, -g.m), std::ldexp((phi * (DD(s) / t - t)).hi, -g.m), d2};
    }
    if (x < 0.0 && x >= -2.0) {
        const DD Phi = 0.5 + erfSeries(X * kInvSqrt2) * 0.5;
        return {(X * Phi).hi, (Phi + X * phi).hi, d2};
    }
    const double Phi = phiFromErfc(x);
    const double d1 = g.m == 0 ? (DD(Phi) + X * phi).hi : Phi + std::ldexp((X * phi).hi, -g.m);
    return {x * Phi, d1, d2};
}

// GELU (tanh approximation): 0.5x(1 + tanh(z/2)) = x·σ(z), z = 2√(2/π)(x + κx³), so
//   f' = σ(z) + x·z'·σ'(z),   f'' = σ'(z)·(2z' + x·z'' − x·z'²·tanh(z/2)),
// everything in double-double from e = e^(−|z|): σ(|z|) = 1/(1+e), σ(−|z|) = e/(1+e),
// σ' = σ(|z|)σ(−|z|), tanh(|z|/2) = (1−e)/(1+e). With z exact to ~2^-100 the tails are as
// accurate as the middle (z reaches ±700 at |x| ≈ 21). Beyond |z| = 600, e is scaled (see
// expScaled) and σ(|z|) = 1, tanh(|z|/2) = 1 to double precision.
Derivs geluTanhEval(double x, std::span<const double>) {
    if (x > 30.0) return {x, 1.0, 0.0}; // |z| > 1970: e^-|z| underflows in every output
    if (x < -30.0) return {0.0, 0.0, 0.0};
    const DD X(x);
    const DD x2 = X * X;
    const DD z = X * (kZ1 + x2 * kZ3);
    const DD dz = kZ1 + x2 * kDz2;
    const DD d2z = X * kD2z;
    const bool neg = z.hi < 0.0;
    const DD a = neg ? -z : z;
    if (a.hi > 800.0) return neg ? Derivs{0.0, 0.0, 0.0} : Derivs{x, 1.0, 0.0};
    const ScaledExp g = expScaled(-a);
    const DD& e = g.v;
    if (g.m == 0) {
        const DD big = 1.0 / (1.0 + e);
        const DD small = e * big;
        const DD s = neg ? small : big;
        const DD sp = big * small;
        const DD th = (1.0 - e) * big;
        const DD bracket = dz * 2.0 + X * d2z - X * dz * dz * (neg ? -th : th);
        return {(X * s).hi, (s + X * dz * sp).hi, (sp * bracket).hi};
    }
    const DD bracket = dz * 2.0 + X * d2z - X * dz * dz * (neg ? -1.0 : 1.0);
    const double d2 = std::ldexp((e * bracket).hi, -g.m);
    if (!neg) return {x, 1.0, d2};
    return {std::ldexp((X * e).hi, -g.m), std::ldexp((e * (1.0 + X * dz)).hi, -g.m), d2};
}

} // namespace

std::vector<Activation> gelus() {
    return {
        {.id = "gelu",
         .name = "GELU",
         // erfc, not F.gelu: 1 + erf(x/√2) cancels for large negative x, erfc(−x/√2) does not.
         .pytorch = "x * torch.erfc(-x / 2**0.5) / 2",
         .family = "smooth",
         .formula =
             "GELU(x) = x·Φ(x) = ½x(1 + erf(x/√2)), Φ the standard normal distribution function",
         .derivative = "GELU′(x) = Φ(x) + x·φ(x), φ(x) = e<sup>−x²/2</sup>/√(2π)",
         .secondDerivative = "GELU″(x) = φ(x)(2 − x²)",
         .eval = geluEval},
        {.id = "gelu_tanh",
         .name = "GELU (tanh approx.)",
         // (1 + tanh u)/2 = σ(2u): the tanh form cancels for large negative x, the sigmoid does
         // not.
         .pytorch = "x * torch.sigmoid(1.5957691216057308 * x * (1 + 0.044715 * x * x))",
         .family = "smooth",
         .formula = "GELU<sub>tanh</sub>(x) = ½x(1 + tanh u), u = √(2/π)(x + 0.044715x³) "
                    "(PyTorch: approximate='tanh')",
         .derivative = "GELU<sub>tanh</sub>′(x) = ½(1 + tanh u) + ½x·sech²(u)·u′, "
                       "u′ = √(2/π)(1 + 0.134145x²)",
         .secondDerivative =
             "GELU<sub>tanh</sub>″(x) = sech²(u)·(u′ + ½x·u″ − x·u′²·tanh u), u″ = √(2/π)·0.26829x",
         .eval = geluTanhEval},
    };
}

} // namespace ae::families
