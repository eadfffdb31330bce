#include "activation.h"
#include "families.h"

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
            pool.push_back(a);

    std::vector<Activation> all;
    all.reserve(pool.size());
    // The article's order: sigmoid, tanh, ReLU, Leaky ReLU, Swish, Mish.
    for (std::string_view id : {"sigmoid", "tanh", "relu", "leaky_relu", "swish", "mish"}) {
        auto it = std::find_if(pool.begin(), pool.end(), [&](const auto& a) { return a.id == id; });
        all.push_back(std::move(*it));
        pool.erase(it);
    }
    // Then the groups, each in the order its family file lists it.
    const std::size_t rest = pool.size();
    for (std::string_view family : {"rectifiers", "smooth", "piecewise", "shrinkage"})
        for (const auto& a : pool)
            if (a.family == family) all.push_back(a);
    if (all.size() != rest + 6)
        throw std::logic_error("activation catalogue: an entry has an unknown family");
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
    if (params.size() != a.params.size() || anyNan(x, params)) return {kNan, kNan, kNan};
    return a.eval(x, params);
}

Derivs evaluateBand(const Activation& a, BandEdge edge, double x, std::span<const double> params) {
    if (!hasBand(a) || params.size() != a.params.size() || anyNan(x, params))
        return {kNan, kNan, kNan};
    return (edge == BandEdge::Lower ? a.bandLower : a.bandUpper)(x, params);
}

} // namespace ae
