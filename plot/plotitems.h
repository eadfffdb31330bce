// Plot primitives every panel uses: a graph that clips itself to its panel when drawn into a
// vector figure (Qt 6.4's SVG generator ignores the painter's clip, so an unclipped curve ran
// across into the next panel), whose legend sample never leaves its icon rectangle, and a tick
// labeller that writes negative numbers with the Unicode minus like every other text of the app,
// and the vertices a curve is drawn with.
#pragma once

#include <qcustomplot.h>

#include <QVector>

#include <span>
#include <vector>

namespace ae {

class ClippedGraph : public QCPGraph {
  public:
    ClippedGraph(QCPAxis* keyAxis, QCPAxis* valueAxis) : QCPGraph(keyAxis, valueAxis) {}

  protected:
    void drawLinePlot(QCPPainter* painter, const QVector<QPointF>& lines) const override;
    void drawFill(QCPPainter* painter, QVector<QPointF>* lines) const override;
    void drawLegendIcon(QCPPainter* painter, const QRectF& rect) const override;
};

// A graph on a panel: its x and y axes, drawn clipped to it in every output format.
QCPGraph* addPanelGraph(QCPAxisRect* rect);

// The pieces of a polyline inside rect (segments cut where they cross its border); non-finite
// points break the line. Exposed for tests.
QList<QPolygonF> clipPolyline(const QVector<QPointF>& points, const QRectF& rect);

class UnicodeMinusTicker : public QCPAxisTicker {
  protected:
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar,
                         int precision) override;
};

// The period of a pen's dash pattern in pixels (0 for a solid pen).
double dashPeriod(const QPen& pen);
// Legend samples: at least this long, and a dash period plus this margin.
constexpr int minLegendSample = 44;
constexpr double legendSampleMargin = 8.0;

// The vertices a curve is drawn with: a NaN gap at each jump (between x[i] and x[i+1] for i in
// breaks, so no vertical segment the function never takes), then only the points that move the
// line by at least tolX/tolY (sub-pixel simplification).
QVector<QCPGraphData> drawnVertices(std::span<const double> x, std::span<const double> y,
                                    const std::vector<std::size_t>& breaks, double tolX,
                                    double tolY);

} // namespace ae
