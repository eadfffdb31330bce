// HoverReadout: as the mouse moves over the plot, a tracer dot on each panel's curve of the
// selected function, the tangent of f there, and a readout of x, f(x), f′(x), f″(x) evaluated
// exactly by core at that x. A PlotOverlay of PlotRenderer: the mouse moves it, and each frame
// carries it to the frame's parameters.
#pragma once

#include "plot/overlay.h"

#include <QList>
#include <QObject>

#include <array>
#include <vector>

class QCPAbstractItem;
class QCPAxisRect;
class QCPItemStraightLine;
class QCPItemText;
class QCPItemTracer;
class QCustomPlot;
class QMouseEvent;

namespace ae {

class Scene;

class HoverReadout : public QObject, public PlotOverlay {
    Q_OBJECT
  public:
    HoverReadout(QCustomPlot* plot, Scene* scene, QObject* parent);

    // Follows the frame: the dots, the tangent and the numbers move to the frame's parameters
    // (so the readout never states a β the curves do not show); hidden when the selection
    // changed or its function is no longer shown.
    void update(const Frame& frame) override;
    void detach() override;
    QList<QRectF> obstacles() const override;

    // Shows the readout for plot coordinate x (what a mouse move does).
    void showAt(double x);
    // Rewrites the numbers with the Scene's parameters now (the renderer calls it with the
    // legend's names).
    void refreshText();
    QString text() const;
    bool isShown() const;
    // The readout box in pixels (null when hidden), for label placement.
    QRectF boxRect() const;
    QCPItemStraightLine* tangent() const { return m_tangent; }

  private:
    void attach(const Panels& panels);
    void onMouseMove(QMouseEvent* event);
    void moveMarkers();
    void hide();
    bool eventFilter(QObject* watched, QEvent* event) override;

    QCustomPlot* m_plot;
    Scene* m_scene;
    std::array<QCPAxisRect*, 3> m_panels{};
    std::array<QCPItemTracer*, 3> m_dots{};
    QCPItemText* m_text = nullptr;
    QCPItemStraightLine* m_tangent = nullptr; // the tangent of f at the hovered x
    void writeText();
    double m_x = 0;
    QString m_shownId; // the selected function the readout was shown for
    QString m_textId;  // the function and parameters the readout's numbers are for
    std::vector<double> m_textParams;
    bool m_shown = false;
};

} // namespace ae
