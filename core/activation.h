// The activation catalogue: every function the app knows, as data (names, formulas, parameters,
// one evaluator). Read by sampling, saturation analysis, the UI's generated controls and the CLI.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ae {

// f, f' and f'' together: they share sub-expressions, so one exp serves all three.
struct Derivs {
    double f;
    double df;
    double d2f;
};

struct ParamSpec {
    std::string id;     // as used on the command line: "<function>.<id>"
    std::string symbol; // as shown to the user (Unicode)
    std::string description;
    double defaultValue;
    double min;
    double max;
    double step;
};

// Evaluators see only non-NaN x and parameters (evaluate() filters NaN first) and must return
// the limits for x = ±inf.
using EvalFn = Derivs (*)(double x, std::span<const double> params);

struct Activation {
    std::string id;                 // stable: scene files and the command line use it
    std::string name;               // English display name; the UI translates it
    std::string family;             // grouping in the function list
    std::string formula;            // simple HTML
    std::string derivative;         // simple HTML, states the convention at kinks
    std::string secondDerivative;   // simple HTML
    std::vector<std::string> aliases;
    std::vector<ParamSpec> params;
    EvalFn eval;
};

// All activations, in display order. Entries never move once the program has started.
const std::vector<Activation>& catalogue();

const Activation* findActivation(std::string_view id);

std::vector<double> defaultParams(const Activation& a);

// Index of a parameter by id, or -1.
int paramIndex(const Activation& a, std::string_view paramId);

// The one entry point for evaluation: NaN in x or any parameter gives NaN in every output.
Derivs evaluate(const Activation& a, double x, std::span<const double> params);

} // namespace ae
