// Building blocks of the plot's look: layers, one stacked panel per derivative order, the legend,
// y-range padding, the footer line. Used by PlotRenderer, which draws both the window's plot and
// every exported figure, so the two are built the same way.
#pragma once

#include <QString>

#include <span>

class QBrush;
class QCPAbstractItem;
class QCPAbstractPlottable;
class QCPAxisRect;
class QCPItemRect;
class QPen;
class QCPLegend;
class QCPMarginGroup;
class QCPRange;
class QCustomPlot;
class QCPTextElement;
class QColor;
class QFont;

namespace ae {

struct Activation;

class Scene;
class ItemPool;

// Adds the layers below: "bands", "fills" and "selectedCurve".
void addPlotLayers(QCustomPlot* plot);
// Above the grid, below the curves: the saturation and teaching overlays' bands and guides,
// which follow the selected function and its analysis.
inline const QString bandsLayer = QStringLiteral("bands");
// Above the bands, below the curves: random-slope ranges (BandLayer), which follow their own
// function only, so dragging another function's slider leaves them cached.
inline const QString fillsLayer = QStringLiteral("fills");
// The selected function's curves, above every other curve (and below axes and labels), so a
// curve it shares a stretch with (Leaky ReLU over ReLU's f′ = 1) cannot hide it.
inline const QString selectedCurveLayer = QStringLiteral("selectedCurve");

// Puts an item on a panel: its positions in that panel's plot coordinates, clipped to it.
void placeOnPanel(QCPAbstractItem* item, QCPAxisRect* rect, const QString& layer);
// A band over the panel's full height from x = lo to x = hi (on the bands layer), of the pool's
// given role.
QCPItemRect* addVerticalBand(ItemPool& pool, int role, QCPAxisRect* rect, double lo, double hi,
                             const QBrush& brush, const QPen& pen);

// A panel for derivative order 0, 1 or 2; only the bottom one shows x tick labels.
QCPAxisRect* makePanel(QCustomPlot* plot, int order, bool bottom, QCPMarginGroup* margins);
QCPLegend* makeLegend(QCustomPlot* plot, QCPAxisRect* top);
// Adds plottable's entry to the legend (once), drawn as QCustomPlot draws it.
void addToLegend(QCPLegend* legend, QCPAbstractPlottable* plottable);

// [lo, hi] with a margin; a sensible default when there is no finite data or no spread.
QCPRange paddedRange(double lo, double hi);

// A line of text under the panels (the band key of exported figures): created, updated, or
// removed when text is empty. Returns the element now shown, or nullptr.
QCPTextElement* setFooterText(QCustomPlot* plot, QCPTextElement* current, const QString& text,
                              const QFont& font, const QColor& color);

} // namespace ae
