// Numerically stable building blocks shared by every activation family: the sigmoid pair from one
// exp(-|z|), tanh's sech², softplus and tanh/sech² of softplus, and double-double arithmetic with
// an accurate exp for the forms that cancel near a zero of f' or f''. Used only inside core's
// family files.
#pragma once

#include <bit>
#include <cmath>
#include <cstdint>

namespace ae::stable {

// a*b, except that a zero factor wins over an infinite one. The limits at x = ±inf of forms like
// x·σ(x) are exactly such products (the decaying factor underflows to 0 first), so this gives the
// limit instead of NaN. Callers have already filtered NaN.
inline double zmul(double a, double b) {
    return (a == 0.0 || b == 0.0) ? 0.0 : a * b;
}

// e^x, with an underflow to 0 decided before libm: glibc's exp reaches 0 through a slow path that
// sets errno, and the analysis grid, which reaches |x| = 2^1023, took an eighth of its time there.
// Below -746, e^x is under half the least subnormal (e^-745.13), so libm returns +0 as well.
inline double expFlushed(double x) {
    return x < -746.0 ? 0.0 : std::exp(x);
}

// Product with its rounding error (hi + lo == a*b exactly), so that exp(β·x) can be corrected
// for the rounding of β·x: for |βx| ~ 700 that rounding alone would cost hundreds of ulp.
struct TwoProd {
    double hi;
    double lo;
};
inline TwoProd twoProd(double a, double b) {
    const double hi = a * b;
    const double lo = std::isfinite(hi) ? std::fma(a, b, -hi) : 0.0;
    return {hi, lo};
}

// s = σ(z), sm = σ(-z) = 1 - s without cancellation; zlo is the low part of z (see twoProd).
struct SigmoidPair {
    double s;
    double sm;
};
inline SigmoidPair sigmoidPair(double z, double zlo = 0.0) {
    double e = expFlushed(-std::fabs(z));
    if (zlo != 0.0) e *= (z >= 0.0) ? 1.0 - zlo : 1.0 + zlo;
    const double big = 1.0 / (1.0 + e);
    const double small = e / (1.0 + e);
    return z >= 0.0 ? SigmoidPair{big, small} : SigmoidPair{small, big};
}

// sech²(x) = 1 - tanh²(x) without cancellation for large |x|.
inline double sech2(double x) {
    const double e = expFlushed(-2.0 * std::fabs(x));
    const double r = 2.0 / (1.0 + e);
    return r * r * e;
}

inline double softplus(double x) {
    return std::fmax(x, 0.0) + std::log1p(expFlushed(-std::fabs(x)));
}

// tanh(softplus(x)) and sech²(softplus(x)), written as rational functions of one exponential:
// tanh(log(1+u)) = u(u+2) / (u(u+2) + 2) with u = e^x; for x >= 0 the same in e = e^-x.
struct TanhSoftplus {
    double t;
    double sech2;
};
inline TanhSoftplus tanhSoftplus(double x) {
    if (x >= 0.0) {
        const double e = expFlushed(-x);
        const double d = 1.0 + 2.0 * e * (1.0 + e);
        const double r = 2.0 * e * (1.0 + e) / d;
        return {(1.0 + 2.0 * e) / d, r * r};
    }
    const double u = expFlushed(x);
    const double n = u * (u + 2.0);
    const double d = n + 2.0;
    const double r = 2.0 * (1.0 + u) / d;
    return {n / d, r * r};
}

// Double-double arithmetic (value = hi + lo, |lo| <= ulp(hi)/2), about 106 bits. Used only
// where a formula subtracts nearly equal terms close to a zero of f' or f'' (Swish and Mish):
// there the ~1 ulp error of exp alone, amplified by the cancellation, would cost tens of ulp.
// Error-free transformations: they need IEEE double arithmetic (no -ffast-math).
struct DD {
    double hi;
    double lo;
    DD() = default;
    constexpr DD(double h, double l = 0.0) : hi(h), lo(l) {}
};

inline DD twoSum(double a, double b) {
    const double s = a + b;
    const double bb = s - a;
    return {s, (a - (s - bb)) + (b - bb)};
}
inline DD quickTwoSum(double a, double b) { // |a| >= |b|
    const double s = a + b;
    return {s, b - (s - a)};
}
inline DD operator-(DD a) {
    return {-a.hi, -a.lo};
}
// The "sloppy" sum: its error is within ~2^-104·(|a| + |b|), which is all the cancelling forms
// need (their cancellation is far below 2^50).
inline DD operator+(DD a, DD b) {
    const DD s = twoSum(a.hi, b.hi);
    return quickTwoSum(s.hi, s.lo + (a.lo + b.lo));
}
inline DD operator+(DD a, double b) {
    const DD s = twoSum(a.hi, b);
    return quickTwoSum(s.hi, s.lo + a.lo);
}
inline DD operator+(double a, DD b) {
    return b + a;
}
inline DD operator-(DD a, DD b) {
    return a + (-b);
}
inline DD operator-(DD a, double b) {
    return a + (-b);
}
inline DD operator-(double a, DD b) {
    return (-b) + a;
}
inline DD operator*(DD a, DD b) {
    const TwoProd p = twoProd(a.hi, b.hi);
    return quickTwoSum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi));
}
inline DD operator*(DD a, double b) {
    const TwoProd p = twoProd(a.hi, b);
    return quickTwoSum(p.hi, p.lo + a.lo * b);
}
inline DD operator*(double a, DD b) {
    return b * a;
}
inline DD operator/(DD a, DD b) { // to ~2^-104 relative
    const double q1 = a.hi / b.hi;
    const DD r = a - b * q1;
    return quickTwoSum(q1, r.hi / b.hi);
}
inline DD operator/(double a, DD b) {
    return DD(a) / b;
}
inline DD operator/(DD a, double b) {
    return a / DD(b);
}

// e^a to about 2^-70 relative for |a.hi| < 700 (callers use it for |a| <= 5), enough to round
// the cancelling forms correctly. a = (32m + j)·ln2/32 + r with ln2 in double-double and
// |r| <= ln2/64; e^a = 2^m · 2^(j/32) · e^r, 2^(j/32) from a double-double table, e^r - 1 from its
// Taylor series (only r + r²/2 needs double-double: the rest is below 2^-21 and goes in double).
inline DD expDD(DD a) {
    static constexpr DD exp2j32[32] = {
        {0x1.0000000000000p+0, 0.0},
        {0x1.059b0d3158574p+0, 0x1.d73e2a475b465p-55},
        {0x1.0b5586cf9890fp+0, 0x1.8a62e4adc610bp-54},
        {0x1.11301d0125b51p+0, -0x1.6c51039449b3ap-54},
        {0x1.172b83c7d517bp+0, -0x1.19041b9d78a76p-55},
        {0x1.1d4873168b9aap+0, 0x1.e016e00a2643cp-54},
        {0x1.2387a6e756238p+0, 0x1.9b07eb6c70573p-54},
        {0x1.29e9df51fdee1p+0, 0x1.612e8afad1255p-55},
        {0x1.306fe0a31b715p+0, 0x1.6f46ad23182e4p-55},
        {0x1.371a7373aa9cbp+0, -0x1.63aeabf42eae2p-54},
        {0x1.3dea64c123422p+0, 0x1.ada0911f09ebcp-55},
        {0x1.44e086061892dp+0, 0x1.89b7a04ef80d0p-59},
        {0x1.4bfdad5362a27p+0, 0x1.d4397afec42e2p-56},
        {0x1.5342b569d4f82p+0, -0x1.07abe1db13cadp-55},
        {0x1.5ab07dd485429p+0, 0x1.6324c054647adp-54},
        {0x1.6247eb03a5585p+0, -0x1.383c17e40b497p-54},
        {0x1.6a09e667f3bcdp+0, -0x1.bdd3413b26456p-54},
        {0x1.71f75e8ec5f74p+0, -0x1.16e4786887a99p-55},
        {0x1.7a11473eb0187p+0, -0x1.41577ee04992fp-55},
        {0x1.82589994cce13p+0, -0x1.d4c1dd41532d8p-54},
        {0x1.8ace5422aa0dbp+0, 0x1.6e9f156864b27p-54},
        {0x1.93737b0cdc5e5p+0, -0x1.75fc781b57ebcp-57},
        {0x1.9c49182a3f090p+0, 0x1.c7c46b071f2bep-56},
        {0x1.a5503b23e255dp+0, -0x1.d2f6edb8d41e1p-54},
        {0x1.ae89f995ad3adp+0, 0x1.7a1cd345dcc81p-54},
        {0x1.b7f76f2fb5e47p+0, -0x1.5584f7e54ac3bp-56},
        {0x1.c199bdd85529cp+0, 0x1.11065895048ddp-55},
        {0x1.cb720dcef9069p+0, 0x1.503cbd1e949dbp-56},
        {0x1.d5818dcfba487p+0, 0x1.2ed02d75b3707p-55},
        {0x1.dfc97337b9b5fp+0, -0x1.1a5cd4f184b5cp-54},
        {0x1.ea4afa2a490dap+0, -0x1.e9c23179c2893p-54},
        {0x1.f50765b6e4540p+0, 0x1.9d3e12dd8a18bp-54},
    };
    constexpr double n32InvLn2 = 0x1.71547652b82fep+5; // 32/ln2
    constexpr double ln2Hi32 = 0x1.62e42fefa39efp-6;   // ln2/32 = ln2Hi32 + ln2Lo32
    constexpr double ln2Lo32 = 0x1.abc9e3b39803fp-61;
    constexpr double roundMagic = 0x1.8p52; // t + magic - magic: t rounded to an integer
    const double k = (a.hi * n32InvLn2 + roundMagic) - roundMagic;
    const TwoProd kh = twoProd(k, ln2Hi32);
    const DD r = (a - DD(kh.hi, kh.lo)) - k * ln2Lo32;
    const double t = r.hi;
    const double tail =
        t * t * t *
        (1.0 / 6 +
         t * (1.0 / 24 + t * (1.0 / 120 + t * (1.0 / 720 + t * (1.0 / 5040 + t / 40320)))));
    const DD em1 = r + (r * r * 0.5 + tail); // e^r - 1
    const int ki = static_cast<int>(k);
    const DD tj = exp2j32[ki & 31];
    const DD e = tj + tj * em1;
    // 2^m, m = (k - j)/32: |m| <= 1010 for the arguments allowed
    const double scale = std::bit_cast<double>(static_cast<std::uint64_t>(1023 + (ki >> 5)) << 52);
    return {e.hi * scale, e.lo * scale};
}

} // namespace ae::stable
