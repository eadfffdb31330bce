// An activation as data (names, formulas, parameters, its own evaluator) and the catalogue of
// built-ins. Read by sampling, saturation analysis, the UI's generated controls and the CLI; a
// Registry (registry.h) holds the built-ins together with functions added at run time.
#pragma once

#include <functional>
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
    // Id of a parameter of the same function this one may not exceed (RReLU's lower ≤ upper);
    // empty when the parameter stands alone.
    std::string notAbove = {};
};

// Evaluators see only non-NaN x and parameters (evaluate() filters NaN first) and must return
// the limits for x = ±inf. Any callable: the built-ins are plain functions, a formula typed at
// run time is a closure over its parsed expression.
using Evaluator = std::function<Derivs(double x, std::span<const double> params)>;

// Many x at once, in float, f and f' only: the depth lab's forward and backward passes. The
// same stable formulas as the Evaluator, written over whole arrays so that they vectorise
// (batch.h has the built-in ones). x, f and df have one length; x holds no NaN.
using BatchEvaluator = std::function<void(std::span<const float> x, std::span<const double> params,
                                          std::span<float> f, std::span<float> df)>;

// A curve a function tends to as a parameter goes to an end of its range (Swish: x/2 at β = 0,
// ReLU as β → ∞), drawn faintly for comparison. It names another entry by id.
struct ReferenceCurve {
    std::string label; // e.g. "β = 0: x/2"
    std::string functionId;
    std::vector<double> params = {};
};

// Every member has a default so that the tables (designated initialisers) name only what an
// entry has. An Activation is a value: copying one copies its evaluator.
struct Activation {
    std::string id = {};   // stable: scene files and the command line use it
    std::string name = {}; // English display name; the UI translates it
    // The same function for PyTorch: a Python expression in the tensor x, torch, F
    // (torch.nn.functional) and p["<param id>"]; the exported depth-experiment script uses it.
    std::string pytorch = {};
    std::string family = {};           // an id of familyTable() (family.h)
    std::string formula = {};          // simple HTML
    std::string derivative = {};       // simple HTML, states the convention at kinks
    std::string secondDerivative = {}; // simple HTML
    std::vector<std::string> aliases = {};
    std::vector<ParamSpec> params = {};
    Evaluator eval = {}; // empty: evaluate() gives NaN
    // Optional: without one, evaluateBatch() goes through eval point by point (correct, slower).
    BatchEvaluator batch = {};
    // The range a randomised function can take (RReLU in training: a slope drawn uniformly from
    // [lower, upper] for x < 0): the function evaluated at each end of the range of its random
    // parameter, the lower end first. The curves need not be ordered pointwise (RReLU's
    // "lower" edge lies above the "upper" one for x < 0); the UI fills between them. Empty
    // for deterministic functions. Call through evaluateBand(), which filters NaN like evaluate().
    Evaluator bandLower = {};
    Evaluator bandUpper = {};
    std::vector<ReferenceCurve> references = {};
};

// The built-in activations, in display order (see familyTable()). Entries never move once the
// program has started. Functions added at run time live in a Registry (registry.h), not here.
const std::vector<Activation>& catalogue();

const Activation* findActivation(std::string_view id);

std::vector<double> defaultParams(const Activation& a);

// Index of a parameter by id, or -1.
int paramIndex(const Activation& a, std::string_view paramId);

// The one entry point for evaluation: NaN in x or any parameter, a parameter count other than
// a.params.size() or an empty evaluator give NaN in every output.
Derivs evaluate(const Activation& a, double x, std::span<const double> params);

// f and f' of every x into f and df, in float. NaN in x gives NaN at
// that point; a parameter count other than a.params.size(), a NaN parameter or an empty
// evaluator give NaN everywhere. Uses a.batch where there is one, else a.eval per point.
void evaluateBatch(const Activation& a, std::span<const float> x, std::span<const double> params,
                   std::span<float> f, std::span<float> df); // f, df: x's length
void evaluateBatch(const Activation& a, std::span<const float> x, std::span<const double> params,
                   std::vector<float>& f, std::vector<float>& df);

inline bool hasBand(const Activation& a) {
    return static_cast<bool>(a.bandLower) && static_cast<bool>(a.bandUpper);
}

// One edge of a's random range (see Activation::bandLower); NaN in every output if a has no
// band or x or a parameter is NaN.
enum class BandEdge { Lower, Upper };
Derivs evaluateBand(const Activation& a, BandEdge edge, double x, std::span<const double> params);

} // namespace ae
