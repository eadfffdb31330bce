// BandLayer: for randomised activations (RReLU in training) the range of curves they can take,
// filled between the catalogue's two band edges in the f and f′ panels under the mean curve.
// Owned by PlotView, which attaches it to the panels; it follows the Scene by itself.
#pragma once

#include <QList>
#include <QObject>

#include <array>

class QCPAxisRect;
class QCPGraph;
class QCustomPlot;

namespace ae {

class Scene;

class BandLayer : public QObject {
    Q_OBJECT
  public:
    BandLayer(QCustomPlot* plot, Scene* scene, QObject* parent);

    void attach(const std::array<QCPAxisRect*, 3>& panels);
    void detach();

    // The filled (upper-edge) graphs, for tests: one per shown band function and panel.
    QList<QCPGraph*> fills() const { return m_fills; }

  private:
    void rebuild();

    QCustomPlot* m_plot;
    Scene* m_scene;
    std::array<QCPAxisRect*, 3> m_panels{};
    QList<QCPGraph*> m_graphs;
    QList<QCPGraph*> m_fills;
};

} // namespace ae
