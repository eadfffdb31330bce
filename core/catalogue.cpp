#include "activation.h"
#include "families.h"
#include "family.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace ae {
namespace {

std::vector<Activation> build() {
    std::vector<Activation> pool;
    for (auto&& family : {families::sigmoidal(), families::rectifiers(), families::gelus(),
                          families::smooth(), families::piecewise(), families::shrinkage()})
        for (auto& a : family)
            pool.push_back(std::move(a));

    std::vector<Activation> all;
    all.reserve(pool.size());
    auto take = [&](auto pred) {
        for (auto it = pool.begin(); it != pool.end();)
            if (pred(*it)) {
                all.push_back(std::move(*it));
                it = pool.erase(it);
            } else {
                ++it;
            }
    };
    // The article presents its six in this order, not in the order of our family files.
    for (std::string_view id : {"sigmoid", "tanh", "relu", "leaky_relu", "swish", "mish"})
        take([&](const Activation& a) { return a.id == id; });
    // Then the groups in the order of the family table, each in the order its file lists it.
    for (const auto& family : familyTable())
        take([&](const Activation& a) { return a.family == family.id; });
    if (!pool.empty())
        throw std::logic_error("activation catalogue: " + pool.front().id +
                               " has a family the family table does not list");
    return all;
}

} // namespace

const std::vector<Activation>& catalogue() {
    static const std::vector<Activation> all = build();
    return all;
}

const Activation* findActivation(std::string_view id) {
    for (const auto& a : catalogue())
        if (a.id == id) return &a;
    return nullptr;
}

std::vector<double> defaultParams(const Activation& a) {
    std::vector<double> p;
    p.reserve(a.params.size());
    for (const auto& spec : a.params)
        p.push_back(spec.defaultValue);
    return p;
}

int paramIndex(const Activation& a, std::string_view paramId) {
    for (std::size_t i = 0; i < a.params.size(); ++i)
        if (a.params[i].id == paramId) return static_cast<int>(i);
    return -1;
}

namespace {
bool anyNan(double x, std::span<const double> params) {
    return std::isnan(x) ||
           std::any_of(params.begin(), params.end(), [](double v) { return std::isnan(v); });
}
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
} // namespace

Derivs evaluate(const Activation& a, double x, std::span<const double> params) {
    if (!a.eval || params.size() != a.params.size() || anyNan(x, params)) return {kNan, kNan, kNan};
    return a.eval(x, params);
}

void evaluateBatch(const Activation& a, std::span<const float> x, std::span<const double> params,
                   std::vector<float>& f, std::vector<float>& df) {
    f.resize(x.size());
    df.resize(x.size());
    evaluateBatch(a, x, params, std::span<float>(f), std::span<float>(df));
}

void evaluateBatch(const Activation& a, std::span<const float> x, std::span<const double> params,
                   std::span<float> f, std::span<float> df) {
    if (!a.eval || params.size() != a.params.size() || anyNan(0.0, params)) {
        std::fill(f.begin(), f.end(), float(kNan));
        std::fill(df.begin(), df.end(), float(kNan));
        return;
    }
    if (!a.batch) {
        for (std::size_t i = 0; i < x.size(); ++i) {
            const Derivs d = evaluate(a, double(x[i]), params);
            f[i] = float(d.f);
            df[i] = float(d.df);
        }
        return;
    }
    // Kernels see no NaN (as evaluators do): the rare NaN points are done one by one after.
    bool nan = false;
    for (float v : x)
        nan = nan || std::isnan(v);
    if (!nan) {
        // In blocks: a kernel's temporaries then stay in the cache, and are never so big that
        // malloc maps and unmaps fresh pages for them on every call (Mish over 400,000 values
        // per layer took 6× ReLU's time that way, bench/bench_nn).
        constexpr std::size_t block = 2048;
        for (std::size_t i = 0; i < x.size(); i += block) {
            const std::size_t n = std::min(block, x.size() - i);
            a.batch(x.subspan(i, n), params, f.subspan(i, n), df.subspan(i, n));
        }
        return;
    }
    std::vector<float> clean(x.begin(), x.end());
    for (float& v : clean)
        if (std::isnan(v)) v = 0.0f;
    a.batch(clean, params, f, df);
    for (std::size_t i = 0; i < x.size(); ++i)
        if (std::isnan(x[i])) f[i] = df[i] = float(kNan);
}

Derivs evaluateBand(const Activation& a, BandEdge edge, double x, std::span<const double> params) {
    if (!hasBand(a) || params.size() != a.params.size() || anyNan(x, params))
        return {kNan, kNan, kNan};
    return (edge == BandEdge::Lower ? a.bandLower : a.bandUpper)(x, params);
}

} // namespace ae
