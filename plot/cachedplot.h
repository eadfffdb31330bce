// CachedPlot: a QCustomPlot whose buffered layers can be redrawn on their own while every other
// layer stays as the last full replot drew it. The renderer uses it while a slider is dragged:
// only the moving function's layers change, and the other curves, grid and axes are cached.
#pragma once

#include <qcustomplot.h>

#include <QImage>
#include <QList>

#include <optional>

namespace ae {

class CachedPlot : public QCustomPlot {
    Q_OBJECT
  public:
    explicit CachedPlot(QWidget* parent = nullptr);

    // Redraws only these layers (each must be lmBuffered, with the paint buffers a full replot
    // set up for the current modes), then schedules the widget's repaint. QCPLayer::replot()
    // alone cannot serve: it falls back to a full replot as soon as any layer gained or lost an
    // item, and the overlays rebuild theirs every frame. The caller vouches that nothing outside
    // these layers changed since the last full replot. False (nothing drawn) otherwise.
    bool replotLayers(const QList<QCPLayer*>& layers);

    // Buffered layers painted straight onto the widget at every paint instead of into a buffer
    // of their own that is then composited. Each paint buffer is plot-sized: composing one, and
    // clearing it before it is redrawn, cost more than drawing a moving layer's few curves and
    // bands (docs/benchmarks.md). Layers that are not lmBuffered are drawn as usual. Empty: the
    // plain QCustomPlot paint.
    void setLiveLayers(const QList<QCPLayer*>& layers);
    const QList<QCPLayer*>& liveLayers() const { return m_live; }

  protected:
    void paintEvent(QPaintEvent* event) override;

  private:
    void compose(const QList<QCPLayer*>& owner, QImage::Format format);

    QList<QCPLayer*> m_live;
    // What the live paint composes from the cached buffers (compose()); reset by every replot.
    struct Composed {
        bool valid = false;
        int plainPaints = 0;                      // live paints since the replot, before composing
        QImage base;                              // background + buffer 0, opaque; or null
        QList<std::optional<QList<QRect>>> parts; // per buffer: its painted parts, if known
    } m_composed;
};

} // namespace ae
