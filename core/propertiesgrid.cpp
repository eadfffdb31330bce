#include "propertiesgrid.h"

#include <cmath>

namespace ae::detail {

namespace {

constexpr double denseHalfWidth = 30.0; // near the origin every kink and feature of the catalogue
constexpr double denseStep = 0.01;      // lives; beyond it the log-spaced probes take over

// Beyond the dense part: four probes an octave out to 2^24 (Swish with a small β has its
// features at -1.28/β, -2.4/β: they need brackets narrower than their spacing), then one to 2^64
// and one every 16 octaves beyond, where every function of the catalogue has long reached its
// asymptote (a probe an octave there was a fifth of the analysis, on every step of a drag).
std::vector<double> outerMagnitudes() {
    std::vector<double> m;
    for (int k = 20; k < 96; ++k)
        m.push_back(std::exp2(k / 4.0));
    for (int k = 24; k < 64; ++k)
        m.push_back(std::ldexp(1.0, k));
    for (int k = 64; k < 1023; k += 16)
        m.push_back(std::ldexp(1.0, k));
    m.push_back(0x1p1023);
    return m;
}

} // namespace

const GridPoints& gridPoints() {
    static const GridPoints g = [] {
        const std::vector<double> outer = outerMagnitudes();
        GridPoints pts;
        for (auto it = outer.rbegin(); it != outer.rend(); ++it)
            pts.x.push_back(-*it);
        pts.denseBegin = pts.x.size();
        const int n = int(std::lround(2 * denseHalfWidth / denseStep));
        for (int i = 0; i <= n; ++i)
            pts.x.push_back(-denseHalfWidth + i * denseStep);
        pts.x[pts.denseBegin + std::size_t(n / 2)] = 0.0; // exactly, for kinks at the origin
        pts.denseEnd = pts.x.size();
        for (double m : outer)
            pts.x.push_back(m);
        return pts;
    }();
    return g;
}

Grid makeGrid(const Activation& a, std::span<const double> p) {
    const GridPoints& pts = gridPoints();
    // Reused, not allocated per call: ~230 KB of fresh vectors per analysis made glibc hand the
    // top of the heap back to the kernel and take it again every time, which cost a third of
    // the analysis (brk and TLB flushes; measured with perf while dragging β).
    thread_local std::vector<double> f, df, d2f;
    const std::size_t n = pts.x.size();
    f.resize(n);
    df.resize(n);
    d2f.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const Derivs d = evaluate(a, pts.x[i], p);
        f[i] = d.f;
        df[i] = d.df;
        d2f[i] = d.d2f;
    }
    return Grid{pts.x, f, df, d2f, pts.denseBegin, pts.denseEnd};
}

} // namespace ae::detail
