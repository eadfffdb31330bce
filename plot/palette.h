// Curve colours: the Okabe–Ito palette, distinguishable with the common colour-vision deficiencies.
// A function keeps its colour by catalogue position, so list swatches and curves always agree.
#pragma once

#include <QColor>
#include <QIcon>

#include <QPen>

namespace ae {

int paletteSize();
QColor curveColor(int catalogueIndex);
// A short stroke of the curve's pen (colour and dash pattern) for lists and legends.
QIcon penSwatch(const QPen& pen);

} // namespace ae
