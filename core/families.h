// Family tables of the catalogue: each family file defines its activations as data and hands
// them to catalogue.cpp, which concatenates them in display order.
#pragma once

#include "activation.h"

#include <vector>

namespace ae::families {

// Activation::family: "article" for the source article's six, else the group in the function
// list (an id of familyTable(), family.h). catalogue.cpp orders them: the article's six, then
// each group in the order of the family table and, within it, the order its file lists it.
std::vector<Activation> sigmoidal();  // sigmoid, tanh, Swish, Mish (all "article")
std::vector<Activation> rectifiers(); // ReLU, Leaky ReLU ("article"); ELU, SELU, CELU, ReLU6,
                                      // RReLU, Threshold ("rectifiers")
std::vector<Activation> gelus();      // GELU (erf), GELU (tanh approx.) ("smooth")
std::vector<Activation> smooth();     // SiLU, Softplus, Softsign, LogSigmoid, Squareplus
std::vector<Activation> piecewise();  // Identity, Binary step, Hardsigmoid, Hardtanh, Hardswish
std::vector<Activation> shrinkage();  // Softshrink, Hardshrink, Tanhshrink

// Shared between family files: SiLU is Swish with β = 1.
Derivs swishEval(double x, std::span<const double> params);

} // namespace ae::families
