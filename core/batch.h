// Vectorised float kernels (f and f' over arrays) for the built-ins the depth lab trains with
// most; family tables put them in Activation::batch. Each follows its scalar evaluator's form.
#pragma once

#include <span>

namespace ae::batch {

using In = std::span<const float>;
using Params = std::span<const double>;
using Out = std::span<float>;

void sigmoid(In x, Params p, Out f, Out df);
void tanh(In x, Params p, Out f, Out df);
void relu(In x, Params p, Out f, Out df);
void leakyRelu(In x, Params p, Out f, Out df); // p[0] = a
void elu(In x, Params p, Out f, Out df);       // p[0] = α
void swish(In x, Params p, Out f, Out df);     // p[0] = β
void silu(In x, Params p, Out f, Out df);      // Swish with β = 1
void mish(In x, Params p, Out f, Out df);
void softplus(In x, Params p, Out f, Out df); // p[0] = β

} // namespace ae::batch
