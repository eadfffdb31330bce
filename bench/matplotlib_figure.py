#!/usr/bin/python3
"""The Activation Explorer default export figure, drawn with matplotlib (the benchmark baseline).

Usage: /usr/bin/python3 bench/matplotlib_figure.py OUT.(png|pdf|svg)

It does the same work as `activation-explorer --export OUT`: the six default functions (sigmoid,
tanh, ReLU, Leaky ReLU a = 0.1, Swish beta = 1, Mish) and their first derivatives, computed with
numpy in numerically stable forms on 1200 points each over x in [-8, 8]; two stacked panels
sharing x (f above, f' below); sigmoid's saturation bands (|sigma'(x)| < eps = 0.01) found from
the data's threshold and shaded on both panels with axvspan, their edges labelled, +-eps guides on
the f' panel; legend, axis labels, dotted grid, y ranges padded by 8 %; 1200x800 px (figsize 12x8
at dpi 100); Agg backend.

It prints one line `inscript_s=<seconds>` on stdout: the time from after the imports up to the
saved file (computing + building the figure + rendering + writing), i.e. matplotlib without the
interpreter start-up and import cost.
"""
import sys
import time

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

N = 1200          # the app samples one point per pixel of the 1200 px wide figure
X_MIN, X_MAX = -8.0, 8.0
EPS = 0.01        # vanishing-gradient threshold
LEAKY_A = 0.1
SWISH_BETA = 1.0
# The app's palette (Okabe & Ito without yellow) and light theme.
COLORS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"]
INK, GRID, ZERO = "#1e1e1e", "#d7d7d7", "#787878"


def sigmoid_pair(x):
    """sigma(x), sigma(-x) without overflow: both from e = exp(-|x|)."""
    e = np.exp(-np.abs(x))
    big = 1.0 / (1.0 + e)
    small = e * big
    pos = x >= 0
    return np.where(pos, big, small), np.where(pos, small, big)


def functions(x):
    """[(label, f, f')] for the six default functions, in the app's order."""
    s, sm = sigmoid_pair(x)
    out = [("Sigmoid", s, s * sm)]

    e2 = np.exp(-2.0 * np.abs(x))                      # tanh and sech^2 from exp(-2|x|)
    t = np.sign(x) * (1.0 - e2) / (1.0 + e2)
    out.append(("tanh", t, 4.0 * e2 / (1.0 + e2) ** 2))

    out.append(("ReLU", np.maximum(x, 0.0), np.where(x > 0, 1.0, 0.0)))
    out.append((f"Leaky ReLU (a = {LEAKY_A:g})", np.where(x > 0, x, LEAKY_A * x),
                np.where(x > 0, 1.0, LEAKY_A)))

    z = SWISH_BETA * x
    sz, szm = sigmoid_pair(z)
    out.append((f"Swish (β = {SWISH_BETA:g})", x * sz, sz * (1.0 + z * szm)))

    sp = np.maximum(x, 0.0) + np.log1p(np.exp(-np.abs(x)))   # softplus, stable
    g = np.tanh(sp)
    out.append(("Mish", x * g, g + x * (1.0 - g * g) * s))   # sech^2(sp) = 1 - tanh^2(sp)
    return out


def saturation_bands(x, df):
    """Intervals where |f'| < EPS, edges refined by linear interpolation between samples."""
    below = np.abs(df) < EPS
    bands = []
    i = 0
    while i < len(x):
        if not below[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(x) and below[j + 1]:
            j += 1

        def cross(a, b):  # x where |f'| crosses EPS between samples a and b
            ya, yb = abs(df[a]) - EPS, abs(df[b]) - EPS
            return x[a] + (x[b] - x[a]) * ya / (ya - yb)

        lo = x[i] if i == 0 else cross(i - 1, i)
        hi = x[j] if j == len(x) - 1 else cross(j, j + 1)
        bands.append((lo, hi, i == 0, j == len(x) - 1))
        i = j + 1
    return bands


def padded(lo, hi):
    pad = 0.08 * (hi - lo)
    return lo - pad, hi + pad


def main(out):
    t0 = time.perf_counter()
    x = np.linspace(X_MIN, X_MAX, N)
    curves = functions(x)

    fig, (ax_f, ax_d) = plt.subplots(2, 1, sharex=True, figsize=(12, 8), dpi=100)
    for i, (label, f, df) in enumerate(curves):
        lw = 1.8 * (1.6 if i == 0 else 1.0) * 0.75  # app: 1.8 px (x1.6 selected); 1 pt = 4/3 px
        ax_f.plot(x, f, color=COLORS[i], lw=lw, label=label)
        ax_d.plot(x, df, color=COLORS[i], lw=lw)

    sel_color = COLORS[0]  # sigmoid is the selected function whose saturation is shaded
    for lo, hi, clipped_lo, clipped_hi in saturation_bands(x, curves[0][2]):
        for ax in (ax_f, ax_d):
            ax.axvspan(lo, hi, facecolor=sel_color, alpha=42 / 255, edgecolor=sel_color,
                       linestyle="--", linewidth=0.75, zorder=0.5)
        for edge, clipped, y, ha in ((lo, clipped_lo, 0.03, "left"), (hi, clipped_hi, 0.10, "right")):
            if not clipped:
                ax_f.text(edge, y, f"x ≈ {edge:.4g}".replace("-", "−"), transform=ax_f.get_xaxis_transform(),
                          ha=ha, va="bottom", color="#005080",
                          bbox=dict(facecolor="white", edgecolor="none", alpha=0.88, pad=1.5))
    for y in (EPS, -EPS):
        ax_d.axhline(y, color=sel_color, alpha=160 / 255, linestyle=":", linewidth=0.75)

    for ax, ys, label in ((ax_f, [c[1] for c in curves], "f(x)"),
                          (ax_d, [c[2] for c in curves], "f′(x)")):
        ax.set_ylim(*padded(min(y.min() for y in ys), max(y.max() for y in ys)))
        ax.set_ylabel(label, color=INK)
        ax.grid(True, color=GRID, linestyle=":", linewidth=0.75)
        ax.axhline(0.0, color=ZERO, linewidth=0.75, zorder=0.8)
        ax.axvline(0.0, color=ZERO, linewidth=0.75, zorder=0.8)
    ax_d.set_xlim(X_MIN, X_MAX)
    ax_d.set_xlabel("x", color=INK)
    ax_f.legend(loc="upper left", framealpha=225 / 255, edgecolor=GRID)
    fig.tight_layout()
    fig.savefig(out, dpi=100, metadata={"Title": "Activation functions"})
    plt.close(fig)
    print(f"inscript_s={time.perf_counter() - t0:.6f}")


if __name__ == "__main__":
    if len(sys.argv) != 2 or not sys.argv[1].lower().endswith((".png", ".pdf", ".svg")):
        sys.exit("usage: matplotlib_figure.py OUT.(png|pdf|svg)")
    main(sys.argv[1])
