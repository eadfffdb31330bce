// PlotView: the window's plot — a QCustomPlot drawn by a PlotRenderer (plot/plotrenderer.h),
// plus what only a window has: dragging and zooming the x range, double-click to reset the view,
// clicking a curve to select it, and the hover readout following the mouse.
#pragma once

#include <QWidget>

class QCustomPlot;

namespace ae {

class AnalysisModel;
class PlotRenderer;
class Scene;

class PlotView : public QWidget {
    Q_OBJECT
  public:
    PlotView(Scene* scene, AnalysisModel* analysis, QWidget* parent = nullptr);

    QCustomPlot* plot() const { return m_plot; }
    PlotRenderer* renderer() const { return m_renderer; }

  private:
    QCustomPlot* m_plot;
    PlotRenderer* m_renderer;
};

} // namespace ae
