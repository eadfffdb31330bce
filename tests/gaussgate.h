// A test-only activation whose evaluator is a closure, as a typed formula's will be:
// f = k·x·e^(−x²) with k = scale·(parameter k), saturating on both sides. Shared by the Scene and
// the run-time function tests.
#pragma once

#include "core/activation.h"

#include <cmath>
#include <string>

inline ae::Activation gaussGate(const std::string& id, double scale = 1.0) {
    ae::Activation a;
    a.id = id;
    a.name = "Test gate";
    a.family = "custom";
    a.formula = "k·x·e<sup>−x²</sup>";
    a.derivative = a.secondDerivative = "—";
    a.params = {ae::ParamSpec{.id = "k",
                              .symbol = "k",
                              .description = "height",
                              .defaultValue = 2,
                              .min = 0,
                              .max = 5,
                              .step = 0.1}};
    a.eval = [scale](double x, std::span<const double> p) {
        const double e = std::exp(-x * x), k = p[0] * scale;
        if (e == 0.0) return ae::Derivs{0, 0, 0}; // the limits, also at ±inf (no inf·0)
        return ae::Derivs{k * x * e, k * (1 - 2 * x * x) * e, k * (4 * x * x * x - 6 * x) * e};
    };
    return a;
}
