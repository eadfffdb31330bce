#include "activation.h"
#include "families.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ae {
namespace {

std::vector<Activation> build() {
    std::vector<Activation> all;
    // The article's order: sigmoid, tanh, ReLU, Leaky ReLU, Swish, Mish.
    auto sig = families::sigmoidal();
    auto rect = families::rectifiers();
    auto take = [&](std::vector<Activation>& from, std::string_view id) {
        auto it = std::find_if(from.begin(), from.end(), [&](const auto& a) { return a.id == id; });
        all.push_back(std::move(*it));
        from.erase(it);
    };
    for (auto id : {"sigmoid", "tanh"}) take(sig, id);
    for (auto id : {"relu", "leaky_relu"}) take(rect, id);
    for (auto id : {"swish", "mish"}) take(sig, id);
    for (auto& a : rect) all.push_back(std::move(a));
    for (auto& a : sig) all.push_back(std::move(a));
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
    for (const auto& spec : a.params) p.push_back(spec.defaultValue);
    return p;
}

int paramIndex(const Activation& a, std::string_view paramId) {
    for (std::size_t i = 0; i < a.params.size(); ++i)
        if (a.params[i].id == paramId) return static_cast<int>(i);
    return -1;
}

Derivs evaluate(const Activation& a, double x, std::span<const double> params) {
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    if (std::isnan(x) || params.size() != a.params.size() ||
        std::any_of(params.begin(), params.end(), [](double v) { return std::isnan(v); }))
        return {nan, nan, nan};
    return a.eval(x, params);
}

} // namespace ae
