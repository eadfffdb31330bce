#include "pytorch_script.h"

#include <cstdio>

namespace ae::nn {

extern const char* const kPytorchTemplate; // pytorch_template.py, compiled in

namespace {

std::string number(double v) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    std::string s = buf;
    if (s.find_first_of(".enai") == std::string::npos) s += ".0"; // a Python float
    return s;
}

std::string quoted(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

void replace(std::string& text, const std::string& marker, const std::string& with) {
    const auto at = text.find(marker);
    if (at != std::string::npos) text.replace(at, marker.size(), with);
}

} // namespace

std::string pytorchScript(const ExperimentConfig& c, const FunctionLookup& lookup,
                          std::string* error) {
    std::string functions, params;
    for (const auto& id : c.functions) {
        const Activation* a = lookup(id);
        if (!a || a->pytorch.empty()) {
            if (error) *error = "\"" + id + "\" has no PyTorch form";
            return {};
        }
        functions += "    " + quoted(id) + ": lambda x, p: " + a->pytorch + ",\n";
        const auto it = c.params.find(id);
        const std::vector<double> values = it != c.params.end() ? it->second : defaultParams(*a);
        params += quoted(id) + ": {";
        for (std::size_t k = 0; k < a->params.size(); ++k)
            params += (k ? ", " : "") + quoted(a->params[k].id) + ": " + number(values[k]);
        params += "}, ";
    }
    if (!functions.empty()) functions.pop_back(); // the template has the line break
    std::string depths, names;
    for (int d : c.depths)
        depths += (depths.empty() ? "" : ", ") + std::to_string(d);
    for (const auto& id : c.functions)
        names += (names.empty() ? "" : ", ") + quoted(id);
    const TrainConfig& t = c.train;
    const char* init = t.init == Init::He ? "he" : t.init == Init::LeCun ? "lecun" : "glorot";
    const std::string config =
        "{\n    \"preset\": " + quoted(c.preset) +
        ",\n    \"data\": {\"name\": " + quoted(c.data.name) +
        ", \"size\": " + std::to_string(c.data.size) + ", \"noise\": " + number(c.data.noise) +
        ", \"test_fraction\": " + number(c.data.testFraction) +
        ", \"seed\": " + std::to_string(c.data.seed) +
        ", \"directory\": " + quoted(c.data.directory) + "},\n    \"functions\": [" + names +
        "],\n    \"params\": {" + params + "},\n    \"depths\": [" + depths +
        "],\n    \"seeds\": " + std::to_string(c.seeds) +
        ",\n    \"seed\": " + std::to_string(c.seed) +
        ",\n    \"train\": {\"width\": " + std::to_string(t.width) +
        ", \"batchnorm\": " + (t.batchNorm ? "True" : "False") +
        ", \"dropout\": " + number(t.dropout) + ", \"init\": " + quoted(init) +
        ", \"optimizer\": " +
        quoted(t.optimizer.kind == OptimizerConfig::Kind::Adam ? "adam" : "sgd") +
        ", \"lr\": " + number(t.optimizer.learningRate) +
        ", \"momentum\": " + number(t.optimizer.momentum) +
        ", \"batch\": " + std::to_string(t.batch) + ", \"epochs\": " + std::to_string(t.epochs) +
        ",\n              \"stem\": {\"enabled\": " + (t.stem.enabled ? "True" : "False") +
        ", \"filters1\": " + std::to_string(t.stem.filters1) +
        ", \"filters2\": " + std::to_string(t.stem.filters2) +
        ", \"kernel\": " + std::to_string(t.stem.kernel) + "}},\n}";
    std::string script = kPytorchTemplate;
    replace(script, "%%CONFIG%%", config);
    replace(script, "%%FUNCTIONS%%", functions);
    return script;
}

} // namespace ae::nn
