// The depth experiment as a self-contained PyTorch script: the same data, split, architecture,
// initial weights, batches, dropout masks, optimiser and seeds as the engine (core/nn), so a
// sweep can be re-run at scale on a GPU and the engine checked against PyTorch
// (tools/check_pytorch_agreement.py). Written by --pytorch-script.
#pragma once

#include "core/nn/experiment.h"

#include <string>

namespace ae::nn {

// The script's text; "" when a function has no PyTorch form (Activation::pytorch), with the
// function named in *error.
std::string pytorchScript(const ExperimentConfig& config, const FunctionLookup& lookup,
                          std::string* error);

} // namespace ae::nn
