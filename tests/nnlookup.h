// The built-in catalogue for the depth-lab engine's tests (tst_nn, tst_conv, tst_nn_lab): one
// registry per test process, and the lookup the sweep takes.
#pragma once

#include "core/nn/experiment.h"
#include "core/registry.h"

namespace {

inline const ae::Registry& registry() {
    static const ae::Registry r = ae::Registry::withBuiltIns();
    return r;
}

inline ae::nn::FunctionLookup lookup() {
    return [](const std::string& id) { return registry().find(id); };
}

} // namespace
