#include "sampling.h"

namespace ae {

void sample(const Activation& a, std::span<const double> params, double xmin, double xmax,
            std::size_t n, Samples& out) {
    out.x.resize(n);
    out.f.resize(n);
    out.df.resize(n);
    out.d2f.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double x = gridPoint(xmin, xmax, i, n);
        const Derivs d = evaluate(a, x, params);
        out.x[i] = x;
        out.f[i] = d.f;
        out.df[i] = d.df;
        out.d2f[i] = d.d2f;
    }
}

} // namespace ae
