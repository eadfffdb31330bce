// HoverReadout: as the mouse moves over the plot, a tracer dot on each panel's curve of the
// selected function, the tangent of f there, and a readout of x, f(x), f′(x), f″(x) evaluated
// exactly by core at that x.
#pragma once

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

class HoverReadout : public QObject {
    Q_OBJECT
  public:
    HoverReadout(QCustomPlot* plot, Scene* scene, QObject* parent);

    void attach(const std::array<QCPAxisRect*, 3>& panels);
    void detach();

    // Shows the readout for plot coordinate x (what a mouse move does).
    void showAt(double x);
    // Takes the parameters the texts now state (PlotView calls it with the legend and the side
    // texts) and rewrites the readout with them; the dots and the tangent follow every parameter
    // change at once, with the curves.
    void refreshText();
    QString text() const;
    bool isShown() const;
    // The readout box in pixels (null when hidden), for label placement.
    QRectF boxRect() const;
    QCPItemStraightLine* tangent() const { return m_tangent; }

  private:
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
    QString m_textId; // the function and parameters the readout's numbers are for
    std::vector<double> m_textParams;
    bool m_shown = false;
};

} // namespace ae
