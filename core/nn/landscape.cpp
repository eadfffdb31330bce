#include "landscape.h"

#include "rng.h"

#include <Eigen/Core>

#include <cmath>

namespace ae::nn {

std::vector<float> outputLandscape(const Activation& activation, const std::vector<double>& params,
                                   const LandscapeSpec& spec) {
    const int n = std::max(spec.resolution, 2);
    const int sizes[] = {2, 64, 32, 16, 1};
    Rng r = Rng::stream(spec.seed, 5);
    std::vector<Eigen::MatrixXf> w;
    std::vector<Eigen::VectorXf> b;
    for (int l = 0; l + 1 < 5; ++l) {
        const int in = sizes[l], out = sizes[l + 1];
        Eigen::MatrixXf m(out, in);
        for (int o = 0; o < out; ++o)
            for (int i = 0; i < in; ++i)
                m(o, i) = float(r.normal());
        Eigen::VectorXf bias(out);
        for (int o = 0; o < out; ++o)
            bias(o) = float(r.uniform(-1.0, 1.0));
        w.push_back(std::move(m));
        b.push_back(std::move(bias));
    }
    Eigen::MatrixXf a(2, Eigen::Index(n) * n);
    const double step = (spec.hi - spec.lo) / (n - 1);
    for (int j = 0; j < n; ++j)
        for (int i = 0; i < n; ++i) {
            a(0, Eigen::Index(j) * n + i) = float(spec.lo + i * step);
            a(1, Eigen::Index(j) * n + i) = float(spec.lo + j * step);
        }
    std::vector<float> f, df;
    for (std::size_t l = 0; l < w.size(); ++l) {
        Eigen::MatrixXf z = w[l] * a;
        z.colwise() += b[l];
        evaluateBatch(activation, std::span<const float>(z.data(), std::size_t(z.size())), params,
                      f, df);
        a = Eigen::Map<Eigen::MatrixXf>(f.data(), z.rows(), z.cols());
    }
    return std::vector<float>(a.data(), a.data() + a.size());
}

} // namespace ae::nn
