// How a function is named to the user: its translated name, and the legend's "Swish (β = 1.5)".
// Read by the legend, the properties panel, the saturation sentence and the command line.
#pragma once

#include <QString>

#include <span>

namespace ae {

struct Activation;
class Scene;

QString displayName(const Activation& a);
// "Swish (β = 1.5)" — the function with its current parameter values.
QString legendName(const Scene& scene, const QString& id);
QString legendName(const Activation& a, std::span<const double> params);

} // namespace ae
