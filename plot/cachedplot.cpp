#include "plot/cachedplot.h"

#include <algorithm>

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

// The pixmap behind QCPPaintBufferPixmap (protected), reached the same way.
struct BufferPixmap : QCPPaintBufferPixmap {
    static const QPixmap& of(const QCPPaintBufferPixmap* buffer) {
        QPixmap QCPPaintBufferPixmap::*pixmap = &BufferPixmap::mBuffer;
        return buffer->*pixmap;
    }
};

// The parts of image that hold anything, as rectangles: tiles of 32 × 16 pixels with any
// pixel not fully transparent, neighbours in a row merged.
QList<QRect> paintedParts(const QImage& image) {
    constexpr int tileW = 32, tileH = 16;
    if (image.format() != QImage::Format_ARGB32_Premultiplied) return {image.rect()};
    QList<QRect> parts;
    for (int y0 = 0; y0 < image.height(); y0 += tileH) {
        const int y1 = std::min(image.height(), y0 + tileH);
        int runStart = -1;
        for (int x0 = 0; x0 < image.width() + tileW; x0 += tileW) { // one past: closes a run
            bool painted = false;
            if (x0 < image.width()) {
                const int x1 = std::min(image.width(), x0 + tileW);
                for (int y = y0; y < y1 && !painted; ++y) {
                    const auto* line = reinterpret_cast<const quint32*>(image.constScanLine(y));
                    painted = std::any_of(line + x0, line + x1, [](quint32 v) { return v != 0; });
                }
            }
            if (painted && runStart < 0) runStart = x0;
            if (!painted && runStart >= 0) {
                parts << QRect(runStart, y0, std::min(x0, image.width()) - runStart, y1 - y0);
                runStart = -1;
            }
        }
    }
    return parts;
}

} // namespace

CachedPlot::CachedPlot(QWidget* parent) : QCustomPlot(parent) {
    // QCustomPlot paints every pixel (its background brush first): without this, Qt paints the
    // parents' backgrounds under the whole plot before each paint, a full-size fill per frame.
    // A background that is not opaque is painted over the window colour (paintEvent).
    setAttribute(Qt::WA_OpaquePaintEvent);
    // Every replot redraws the buffers the live paint composes from.
    connect(this, &QCustomPlot::afterReplot, this, [this] { m_composed = {}; });
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
        if (!m_live.contains(layer)) {
            layer->replot(); // a live layer is drawn by the paint itself
            m_composed = {};
        }
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
    // The base is blended in the format of what is painted on (the backing store, or a grab's
    // pixmap), so that copying it gives the very pixels blending there would.
    const QPaintDevice* target = painter.paintEngine()->paintDevice();
    const QImage::Format format = target && target->devType() == QInternal::Image
                                      ? static_cast<const QImage*>(target)->format()
                                      : QImage::Format_Invalid;
    // Composed on the second live paint after a replot: a drag paints many frames between
    // replots, while a replot per frame (keyboard steps) would pay for composing every time.
    if ((!m_composed.valid && ++m_composed.plainPaints > 1) ||
        (m_composed.valid && m_composed.base.format() != format &&
         format != QImage::Format_Invalid))
        compose(owner, format);
    int first = 0;
    if (!m_composed.base.isNull() && m_composed.base.format() == format) {
        painter.drawImage(mViewport.topLeft(), m_composed.base); // opaque: a copy
        first = 1;
    } else {
        if (mBackgroundBrush.style() != Qt::NoBrush) painter.fillRect(mViewport, mBackgroundBrush);
        drawBackground(&painter);
    }
    for (int b = first; b < mPaintBuffers.size(); ++b) {
        if (owner[b] && m_live.contains(owner[b])) {
            LayerDraw::paint(owner[b], &painter);
        } else if (b < m_composed.parts.size() && m_composed.parts[b]) {
            const QPixmap& pixmap =
                BufferPixmap::of(static_cast<const QCPPaintBufferPixmap*>(mPaintBuffers[b].data()));
            for (const QRect& r : std::as_const(*m_composed.parts[b]))
                painter.drawPixmap(r.topLeft(), pixmap, r);
        } else {
            mPaintBuffers[b]->draw(&painter);
        }
    }
}

void CachedPlot::compose(const QList<QCPLayer*>& owner, QImage::Format format) {
    // What a live paint composes is the same until the next replot: the background and the
    // first buffer (grid, background layer) flattened into one opaque image, copied rather than
    // filled and blended; and for each other cached buffer, the parts of it that hold anything
    // (a curve buffer is mostly transparent; an axes buffer nearly all), so that each paint
    // blends only those. Plain pixmap buffers at pixel ratio 1 only (QCustomPlot's own, without
    // OpenGL); anything else is composed whole, as QCustomPlot does.
    m_composed = {};
    m_composed.valid = true; // also when it gives up below: then buffers are composed whole
    auto pixmapBuffer = [&](int b) {
        return dynamic_cast<const QCPPaintBufferPixmap*>(mPaintBuffers[b].data());
    };
    if (!qFuzzyCompare(bufferDevicePixelRatio(), 1.0)) return;
    m_composed.parts.resize(mPaintBuffers.size());
    for (int b = 1; b < mPaintBuffers.size(); ++b)
        if (!(owner[b] && m_live.contains(owner[b])) && pixmapBuffer(b))
            m_composed.parts[b] = paintedParts(BufferPixmap::of(pixmapBuffer(b)).toImage());
    if (owner[0] || !pixmapBuffer(0) || mBackgroundBrush.style() != Qt::SolidPattern ||
        !mBackgroundBrush.isOpaque() || !mBackgroundPixmap.isNull() ||
        format == QImage::Format_Invalid)
        return;
    QImage base(mViewport.size(), format);
    QCPPainter p(&base);
    p.fillRect(base.rect(), mBackgroundBrush);
    p.translate(-mViewport.topLeft());
    mPaintBuffers[0]->draw(&p);
    p.end();
    m_composed.base = base;
}

} // namespace ae
