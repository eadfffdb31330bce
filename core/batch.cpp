#include "batch.h"

#include <Eigen/Core>

#include <algorithm>
#include <cmath>

namespace ae::batch {
namespace {

using Arr = Eigen::Array<float, Eigen::Dynamic, 1>;
using CMap = Eigen::Map<const Arr>;
using MapA = Eigen::Map<Arr>;

CMap in(In x) {
    return CMap(x.data(), Eigen::Index(x.size()));
}
MapA out(Out y) {
    return MapA(y.data(), Eigen::Index(y.size()));
}

// e^-a for a >= 0. Eigen's float exp clamps its argument at about -88.7 and so returns
// 2.9e-39 for anything below; beyond 88 the value is 0 (or a subnormal that no result keeps),
// which keeps x·e^-|x| at 0 for huge |x| instead of a finite value of order 1.
template <class A> Arr expNeg(const A& a) {
    return (a < 88.0f).select((-a).exp(), Arr::Zero(a.size()));
}

// σ(z) and σ(-z) from e = e^-|z|, which never overflows: σ(|z|) = 1/(1+e), σ(-|z|) = e/(1+e).
template <class Z, class S, class Sm> void sigmoidPair(const Z& z, S& s, Sm& sm) {
    const Arr e = expNeg(z.abs());
    const Arr big = 1.0f / (1.0f + e);
    const Arr small = e * big;
    s = (z >= 0.0f).select(big, small);
    sm = (z >= 0.0f).select(small, big);
}

} // namespace

void sigmoid(In x, Params, Out f, Out df) {
    Arr s, sm;
    sigmoidPair(in(x), s, sm);
    out(f) = s;
    out(df) = s * sm;
}

// tanh = sgn(x)(1-e)/(1+e) and sech² = 4e/(1+e)² with e = e^-2|x|: sech² keeps its relative
// accuracy in the tails, where 1 - tanh² is 0.
void tanh(In x, Params, Out f, Out df) {
    const auto v = in(x);
    const Arr e = expNeg(2.0f * v.abs());
    const Arr r = 1.0f / (1.0f + e);
    const Arr t = (1.0f - e) * r;
    out(f) = (v < 0.0f).select(-t, t);
    out(df) = 4.0f * e * r * r;
}

// f'(0) = 0, the catalogue's (and PyTorch's) convention.
void relu(In x, Params, Out f, Out df) {
    const auto v = in(x);
    out(f) = v.max(0.0f);
    out(df) = (v > 0.0f).cast<float>();
}

void leakyRelu(In x, Params p, Out f, Out df) {
    const auto v = in(x);
    const float a = float(p[0]);
    // a = 0 is ReLU: 0·(−∞) would be NaN where the scalar form gives 0.
    out(f) = a == 0.0f ? Arr(v.max(0.0f)) : Arr((v > 0.0f).select(v, a * v));
    out(df) = (v > 0.0f).select(Arr::Ones(v.size()), a);
}

// α(e^x − 1) through expm1: no cancellation near 0; f' = α·e^x from its own exp, which keeps
// its relative accuracy where expm1 has rounded to −1.
void elu(In x, Params p, Out f, Out df) {
    const auto v = in(x);
    const float a = float(p[0]);
    const Arr neg = v.min(0.0f);
    out(f) = (v > 0.0f).select(v, a * neg.expm1());
    out(df) = (v > 0.0f).select(Arr::Ones(v.size()), a * expNeg(-neg));
}

// f = x·σ(z), f' = σ(z)(1 + z·σ(-z)) with z = βx. z is clamped in the product: beyond |z| = 1e4
// σ(-z) or σ(z) is exactly 0, and ∞·0 would make NaN of the limits 1 and 0.
void swish(In x, Params p, Out f, Out df) {
    const auto v = in(x);
    const float beta = float(p[0]);
    if (beta == 0.0f) { // x/2, also at ±∞ (0·∞ in z would be NaN)
        out(f) = 0.5f * v;
        out(df).setConstant(0.5f);
        return;
    }
    const Arr z = beta * v;
    Arr s, sm;
    sigmoidPair(z, s, sm);
    const Arr zero = Arr::Zero(v.size()); // the limits at -∞, where ∞·0 would be NaN
    out(f) = (s > 0.0f).select(v * s, zero);
    out(df) = s * (1.0f + z.max(-1e4f).min(1e4f) * sm);
}

void silu(In x, Params, Out f, Out df) {
    const double one = 1.0;
    swish(x, Params(&one, 1), f, df);
}

// tanh(softplus(x)) = n/(n+2) with n = e(e+2), e = e^x (capped at e^20, where the quotient is
// 1 in float and n still far from overflow); f' = t + x·4e(1+e)/(n+2)² — the sech²·σ term
// without the cancellation of 1 - t² — and beyond x = 20 exactly 1 (the term is below 1e-16·x).
void mish(In x, Params, Out f, Out df) {
    const auto v = in(x);
    const Arr e = (v > -88.0f).select(v.min(20.0f).exp(), Arr::Zero(v.size()));
    const Arr n = e * (e + 2.0f);
    const Arr r = 1.0f / (n + 2.0f);
    const Arr t = n * r;
    const Arr zero = Arr::Zero(v.size()); // the limits at -∞, where ∞·0 would be NaN
    out(f) = (e > 0.0f).select(v * t, zero);
    out(df) = (v > 20.0f).select(Arr::Ones(v.size()),
                                 (e > 0.0f).select(t + v * (4.0f * e * (1.0f + e)) * r * r, zero));
}

// ln(1 + e^z)/β as max(z, 0)/β + log1p(e^-|z|)/β; f' = σ(z).
void softplus(In x, Params p, Out f, Out df) {
    const auto v = in(x);
    const float beta = float(p[0]);
    if (beta == 0.0f) { // no limit, as in the scalar form
        out(f).setConstant(NAN);
        out(df).setConstant(NAN);
        return;
    }
    const Arr z = beta * v;
    const Arr e = expNeg(z.abs());
    // x itself, not z/β, on the upper side: βx may overflow where x + … does not.
    out(f) = (z > 0.0f).select(v, Arr::Zero(v.size())) + e.log1p() / beta;
    const Arr r = 1.0f / (1.0f + e);
    out(df) = (z >= 0.0f).select(r, e * r);
}

} // namespace ae::batch
