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

} // namespace ae::stable
