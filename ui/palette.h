// Curve colours: the Okabe–Ito palette, distinguishable with the common colour-vision deficiencies.
// A function keeps its colour by catalogue position, so list swatches and curves always agree.
#pragma once

#include <QColor>
#include <QIcon>

QColor curveColor(int catalogueIndex);
QIcon colorSwatch(const QColor& color);
