// BandLayer: for randomised activations (RReLU in training) the range of curves they can take,
// filled between the catalogue's two band edges in the f and f′ panels under the mean curve.
// A PlotOverlay of PlotRenderer, on the "fills" layer: rebuilt only when what it draws changed
// (its functions' parameters, the x range, the theme, the panels), so the layer stays cached
// while another function's slider is dragged.
#pragma once

#include "plot/overlay.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <array>
#include <optional>
#include <utility>
#include <vector>

class QCPAxisRect;
class QCPGraph;
class QCustomPlot;

namespace ae {

class Scene;

class BandLayer : public QObject, public PlotOverlay {
    Q_OBJECT
  public:
    BandLayer(QCustomPlot* plot, Scene* scene, QObject* parent);

    void update(const Frame& frame) override;
    void detach() override;

    // The filled (upper-edge) graphs, for tests: one per shown band function and panel.
    QList<QCPGraph*> fills() const { return m_fills; }
    // The last update() redrew (the "fills" layer needs a replot).
    bool changed() const { return m_changed; }

  private:
    // Everything the fills are drawn from.
    struct Key {
        QString theme;
        Panels panels{};
        double xMin = 0, xMax = 0;
        std::vector<std::pair<QString, std::vector<double>>> functions; // shown, with a band
        QStringList names;
        bool operator==(const Key&) const = default;
    };

    QCustomPlot* m_plot;
    Scene* m_scene;
    std::optional<Key> m_drawn;
    bool m_changed = false;
    QList<QCPGraph*> m_graphs;
    QList<QCPGraph*> m_fills;
};

} // namespace ae
