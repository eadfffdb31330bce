// BandLayer: for randomised activations (RReLU in training) the range of curves they can take,
// filled between the catalogue's two band edges in the f and f′ panels under the mean curve.
// A PlotOverlay of PlotRenderer: redrawn with every frame, from the Scene's parameters.
#pragma once

#include "plot/overlay.h"

#include <QList>
#include <QObject>

#include <array>

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

  private:
    QCustomPlot* m_plot;
    Scene* m_scene;
    QList<QCPGraph*> m_graphs;
    QList<QCPGraph*> m_fills;
};

} // namespace ae
