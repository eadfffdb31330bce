#include "plot/cachedplot.h"

namespace ae {

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
        layer->replot();
    return true;
}

} // namespace ae
