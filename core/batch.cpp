#include "batch.h"

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace ae::batch {
namespace {

// The kernels work on Eigen's packets (4 floats with SSE2, 8 with AVX) in one pass, with no
// heap: as array expressions every intermediate was a heap array per call, and the trainer calls
// a kernel per layer and step (glibc gave the freed memory back and faulted it in again: Mish
// took 60 ns per element over 16384 floats, now 6), and Eigen 3.4's select() and comparisons,
// having no packet path, ran one float at a time.
static_assert(EIGEN_VERSION_AT_LEAST(3, 4, 0), "the batch kernels use Eigen 3.4's packet math");
namespace ei = Eigen::internal;
using P = ei::packet_traits<float>::type;
constexpr std::size_t kWidth = std::size_t(ei::packet_traits<float>::size);

// The transcendental parts lane by lane through the C library, as the array expressions did
// (their selects called std::exp and friends one float at a time): the same values bit for bit.
// Eigen's packet exp would make Mish's kernel about 25 % faster with SSE2, but it rounds
// differently in the last bit, and training a deep network amplifies that until a seed's
// accuracy moves by several points (the quick preset's Mish at 15 layers: 0.574 → 0.655).
template <float (*F)(float)> P lanes(const P& x) {
    alignas(64) float v[kWidth];
    ei::pstore(v, x);
    for (float& e : v)
        e = F(e);
    return ei::pload<P>(v);
}
float libmExp(float x) {
    return std::exp(x);
}
float libmExpm1(float x) {
    return std::expm1(x);
}
float libmLog1p(float x) {
    return std::log1p(x);
}

P c(float v) {
    return ei::pset1<P>(v);
}
P lt(const P& a, const P& b) { // lanes where a < b
    return ei::pcmp_lt(a, b);
}
P le(const P& a, const P& b) {
    return ei::pcmp_le(a, b);
}
P select(const P& mask, const P& a, const P& b) { // mask ? a : b
    return ei::pselect(mask, a, b);
}

// Runs kernel(x, f, df) over x packet by packet; the tail goes through the same packet code,
// padded with zeros, so every element gets the same arithmetic wherever it sits.
template <class Kernel> void apply(In x, Out f, Out df, const Kernel& kernel) {
    const std::size_t n = x.size();
    std::size_t i = 0;
    for (; i + kWidth <= n; i += kWidth) {
        P pf, pdf;
        kernel(ei::ploadu<P>(x.data() + i), pf, pdf);
        ei::pstoreu(f.data() + i, pf);
        ei::pstoreu(df.data() + i, pdf);
    }
    if (i == n) return;
    alignas(64) float in[kWidth] = {}, outF[kWidth], outDf[kWidth];
    std::copy(x.begin() + std::ptrdiff_t(i), x.end(), in);
    P pf, pdf;
    kernel(ei::pload<P>(in), pf, pdf);
    ei::pstore(outF, pf);
    ei::pstore(outDf, pdf);
    std::copy(outF, outF + (n - i), f.begin() + std::ptrdiff_t(i));
    std::copy(outDf, outDf + (n - i), df.begin() + std::ptrdiff_t(i));
}

// e^-a for a >= 0. Eigen's float exp clamps its argument at about -88.7 and so returns
// 2.9e-39 for anything below; beyond 88 the value is 0 (or a subnormal that no result keeps),
// which keeps x·e^-|x| at 0 for huge |x| instead of a finite value of order 1.
P expNeg(const P& a) {
    return select(lt(a, c(88.0f)), lanes<libmExp>(ei::pnegate(a)), c(0.0f));
}

// σ(z) and σ(-z) from e = e^-|z|, which never overflows: σ(|z|) = 1/(1+e), σ(-|z|) = e/(1+e).
void sigmoidPair(const P& z, P& s, P& sm) {
    const P e = expNeg(ei::pabs(z));
    const P big = ei::pdiv(c(1.0f), ei::padd(c(1.0f), e));
    const P small = ei::pmul(e, big);
    const P up = le(c(0.0f), z);
    s = select(up, big, small);
    sm = select(up, small, big);
}

} // namespace

void sigmoid(In x, Params, Out f, Out df) {
    apply(x, f, df, [](const P& v, P& pf, P& pdf) {
        P s, sm;
        sigmoidPair(v, s, sm);
        pf = s;
        pdf = ei::pmul(s, sm);
    });
}

// tanh = sgn(x)(1-e)/(1+e) and sech² = 4e/(1+e)² with e = e^-2|x|: sech² keeps its relative
// accuracy in the tails, where 1 - tanh² is 0.
void tanh(In x, Params, Out f, Out df) {
    apply(x, f, df, [](const P& v, P& pf, P& pdf) {
        const P e = expNeg(ei::pmul(c(2.0f), ei::pabs(v)));
        const P r = ei::pdiv(c(1.0f), ei::padd(c(1.0f), e));
        const P t = ei::pmul(ei::psub(c(1.0f), e), r);
        pf = select(lt(v, c(0.0f)), ei::pnegate(t), t);
        pdf = ei::pmul(ei::pmul(ei::pmul(c(4.0f), e), r), r);
    });
}

// f'(0) = 0, the catalogue's (and PyTorch's) convention.
void relu(In x, Params, Out f, Out df) {
    apply(x, f, df, [](const P& v, P& pf, P& pdf) {
        pf = ei::pmax(v, c(0.0f));
        pdf = ei::pand(lt(c(0.0f), v), c(1.0f));
    });
}

void leakyRelu(In x, Params p, Out f, Out df) {
    const P a = c(float(p[0]));
    // a = 0 is ReLU: 0·(−∞) would be NaN where the scalar form gives 0.
    const bool zero = float(p[0]) == 0.0f;
    apply(x, f, df, [&](const P& v, P& pf, P& pdf) {
        const P up = lt(c(0.0f), v);
        pf = zero ? ei::pmax(v, c(0.0f)) : select(up, v, ei::pmul(a, v));
        pdf = select(up, c(1.0f), a);
    });
}

// α(e^x − 1) through expm1: no cancellation near 0; f' = α·e^x from its own exp, which keeps
// its relative accuracy where expm1 has rounded to −1.
void elu(In x, Params p, Out f, Out df) {
    const P a = c(float(p[0]));
    apply(x, f, df, [&](const P& v, P& pf, P& pdf) {
        const P neg = ei::pmin(v, c(0.0f));
        const P up = lt(c(0.0f), v);
        pf = select(up, v, ei::pmul(a, lanes<libmExpm1>(neg)));
        pdf = select(up, c(1.0f), ei::pmul(a, expNeg(ei::pnegate(neg))));
    });
}

// f = x·σ(z), f' = σ(z)(1 + z·σ(-z)) with z = βx. z is clamped in the product: beyond |z| = 1e4
// σ(-z) or σ(z) is exactly 0, and ∞·0 would make NaN of the limits 1 and 0.
void swish(In x, Params p, Out f, Out df) {
    const float beta = float(p[0]);
    if (beta == 0.0f) { // x/2, also at ±∞ (0·∞ in z would be NaN)
        apply(x, f, df, [](const P& v, P& pf, P& pdf) {
            pf = ei::pmul(c(0.5f), v);
            pdf = c(0.5f);
        });
        return;
    }
    const P b = c(beta);
    apply(x, f, df, [&](const P& v, P& pf, P& pdf) {
        const P z = ei::pmul(b, v);
        P s, sm;
        sigmoidPair(z, s, sm);
        // The limits at -∞, where ∞·0 would be NaN.
        pf = select(lt(c(0.0f), s), ei::pmul(v, s), c(0.0f));
        const P zc = ei::pmin(ei::pmax(z, c(-1e4f)), c(1e4f));
        pdf = ei::pmul(s, ei::padd(c(1.0f), ei::pmul(zc, sm)));
    });
}

void silu(In x, Params, Out f, Out df) {
    const double one = 1.0;
    swish(x, Params(&one, 1), f, df);
}

// tanh(softplus(x)) = n/(n+2) with n = e(e+2), e = e^x (capped at e^20, where the quotient is
// 1 in float and n still far from overflow); f' = t + x·4e(1+e)/(n+2)² — the sech²·σ term
// without the cancellation of 1 - t² — and beyond x = 20 exactly 1 (the term is below 1e-16·x).
void mish(In x, Params, Out f, Out df) {
    apply(x, f, df, [](const P& v, P& pf, P& pdf) {
        const P e = select(lt(c(-88.0f), v), lanes<libmExp>(ei::pmin(v, c(20.0f))), c(0.0f));
        const P n = ei::pmul(e, ei::padd(e, c(2.0f)));
        const P r = ei::pdiv(c(1.0f), ei::padd(n, c(2.0f)));
        const P t = ei::pmul(n, r);
        const P live = lt(c(0.0f), e); // else the limits at -∞, where ∞·0 would be NaN
        pf = select(live, ei::pmul(v, t), c(0.0f));
        const P g = ei::pmul(ei::pmul(c(4.0f), e), ei::padd(c(1.0f), e));
        const P slope = ei::padd(t, ei::pmul(ei::pmul(ei::pmul(v, g), r), r));
        pdf = select(lt(c(20.0f), v), c(1.0f), select(live, slope, c(0.0f)));
    });
}

// ln(1 + e^z)/β as max(z, 0)/β + log1p(e^-|z|)/β; f' = σ(z).
void softplus(In x, Params p, Out f, Out df) {
    const float beta = float(p[0]);
    if (beta == 0.0f) { // no limit, as in the scalar form
        std::fill(f.begin(), f.end(), NAN);
        std::fill(df.begin(), df.end(), NAN);
        return;
    }
    const P b = c(beta);
    apply(x, f, df, [&](const P& v, P& pf, P& pdf) {
        const P z = ei::pmul(b, v);
        const P e = expNeg(ei::pabs(z));
        // x itself, not z/β, on the upper side: βx may overflow where x + … does not.
        pf = ei::padd(select(lt(c(0.0f), z), v, c(0.0f)), ei::pdiv(lanes<libmLog1p>(e), b));
        const P r = ei::pdiv(c(1.0f), ei::padd(c(1.0f), e));
        pdf = select(le(c(0.0f), z), r, ei::pmul(e, r));
    });
}

} // namespace ae::batch
