// Numerically stable building blocks shared by every activation family: the sigmoid pair from one
// exp(-|z|), tanh's sech², softplus and tanh/sech² of softplus. Used only inside core's family files.
#pragma once

#include <cmath>

namespace ae::stable {

// a*b, except that a zero factor wins over an infinite one. The limits at x = ±inf of forms like
// x·σ(x) are exactly such products (the decaying factor underflows to 0 first), so this gives the
// limit instead of NaN. Callers have already filtered NaN.
inline double zmul(double a, double b) {
    return (a == 0.0 || b == 0.0) ? 0.0 : a * b;
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
    double e = std::exp(-std::fabs(z));
    if (zlo != 0.0) e *= (z >= 0.0) ? 1.0 - zlo : 1.0 + zlo;
    const double big = 1.0 / (1.0 + e);
    const double small = e / (1.0 + e);
    return z >= 0.0 ? SigmoidPair{big, small} : SigmoidPair{small, big};
}

// sech²(x) = 1 - tanh²(x) without cancellation for large |x|.
inline double sech2(double x) {
    const double e = std::exp(-2.0 * std::fabs(x));
    const double r = 2.0 / (1.0 + e);
    return r * r * e;
}

inline double softplus(double x) {
    return std::fmax(x, 0.0) + std::log1p(std::exp(-std::fabs(x)));
}

// tanh(softplus(x)) and sech²(softplus(x)), written as rational functions of one exponential:
// tanh(log(1+u)) = u(u+2) / (u(u+2) + 2) with u = e^x; for x >= 0 the same in e = e^-x.
struct TanhSoftplus {
    double t;
    double sech2;
};
inline TanhSoftplus tanhSoftplus(double x) {
    if (x >= 0.0) {
        const double e = std::exp(-x);
        const double d = 1.0 + 2.0 * e * (1.0 + e);
        const double r = 2.0 * e * (1.0 + e) / d;
        return {(1.0 + 2.0 * e) / d, r * r};
    }
    const double u = std::exp(x);
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
inline DD operator-(DD a) { return {-a.hi, -a.lo}; }
inline DD operator+(DD a, DD b) {
    DD s = twoSum(a.hi, b.hi);
    const DD t = twoSum(a.lo, b.lo);
    s = quickTwoSum(s.hi, s.lo + t.hi);
    return quickTwoSum(s.hi, s.lo + t.lo);
}
inline DD operator+(DD a, double b) {
    const DD s = twoSum(a.hi, b);
    return quickTwoSum(s.hi, s.lo + a.lo);
}
inline DD operator+(double a, DD b) { return b + a; }
inline DD operator-(DD a, DD b) { return a + (-b); }
inline DD operator-(DD a, double b) { return a + (-b); }
inline DD operator-(double a, DD b) { return (-b) + a; }
inline DD operator*(DD a, DD b) {
    const TwoProd p = twoProd(a.hi, b.hi);
    return quickTwoSum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi));
}
inline DD operator*(DD a, double b) {
    const TwoProd p = twoProd(a.hi, b);
    return quickTwoSum(p.hi, p.lo + a.lo * b);
}
inline DD operator*(double a, DD b) { return b * a; }
inline DD operator/(DD a, DD b) {
    const double q1 = a.hi / b.hi;
    DD r = a - b * q1;
    const double q2 = r.hi / b.hi;
    r = r - b * q2;
    const double q3 = r.hi / b.hi;
    return quickTwoSum(q1, q2) + q3;
}
inline DD operator/(double a, DD b) { return DD(a) / b; }
inline DD operator/(DD a, double b) { return a / DD(b); }

// e^a to about 100 bits for |a.hi| < 700 (callers use it for |a| <= 5): a = k·ln2 + r with ln2
// in double-double, e^(r/512) by its Taylor series, squared 9 times.
inline DD expDD(DD a) {
    constexpr double ln2Hi = 0x1.62e42fefa39efp-1;
    constexpr double ln2Lo = 0x1.abc9e3b39803fp-56;
    const double k = std::nearbyint(a.hi / ln2Hi);
    const TwoProd kh = twoProd(k, ln2Hi);
    const TwoProd kl = twoProd(k, ln2Lo);
    DD r = a - DD(kh.hi, kh.lo) - DD(kl.hi, kl.lo);
    r = {std::ldexp(r.hi, -9), std::ldexp(r.lo, -9)}; // |r| < 7e-4
    DD term = r;
    DD m = r; // e^r - 1
    for (int n = 2; n <= 10; ++n) {
        term = term * r / static_cast<double>(n);
        m = m + term;
    }
    for (int i = 0; i < 9; ++i) m = m * 2.0 + m * m; // (1 + m)^2 - 1
    const DD e = m + 1.0;
    const int ki = static_cast<int>(k);
    return {std::ldexp(e.hi, ki), std::ldexp(e.lo, ki)};
}

} // namespace ae::stable
