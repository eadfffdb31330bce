#!/usr/bin/python3
"""Reference table for tst_accuracy: f, f', f'' of every catalogue activation, computed with
mpmath at the exact double x (and exact double parameters) and rounded once to the nearest double.

Regenerate (needs Debian's python3-mpmath):
    /usr/bin/python3 tests/reference/gen_reference.py            # writes tests/reference/reference.csv
    /usr/bin/python3 tests/reference/gen_reference.py -o FILE    # elsewhere

Adding an activation is one entry in FUNCTIONS below: its parameter sets and mpmath lambdas
f(x, p), and preferably df, d2f in closed form (otherwise mpmath.diff of f is used; closed forms
are also checked against mpmath.diff at a few points). x and the values of p are mpf holding the
exact doubles. Closed forms must avoid cancellation that a few dozen digits cannot absorb (e.g.
write 1 - sigma(x) as sigma(-x)); every value is computed at two precisions and must round to the
same double at both, so a bad form fails loudly instead of silently producing a wrong reference.
Limits at +-inf are the values at +-2^1100 rounded to double, unless the entry gives "limits".
Piecewise functions list their "kinks" (a function of the parameter set) and may ask for the
"coarse" grid; where a closed form picks a branch at a kink, it picks PyTorch's.

x values: 0, +-k/8 up to 10, log-spaced magnitudes 1e-8..1000, [-1000, 1000] in steps of 5
(of 50 for the piecewise-linear functions, "grid": "coarse"), +-1e-300, +-709, +-710, +-1e20,
+-inf; and for each parameter set, points at and around every zero of f, f', f'' other than 0
(relative offsets 1e-9 .. 0.1), where cancellation is worst, and at every kink the entry lists
("kinks": the kink itself, the doubles next to it and +-1e-6 away).

Columns (header row of the CSV):
    id          catalogue id
    params      "name=value;..." with every parameter of the function (empty if none)
    x           the argument (repr of a double; 'inf', '-inf')
    f,df,d2f    f(x), f'(x), f''(x) rounded to nearest double (repr; 'inf', '-inf', 'nan').
                Kinks follow PyTorch's autograd: ReLU'(0) = 0, LeakyReLU'(0) = a (RReLU: the
                mean slope), ELU'(0) = alpha (SELU: scale*alpha, CELU: 1) with f''(0) = 0,
                ReLU6/Hardtanh/Hardsigmoid/Softshrink/Hardshrink/Threshold: no gradient at
                their boundaries, Hardswish'(-3) = -1/2, Hardswish'(3) = 3/2 with f''(+-3) = 0,
                Softsign''(0) = 0, Binary step = heaviside(x, 1) with f' = 0. f'' is 0 on
                linear pieces (the deltas at jumps of f' are not represented).
                For x = +-inf: the limits.
    f_nz,df_nz,d2f_nz
                1 if that output of the true function changes sign within [x-h, x+h],
                h = 1e-2*max(1,|x|): relative error is meaningless there; compare absolutely.
    f_scale,df_scale,d2f_scale
                max |output| over [x-h, x+h] (33 samples), the scale of the absolute tolerance
                for near-zero rows; 4 significant digits. For x = +-inf: |limit|.
"""

import argparse
import math
import os
import struct
import sys
from fractions import Fraction

import mpmath
from mpmath import mp, mpf

# ---------------------------------------------------------------------------------------------
# The functions. p is a dict name -> mpf. Closed forms throughout.


def _sig(z):
    """sigma(z) = 1/(1+e^-z); use _sig(-z) for 1 - sigma(z) (no cancellation)."""
    return 1 / (1 + mp.exp(-z))


def _swish_d2(x, p):
    z = p["beta"] * x
    s, sm = _sig(z), _sig(-z)
    return p["beta"] * s * sm * (2 - z * mp.tanh(z / 2))


def _mish_parts(x):
    sp = mp.log1p(mp.exp(x))          # softplus
    return mp.tanh(sp), mp.sech(sp) ** 2, _sig(x), _sig(-x)


def _mish_d2(x):
    g, h, s, sm = _mish_parts(x)
    return h * s * (2 + x * (sm - 2 * g * s))


FUNCTIONS = {
    "sigmoid": {
        "params": [{}],
        "f": lambda x, p: _sig(x),
        "df": lambda x, p: _sig(x) * _sig(-x),
        # sigma'' = sigma'(1 - 2 sigma) = -sigma' tanh(x/2): exact near 0 as well
        "d2f": lambda x, p: -_sig(x) * _sig(-x) * mp.tanh(x / 2),
    },
    "tanh": {
        "params": [{}],
        "f": lambda x, p: mp.tanh(x),
        "df": lambda x, p: mp.sech(x) ** 2,
        "d2f": lambda x, p: -2 * mp.tanh(x) * mp.sech(x) ** 2,
    },
    "relu": {
        "params": [{}],
        "f": lambda x, p: x if x > 0 else mpf(0),
        "df": lambda x, p: mpf(1) if x > 0 else mpf(0),     # ReLU'(0) = 0
        "d2f": lambda x, p: mpf(0),
    },
    "leaky_relu": {
        "params": [{"a": 0.1}, {"a": 0.0}, {"a": 0.25}],
        "f": lambda x, p: x if x > 0 else p["a"] * x,
        "df": lambda x, p: mpf(1) if x > 0 else p["a"],     # LeakyReLU'(0) = a
        "d2f": lambda x, p: mpf(0),
    },
    "swish": {
        "params": [{"beta": 1.0}, {"beta": 0.5}, {"beta": 1.5}, {"beta": 3.7}, {"beta": 0.0}],
        "f": lambda x, p: x * _sig(p["beta"] * x),
        "df": lambda x, p: _sig(p["beta"] * x) * (1 + p["beta"] * x * _sig(-p["beta"] * x)),
        "d2f": _swish_d2,
    },
    "mish": {
        "params": [{}],
        "f": lambda x, p: x * _mish_parts(x)[0],
        "df": lambda x, p: (lambda g, h, s, sm: g + x * h * s)(*_mish_parts(x)),
        "d2f": lambda x, p: _mish_d2(x),
    },
}

# --- The remaining catalogue (rectifiers, smooth, piecewise, shrinkage). Kinks follow PyTorch's
# autograd (aten's *_backward and, for f'', the double-backward formulas); "kinks" lists the points
# where f, f' or f'' jump: the table gets rows at, and one double either side of, each of them.

# Exact decimal constants, as strings: mpf() of them at the working precision.
SELU_SCALE = "1.0507009873554804934193349852946"
SELU_ALPHA = "1.6732632423543772848170429916717"
GELU_KAPPA = "0.044715"


def _one(cond):
    return mpf(1) if cond else mpf(0)


def _elu_like(scale, alpha, inv):
    """PyTorch's elu(x, alpha, scale, input_scale): x > 0 -> scale*x, else scale*alpha*expm1(x*inv).
    elu_backward takes the x <= 0 branch at 0; elu_double_backward masks with x < 0."""
    scale_, alpha_, inv_ = scale, alpha, inv
    scale = lambda p: mpf(scale_(p))    # noqa: E731
    alpha = lambda p: mpf(alpha_(p))    # noqa: E731
    inv = lambda p: mpf(inv_(p))        # noqa: E731
    return {
        "f": lambda x, p: scale(p) * x if x > 0 else scale(p) * alpha(p) * mp.expm1(x * inv(p)),
        "df": lambda x, p: scale(p) if x > 0 else scale(p) * alpha(p) * inv(p) * mp.exp(x * inv(p)),
        "d2f": lambda x, p: (scale(p) * alpha(p) * inv(p) ** 2 * mp.exp(x * inv(p)) if x < 0
                             else mpf(0)),
        "kinks": lambda p: [0.0],
    }


def _gelu_tanh_parts(x):
    k2 = 2 * mp.sqrt(2 / mp.pi)                  # z = 2u, u = sqrt(2/pi)(x + kappa x^3)
    kappa = mpf(GELU_KAPPA)
    z = k2 * (x + kappa * x ** 3)
    dz = k2 * (1 + 3 * kappa * x ** 2)
    d2z = k2 * 6 * kappa * x
    return z, dz, d2z, _sig(z), _sig(-z)


def _gelu_tanh_d2(x):
    z, dz, d2z, s, sm = _gelu_tanh_parts(x)
    return s * sm * (2 * dz + x * d2z - x * dz ** 2 * mp.tanh(z / 2))


def _tanhshrink(x):
    """x - tanh(x) loses 2*log2(1/|x|) bits near 0: work with that many more."""
    if x == 0:
        return mpf(0)
    extra = 20 + max(0, int(-3 * mp.log(abs(x), 2)))
    with mp.extraprec(extra):
        return +(x - mp.tanh(x))


def _squareplus_r(x, p):
    return mp.sqrt(x * x + p["b"])


_PIECEWISE_GRID = "coarse"   # piecewise-linear functions: no exp tails, the 5-step grid is thinned


FUNCTIONS.update({
    # ---- rectifiers
    "elu": dict(params=[{"alpha": 1.0}, {"alpha": 0.5}, {"alpha": 2.5}],
                **_elu_like(lambda p: 1, lambda p: p["alpha"], lambda p: 1)),
    "selu": dict(params=[{}], **_elu_like(lambda p: SELU_SCALE, lambda p: SELU_ALPHA, lambda p: 1)),
    "celu": dict(params=[{"alpha": 1.0}, {"alpha": 2.0}, {"alpha": 0.3}],
                 **_elu_like(lambda p: 1, lambda p: p["alpha"], lambda p: 1 / p["alpha"])),
    "relu6": {   # hardtanh(x, 0, 6): gradient only for 0 < x < 6
        "params": [{}],
        "grid": _PIECEWISE_GRID,
        "f": lambda x, p: min(max(x, mpf(0)), mpf(6)),
        "df": lambda x, p: _one(0 < x < 6),
        "d2f": lambda x, p: mpf(0),
        "kinks": lambda p: [0.0, 6.0],
    },
    "rrelu": {   # evaluation mode: leaky_relu with the mean slope; leaky_relu'(0) = slope
        "params": [{"lower": 0.125, "upper": 1 / 3}, {"lower": 0.05, "upper": 0.45}],
        "grid": _PIECEWISE_GRID,
        "f": lambda x, p: x if x > 0 else (p["lower"] + p["upper"]) / 2 * x,
        "df": lambda x, p: mpf(1) if x > 0 else (p["lower"] + p["upper"]) / 2,
        "d2f": lambda x, p: mpf(0),
        "kinks": lambda p: [0.0],
    },
    "threshold": {   # x > threshold ? x : value; threshold_backward: 1 only for x > threshold
        "params": [{"threshold": 0.0, "value": 0.0}, {"threshold": 1.25, "value": -0.5}],
        "grid": _PIECEWISE_GRID,
        "f": lambda x, p: x if x > p["threshold"] else p["value"],
        "df": lambda x, p: _one(x > p["threshold"]),
        "d2f": lambda x, p: mpf(0),
        "kinks": lambda p: [p["threshold"]],
    },
    # ---- smooth
    "gelu": {
        "params": [{}],
        "f": lambda x, p: x * mp.ncdf(x),
        "df": lambda x, p: mp.ncdf(x) + x * mp.npdf(x),
        "d2f": lambda x, p: mp.npdf(x) * (2 - x * x),
        "limits": {("f", 1): lambda p: math.inf, ("df", 1): lambda p: 1.0,
                   ("d2f", 1): lambda p: 0.0, ("f", -1): lambda p: 0.0,
                   ("df", -1): lambda p: 0.0, ("d2f", -1): lambda p: 0.0},
    },
    "gelu_tanh": {   # 0.5x(1 + tanh(u)) = x*sigma(2u)
        "params": [{}],
        "f": lambda x, p: x * _gelu_tanh_parts(x)[3],
        "df": lambda x, p: (lambda z, dz, d2z, s, sm: s + x * dz * s * sm)(*_gelu_tanh_parts(x)),
        "d2f": lambda x, p: _gelu_tanh_d2(x),
        "limits": {("f", 1): lambda p: math.inf, ("df", 1): lambda p: 1.0,
                   ("d2f", 1): lambda p: 0.0, ("f", -1): lambda p: 0.0,
                   ("df", -1): lambda p: 0.0, ("d2f", -1): lambda p: 0.0},
    },
    "silu": {
        "params": [{}],
        "f": lambda x, p: x * _sig(x),
        "df": lambda x, p: _sig(x) * (1 + x * _sig(-x)),
        "d2f": lambda x, p: _sig(x) * _sig(-x) * (2 - x * mp.tanh(x / 2)),
    },
    "softplus": {   # exact log(1 + e^(beta x))/beta (no threshold linearisation)
        "params": [{"beta": 1.0}, {"beta": 0.5}, {"beta": 3.7}],
        "f": lambda x, p: mp.log1p(mp.exp(p["beta"] * x)) / p["beta"],
        "df": lambda x, p: _sig(p["beta"] * x),
        "d2f": lambda x, p: p["beta"] * _sig(p["beta"] * x) * _sig(-p["beta"] * x),
    },
    "softsign": {   # x/(1+|x|); f''(0) = 0 (autograd through abs: sgn(0) = 0)
        "params": [{}],
        "f": lambda x, p: x / (1 + abs(x)),
        "df": lambda x, p: 1 / (1 + abs(x)) ** 2,
        "d2f": lambda x, p: -2 * mp.sign(x) / (1 + abs(x)) ** 3,
        "kinks": lambda p: [0.0],
    },
    "logsigmoid": {
        "params": [{}],
        "f": lambda x, p: -mp.log1p(mp.exp(-x)),
        "df": lambda x, p: _sig(-x),
        "d2f": lambda x, p: -_sig(x) * _sig(-x),
    },
    "squareplus": {   # (x + sqrt(x^2 + b))/2, for x < 0 in the form without cancellation
        "params": [{"b": 4.0}, {"b": 0.01}, {"b": 13.5}],
        "f": lambda x, p: ((x + _squareplus_r(x, p)) / 2 if x >= 0
                           else p["b"] / (2 * (_squareplus_r(x, p) - x))),
        "df": lambda x, p: ((1 + x / _squareplus_r(x, p)) / 2 if x >= 0
                            else p["b"] / (2 * _squareplus_r(x, p) * (_squareplus_r(x, p) - x))),
        "d2f": lambda x, p: p["b"] / (2 * _squareplus_r(x, p) ** 3),
    },
    # ---- piecewise
    "identity": {
        "params": [{}],
        "grid": _PIECEWISE_GRID,
        "f": lambda x, p: x,
        "df": lambda x, p: mpf(1),
        "d2f": lambda x, p: mpf(0),
    },
    "step": {   # heaviside(x, 1): 1 for x >= 0; f' = 0 (the jump's delta is not represented)
        "params": [{}],
        "grid": _PIECEWISE_GRID,
        "f": lambda x, p: _one(x >= 0),
        "df": lambda x, p: mpf(0),
        "d2f": lambda x, p: mpf(0),
        "kinks": lambda p: [0.0],
    },
    "hardsigmoid": {   # relu6(x + 3)/6; gradient 1/6 only for -3 < x < 3
        "params": [{}],
        "grid": _PIECEWISE_GRID,
        "f": lambda x, p: min(max(x + 3, mpf(0)), mpf(6)) / 6,
        "df": lambda x, p: mpf(1) / 6 if -3 < x < 3 else mpf(0),
        "d2f": lambda x, p: mpf(0),
        "kinks": lambda p: [-3.0, 3.0],
    },
    "hardtanh": {   # clamp(x, min, max); gradient only for min < x < max
        "params": [{"min": -1.0, "max": 1.0}, {"min": -2.5, "max": 0.75}],
        "grid": _PIECEWISE_GRID,
        "f": lambda x, p: min(max(x, p["min"]), p["max"]),
        "df": lambda x, p: _one(p["min"] < x < p["max"]),
        "d2f": lambda x, p: mpf(0),
        "kinks": lambda p: [p["min"], p["max"]],
    },
    "hardswish": {   # x*relu6(x + 3)/6; hardswish_backward: x < -3 -> 0, x <= 3 -> x/3 + 1/2,
                     # else 1; its derivative: 1/3 only for -3 < x < 3
        "params": [{}],
        "grid": _PIECEWISE_GRID,
        "f": lambda x, p: x * min(max(x + 3, mpf(0)), mpf(6)) / 6,
        "df": lambda x, p: mpf(0) if x < -3 else (x / 3 + mpf(1) / 2 if x <= 3 else mpf(1)),
        "d2f": lambda x, p: mpf(1) / 3 if -3 < x < 3 else mpf(0),
        "kinks": lambda p: [-3.0, 3.0],
    },
    # ---- shrinkage
    "softshrink": {   # gradient 0 for -lambda <= x <= lambda
        "params": [{"lambda": 0.5}, {"lambda": 1.7}],
        "grid": _PIECEWISE_GRID,
        "f": lambda x, p: (x - p["lambda"] if x > p["lambda"]
                           else (x + p["lambda"] if x < -p["lambda"] else mpf(0))),
        "df": lambda x, p: _one(not (-p["lambda"] <= x <= p["lambda"])),
        "d2f": lambda x, p: mpf(0),
        "kinks": lambda p: [-p["lambda"], p["lambda"]],
    },
    "hardshrink": {   # 0 for -lambda <= x <= lambda, else x; gradient likewise
        "params": [{"lambda": 0.5}, {"lambda": 1.7}],
        "grid": _PIECEWISE_GRID,
        "f": lambda x, p: mpf(0) if -p["lambda"] <= x <= p["lambda"] else x,
        "df": lambda x, p: _one(not (-p["lambda"] <= x <= p["lambda"])),
        "d2f": lambda x, p: mpf(0),
        "kinks": lambda p: [-p["lambda"], p["lambda"]],
    },
    "tanhshrink": {
        "params": [{}],
        "f": lambda x, p: _tanhshrink(x),
        "df": lambda x, p: mp.tanh(x) ** 2,
        "d2f": lambda x, p: 2 * mp.tanh(x) * mp.sech(x) ** 2,
    },
})

OUTPUTS = ("f", "df", "d2f")

# ---------------------------------------------------------------------------------------------
# The x grid: the same for every function and parameter set.


def x_grid(coarse=False):
    """coarse: [-1000, 1000] in steps of 50 instead of 5 (for piecewise-linear functions, which
    have no underflow zones to cover)."""
    xs = {0.0}
    for k in range(1, 81):                       # +-k/8 up to 10, exact
        xs.update((k / 8, -k / 8))
    n = 40                                       # log-spaced 1e-8 .. 10 and 10 .. 1000
    for i in range(n + 1):
        for lo, hi in ((-8.0, 1.0), (1.0, 3.0)):
            v = 10.0 ** (lo + (hi - lo) * i / n)
            xs.update((v, -v))
    step = 50.0 if coarse else 5.0
    for k in range(0, int(1000 / step) + 1):     # [-1000, 1000] step 5: covers the underflow
        xs.update((step * k, -step * k))         # and subnormal zones of the exp-based forms
    for v in (1e-300, 709.0, 710.0, 1e20, math.inf):
        xs.update((v, -v))
    return sorted(xs)


# ---------------------------------------------------------------------------------------------
# Correct rounding of an mpf to the nearest double (ties to even), exact via Fraction.

TWO = Fraction(2)
OVERFLOW = TWO ** 1024 - TWO ** 970          # |v| >= this rounds to inf (DBL_MAX is odd)


def to_double(v):
    if mp.isnan(v):
        return math.nan
    if mp.isinf(v):
        return math.inf if v > 0 else -math.inf
    if v == 0:
        return 0.0
    sign = -1.0 if v < 0 else 1.0
    a = abs(v)
    if a > mpf(2) ** 1100:
        return sign * math.inf
    if a < mpf(2) ** -1100:
        return sign * 0.0
    s, man, exp, _ = a._mpf_
    exact = Fraction(man) * (TWO ** exp if exp >= 0 else Fraction(1, 2 ** -exp))
    if exact >= OVERFLOW:
        return sign * math.inf
    d = min(float(a), sys.float_info.max)
    cands = {d}
    lo = hi = d
    for _ in range(3):
        lo, hi = math.nextafter(lo, 0.0), math.nextafter(hi, math.inf)
        cands.update((lo, hi))
    cands.discard(math.inf)

    def key(c):  # nearest; on a tie the even significand
        return (abs(Fraction(c) - exact), struct.unpack("<Q", struct.pack("<d", c))[0] & 1)

    best = min(cands, key=key)
    return sign * best


# ---------------------------------------------------------------------------------------------

PREC_STEPS = (60, 100, 200, 400)   # decimal digits


def evaluate(fn, out, x, p):
    """Reference value of one output at exact double x, rounded to double, stable across two
    consecutive precisions."""
    prev = None
    for dps in PREC_STEPS:
        with mp.workdps(dps):
            xm = mpf(x)
            pm = {k: mpf(v) for k, v in p.items()}
            if out in fn:
                val = fn[out](xm, pm)
            else:
                order = OUTPUTS.index(out)
                val = mp.diff(lambda t: fn["f"](t, pm), xm, order)
            d = to_double(val)
        if prev is not None and (d == prev or (math.isnan(d) and math.isnan(prev))) \
                and math.copysign(1, d) == math.copysign(1, prev):
            return d
        prev = d
    raise RuntimeError(f"{out} of {fn} not stable at x={x!r} p={p}")


def limit(fn, out, sign, p):
    if "limits" in fn:
        return fn["limits"][(out, sign)](p)
    # Beyond the double range every limit these forms have is reached after rounding.
    with mp.workdps(60):
        X = sign * mpf(2) ** 1100
        pm = {k: mpf(v) for k, v in p.items()}
        val = fn[out](X, pm) if out in fn else mp.diff(lambda t: fn["f"](t, pm), X,
                                                      OUTPUTS.index(out))
        d = to_double(val)
    # f itself may grow like x: rounding gives +-inf, which is the limit. Derivatives here tend to
    # constants; a tiny remainder rounds to 0.
    return d


def fast(fn, out, p):
    """Low-precision evaluator (for sign scanning and scales)."""
    pm = {k: mpf(v) for k, v in p.items()}
    if out in fn:
        return lambda t: fn[out](mpf(t), pm)
    order = OUTPUTS.index(out)
    return lambda t: mp.diff(lambda u: fn["f"](u, pm), mpf(t), order)


SCAN = 64.0           # roots are looked for in [-SCAN, SCAN]; the tails of these forms have none
SCAN_STEP = 1.0 / 64


def roots(fn, out, p):
    """Sign changes of one output on [-SCAN, SCAN], refined by bisection."""
    g = fast(fn, out, p)
    found = []
    n = int(2 * SCAN / SCAN_STEP)
    ts = [-SCAN + i * SCAN_STEP for i in range(n + 1)]
    vals = [g(t) for t in ts]
    last_sign, last_t = 0, None
    for t, v in zip(ts, vals):
        sgn = (v > 0) - (v < 0)
        if sgn == 0:
            continue
        if last_sign and sgn != last_sign:
            a, b = mpf(last_t), mpf(t)
            ga = g(a)
            for _ in range(120):
                m = (a + b) / 2
                gm = g(m)
                if gm == 0:
                    a = b = m
                    break
                if (gm > 0) == (ga > 0):
                    a, ga = m, gm
                else:
                    b = m
            found.append((a + b) / 2)
        last_sign, last_t = sgn, t
    return found


NBH_SAMPLES = 32


def near_zero_and_scale(g, rts, x):
    if math.isinf(x):
        return 0, None
    h = 1e-2 * max(1.0, abs(x))
    lo, hi = mpf(x) - h, mpf(x) + h
    ts = [lo + (hi - lo) * i / NBH_SAMPLES for i in range(NBH_SAMPLES + 1)] + [mpf(x)]
    vals = [g(t) for t in ts]
    pos = any(v > 0 for v in vals)
    neg = any(v < 0 for v in vals)
    nz = int((pos and neg) or any(lo <= r <= hi for r in rts))
    scale = max(abs(v) for v in vals)
    return nz, scale


def fmt(d):
    if math.isnan(d):
        return "nan"
    if math.isinf(d):
        return "inf" if d > 0 else "-inf"
    return repr(d)


def fmt_scale(s):
    if s is None:
        return "0"
    d = to_double(s)
    if math.isinf(d):
        return "inf"
    return "%.4g" % d


def param_text(p):
    return ";".join(f"{k}={fmt(v)}" for k, v in p.items())


def self_check(fid, fn, p):
    """Closed-form derivatives against mpmath.diff at a few smooth points."""
    with mp.workdps(40):
        pm = {k: mpf(v) for k, v in p.items()}
        for t in (-3.3, -0.7, 0.4, 2.9):
            tm = mpf(t)
            for order, out in ((1, "df"), (2, "d2f")):
                if out not in fn:
                    continue
                a = fn[out](tm, pm)
                b = mp.diff(lambda u: fn["f"](u, pm), tm, order)
                if abs(a - b) > mpf(10) ** -30 * max(1, abs(b)):
                    raise RuntimeError(f"{fid} {param_text(p)}: closed-form {out} disagrees with "
                                       f"mpmath.diff at x={t}: {a} vs {b}")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-o", "--output", default=os.path.join(here, "reference.csv"))
    args = ap.parse_args()

    grids = {False: x_grid(), True: x_grid(coarse=True)}
    lines = [
        "# Reference values for tests/tst_accuracy.cpp. Generated; do not edit.",
        "# Regenerate: /usr/bin/python3 tests/reference/gen_reference.py"
        f"   (mpmath {mpmath.__version__}, {PREC_STEPS[0]}+ digits, each value stable across two"
        " precisions)",
        "# f,df,d2f: f, f', f'' at the exact double x, rounded to nearest. Kinks as PyTorch's"
        " autograd (see gen_reference.py). x=+-inf: limits.",
        "# *_nz: 1 if that output changes sign within [x-h,x+h], h=1e-2*max(1,|x|);"
        " *_scale: max |output| there (absolute tolerance scale).",
        "id,params,x,f,df,d2f,f_nz,df_nz,d2f_nz,f_scale,df_scale,d2f_scale",
    ]
    for fid, fn in FUNCTIONS.items():
        for p in fn["params"]:
            self_check(fid, fn, p)
            with mp.workdps(30):
                rts = {out: roots(fn, out, p) for out in OUTPUTS}
                gs = {out: fast(fn, out, p) for out in OUTPUTS}
            print(f"{fid}[{param_text(p)}]: roots " +
                  ", ".join(f"{o}: {[mpmath.nstr(r, 8) for r in rts[o]]}" for o in OUTPUTS),
                  file=sys.stderr)
            # Around each zero of f, f', f'' (other than at 0): on it, inside the near-zero band and
            # just outside it, where cancellation is worst for the ulp rule.
            extra = set()
            for r in (r for o in OUTPUTS for r in rts[o] if r != 0):
                rf = float(r)
                extra.add(rf)
                for delta in (1e-9, 1e-4, 0.009, 0.011, 0.013, 0.015, 0.02, 0.03, 0.05, 0.1):
                    extra.update((rf * (1 + delta), rf * (1 - delta)))
            # At each kink (where PyTorch's convention decides f' or f'') and one double either side.
            for k in fn.get("kinks", lambda p: [])(p):
                k = float(k)
                extra.update((k, math.nextafter(k, -math.inf), math.nextafter(k, math.inf),
                              k - 1e-6 * max(1.0, abs(k)), k + 1e-6 * max(1.0, abs(k))))
            xs = grids[fn.get("grid") == "coarse"]
            for x in sorted(set(xs) | extra):
                vals, nzs, scales = [], [], []
                for out in OUTPUTS:
                    if math.isinf(x):
                        vals.append(limit(fn, out, 1 if x > 0 else -1, p))
                    else:
                        vals.append(evaluate(fn, out, x, p))
                    with mp.workdps(20):
                        nz, sc = near_zero_and_scale(gs[out], rts[out], x)
                    nzs.append(nz)
                    scales.append(fmt_scale(sc) if sc is not None else fmt(abs(vals[-1])))
                lines.append(",".join([fid, param_text(p), fmt(x)] + [fmt(v) for v in vals] +
                                      [str(n) for n in nzs] + scales))
    with open(args.output, "w") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines) - 5} rows to {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
