// Family tables of the catalogue: each family file defines its activations as data and hands
// them to catalogue.cpp, which concatenates them in display order.
#pragma once

#include "activation.h"

#include <vector>

namespace ae::families {

std::vector<Activation> sigmoidal();  // sigmoid, tanh, Swish, Mish
std::vector<Activation> rectifiers(); // ReLU, Leaky ReLU

} // namespace ae::families
