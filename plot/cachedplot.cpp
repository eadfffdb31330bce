#include "plot/cachedplot.h"

namespace ae {

namespace {

// QCPLayer::draw is protected and only QCustomPlot is its friend; a pointer to it taken through
// a derived class is the one standard way to reach it. Nothing else of QCPLayer is touched.
struct LayerDraw : QCPLayer {
    static void paint(QCPLayer* layer, QCPPainter* painter) {
        void (QCPLayer::*drawLayer)(QCPPainter*) = &LayerDraw::draw;
        (layer->*drawLayer)(painter);
    }
};

} // namespace

CachedPlot::CachedPlot(QWidget* parent) : QCustomPlot(parent) {
    // QCustomPlot paints every pixel (its background brush first): without this, Qt paints the
    // parents' backgrounds under the whole plot before each paint, a full-size fill per frame.
    // A background that is not opaque is painted over the window colour (paintEvent).
    setAttribute(Qt::WA_OpaquePaintEvent);
}

bool CachedPlot::replotLayers(const QList<QCPLayer*>& layers) {
    if (mPaintBuffers.isEmpty() || mReplotting) return false;
    for (const QCPLayer* layer : layers)
        if (!layer || layer->mode() != QCPLayer::lmBuffered) return false;
    // Only the given layers' buffers can be stale (items came and went there); each replot()
    // below redraws its own. Clearing the flags first keeps QCPLayer::replot() from falling
    // back to a full replot.
    for (const QSharedPointer<QCPAbstractPaintBuffer>& buffer : std::as_const(mPaintBuffers))
        buffer->setInvalidated(false);
    for (QCPLayer* layer : layers)
        if (!m_live.contains(layer)) layer->replot(); // a live layer is drawn by the paint itself
    update();
    return true;
}

void CachedPlot::setLiveLayers(const QList<QCPLayer*>& layers) {
    if (layers == m_live) return;
    m_live = layers;
    update();
}

void CachedPlot::paintEvent(QPaintEvent* event) {
    if (mBackgroundBrush.style() != Qt::SolidPattern || !mBackgroundBrush.isOpaque()) {
        QPainter under(this);
        under.fillRect(event->rect(), palette().window());
    }
    if (m_live.isEmpty() || mPaintBuffers.isEmpty() || mReplotting ||
        !qFuzzyCompare(bufferDevicePixelRatio(), devicePixelRatioF())) {
        QCustomPlot::paintEvent(event); // which also adapts the buffers to a new pixel ratio
        return;
    }
    // Which layer owns which buffer, by the rule of QCustomPlot::setupPaintBuffers(): logical
    // layers share the current buffer, a buffered one gets the next buffer to itself, and a
    // logical layer after it starts another.
    QList<QCPLayer*> owner(mPaintBuffers.size(), nullptr); // the buffered layer of each buffer
    int index = 0;
    for (int i = 0; i < layerCount(); ++i) {
        QCPLayer* l = layer(i);
        if (l->mode() != QCPLayer::lmBuffered) continue;
        ++index;
        if (index < owner.size()) owner[index] = l;
        if (i + 1 < layerCount() && layer(i + 1)->mode() == QCPLayer::lmLogical) ++index;
    }
    if (index != mPaintBuffers.size() - 1) { // not the buffers of these modes: not set up yet
        QCustomPlot::paintEvent(event);
        return;
    }
    QCPPainter painter(this);
    if (!painter.isActive()) return;
    if (mBackgroundBrush.style() != Qt::NoBrush) painter.fillRect(mViewport, mBackgroundBrush);
    drawBackground(&painter);
    for (int b = 0; b < mPaintBuffers.size(); ++b) {
        if (owner[b] && m_live.contains(owner[b]))
            LayerDraw::paint(owner[b], &painter);
        else
            mPaintBuffers[b]->draw(&painter);
    }
}

} // namespace ae
