// The renderer's frame order and what starts a frame; the panels, curves and look are in
// plotpanels.cpp.
#include "plot/plotrenderer.h"

#include "model/analysismodel.h"
#include "model/scene.h"
#include "plot/bandlayer.h"
#include "plot/cachedplot.h"
#include "plot/hoverreadout.h"
#include "plot/labelplacer.h"
#include "plot/plotlayers.h"
#include "plot/saturationoverlay.h"
#include "plot/teachingoverlay.h"
#include "plot/theme.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace ae {

PlotRenderer::PlotRenderer(QCustomPlot* plot, Scene* scene, AnalysisModel* analysis,
                           QObject* parent)
    : QObject(parent), m_plot(plot), m_scene(scene), m_analysis(analysis),
      m_theme(themeIds().constFirst()) {
    m_plot->setPlottingHint(QCP::phFastPolylines, true);
    // Bands, guides and labels are axis-aligned: antialiasing them cost a third of each replot
    // (bench_slider) and changed nothing visible. Curves stay antialiased.
    m_plot->setNotAntialiasedElements(QCP::aeItems);
    addPlotLayers(m_plot);

    m_saturation = new SaturationOverlay(m_plot, scene, analysis, this);
    m_teaching = new TeachingOverlay(m_plot, scene, analysis, this);
    m_bands = new BandLayer(m_plot, scene, this);
    m_readout = new HoverReadout(m_plot, scene, this);
    // Step 5's order is also the order their items are made in, which decides what is drawn on
    // top within a layer (the f′ < 0 wash over a saturation tint).
    m_overlays = {m_saturation, m_teaching, m_bands, m_readout};
    m_sampleCount = std::max(256, m_plot->width());
    m_holdTimer = new QTimer(this);
    m_holdTimer->setSingleShot(true);
    m_holdTimer->setInterval(holdLimitMs);
    connect(m_holdTimer, &QTimer::timeout, this, [this] {
        if (m_analysis->isCurrent()) return;
        m_overlaysHidden = true; // drawn without the analysis overlays rather than stale ones
        composeFrame();
    });

    syncCurves();
    rebuildPanels();

    connect(scene, &Scene::parameterChanged, this, &PlotRenderer::composeFrame);
    connect(scene, &Scene::functionsChanged, this, [this] {
        m_pending.styles = m_pending.all = true;
        composeFrame();
    });
    connect(scene, &Scene::selectionChanged, this, [this] {
        m_pending.styles = true;
        composeFrame();
    });
    connect(scene, &Scene::rangeChanged, this, [this] {
        syncXAxes();
        composeFrame();
    });
    connect(scene, &Scene::yRangeChanged, this, [this] {
        m_pending.all = true;
        composeFrame();
    });
    connect(scene, &Scene::panelsChanged, this, &PlotRenderer::rebuildPanels);
    connect(scene, &Scene::adjustingChanged, this, &PlotRenderer::adjustingChanged);
    // Adding or removing a function is rare: the panels are rebuilt with the new set of curves.
    for (auto signal : {&Scene::functionAdded, &Scene::functionRemoved})
        connect(scene, signal, this, [this] {
            syncCurves();
            rebuildPanels();
        });
    connect(analysis, &AnalysisModel::changed, this, &PlotRenderer::composeFrame);
    connect(analysis, &AnalysisModel::textsChanged, this, [this] {
        updateLegendNames();
        m_readout->refreshText();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    });
    // After each layout, before drawing: pixel positions are known and can still change.
    connect(m_plot, &QCustomPlot::afterLayout, this, &PlotRenderer::placeLabels);
    connect(m_plot, &QCustomPlot::beforeReplot, this, &PlotRenderer::aboutToDraw);
    connect(m_plot, &QCustomPlot::afterReplot, this, [this] {
        m_buffersSetUp = true;
        emit drawn();
    });
    // The points per curve and the sub-pixel tolerances follow the plot's size.
    m_plot->installEventFilter(this);
}

PlotRenderer::~PlotRenderer() = default;

bool PlotRenderer::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_plot && event->type() == QEvent::Resize) sizeChanged();
    return false;
}

void PlotRenderer::composeFrame() {
    // Whatever started the frame (the analysis may be published before the renderer hears of
    // the change it analysed), the samples are the Scene's as it is now. Sampling goes ahead
    // while the frame is held: it overlaps the worker's analysis.
    sampleChanged();       // step 1
    if (holding()) return; // the rest stays pending for the frame the analysis releases
    const Pending p = std::exchange(m_pending, {});
    if (p.styles) updateStyles(); // step 2
    const bool yChanged = fitY(); // step 3
    // Step 4. A curve's drawn vertices depend on the y scale: when it moved, every shown curve
    // is redone.
    const QString selected = m_scene->selected();
    bool others = false; // a curve outside the moving layer was redone
    for (Curve& c : m_curves) {
        if (!c.sampled || !m_scene->isEnabled(c.id)) continue;
        if (p.all || yChanged || c.unpublished) {
            publish(c);
            others = others || c.id != selected;
        }
        c.unpublished = false;
    }
    updateOverlays();                            // step 5
    const bool legendFits = updateLegendNames(); // step 6
    const QString key = bandKey();
    updateBandKey();
    draw(p.replotAll || p.all || p.styles || yChanged || others || !legendFits || bandKey() != key);
}

void PlotRenderer::draw(bool full) {
    auto* cached = dynamic_cast<CachedPlot*>(m_plot); // figures' plots redraw whole, always
    if (full || !cached || !m_movingLayersBuffered || !m_buffersSetUp) {
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    // The layout is the last full replot's (nothing outside the moving layers changed), so the
    // labels are placed against it here, where a replot would have placed them after its layout.
    emit aboutToDraw();
    placeLabels();
    QList<QCPLayer*> layers;
    for (const QString& name : movingLayers())
        layers << m_plot->layer(name);
    if (!cached->replotLayers(layers)) {
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    if (m_plot->plottingHints().testFlag(QCP::phImmediateRefresh)) m_plot->repaint();
    emit drawn();
}

QStringList PlotRenderer::movingLayers() {
    return {bandsLayer, selectedCurveLayer, QStringLiteral("legend"), QStringLiteral("overlay")};
}

void PlotRenderer::adjustingChanged() {
    const bool adjusting = m_scene->isAdjusting();
    m_movingLayersBuffered = adjusting;
    // Own paint buffers only while something moves: each costs a full-size composite per paint.
    // ("overlay" has one always, as QCustomPlot sets it up.)
    QList<QCPLayer*> live;
    for (const QString& name : movingLayers()) {
        QCPLayer* layer = m_plot->layer(name);
        if (!layer) continue;
        if (name != QLatin1String("overlay"))
            layer->setMode(adjusting ? QCPLayer::lmBuffered : QCPLayer::lmLogical);
        if (adjusting) live << layer;
    }
    // While adjusting, the moving layers are painted straight onto the widget: their buffers
    // keep them apart from the cached layers, but composing them cost more than drawing them.
    if (auto* cached = dynamic_cast<CachedPlot*>(m_plot)) cached->setLiveLayers(live);
    m_buffersSetUp = false;     // by the next full replot
    m_pending.replotAll = true; // new buffers; when it ends, the axes fitted tight again
    composeFrame();
}

void PlotRenderer::updateOverlays() {
    const Frame frame{m_panels, themeById(m_theme), m_analysis->isCurrent()};
    // A new item or graph joins the current layer first, which marks that layer's paint buffer
    // stale; on "main" that would force a full replot of the cached curves every frame.
    QCPLayer* before = m_plot->currentLayer();
    m_plot->setCurrentLayer(QStringLiteral("overlay"));
    for (PlotOverlay* overlay : m_overlays)
        overlay->update(frame);
    m_plot->setCurrentLayer(before);
}

void PlotRenderer::addOverlay(PlotOverlay* overlay) {
    m_overlays.push_back(overlay);
    composeFrame();
}

void PlotRenderer::removeOverlay(PlotOverlay* overlay) {
    const auto it = std::find(m_overlays.begin(), m_overlays.end(), overlay);
    if (it == m_overlays.end()) return;
    overlay->detach();
    m_overlays.erase(it);
    composeFrame();
}

QList<QCPItemText*> PlotRenderer::labels() const {
    // Extrema first: they give way last; then the bands' edges and any added overlay's.
    QList<QCPItemText*> all = m_teaching->labels() + m_saturation->labels();
    for (const PlotOverlay* overlay : m_overlays)
        if (overlay != m_teaching && overlay != m_saturation) all << overlay->labels();
    return all;
}

void PlotRenderer::placeLabels() {
    QList<QRectF> fixed;
    if (m_legend && m_legend->visible()) fixed << QRectF(m_legend->outerRect());
    for (const PlotOverlay* overlay : m_overlays)
        fixed << overlay->obstacles();
    ae::placeLabels(labels(), fixed);
}

bool PlotRenderer::isHolding() const {
    return !m_analysis->isCurrent() && !m_overlaysHidden;
}

bool PlotRenderer::holding() {
    if (m_analysis->isCurrent()) {
        m_holdTimer->stop();
        m_overlaysHidden = false;
        return false;
    }
    if (m_overlaysHidden) return false;
    if (!m_holdTimer->isActive()) m_holdTimer->start();
    return true;
}

void PlotRenderer::sizeChanged() {
    const int n = std::max(256, m_plot->width());
    if (!m_fixedSampleCount) m_sampleCount = n;
    m_pending.all = true; // the pixel tolerances of the drawn vertices changed
    m_pending.replotAll = true;
    composeFrame();
}

void PlotRenderer::setSampleCount(int n) {
    m_fixedSampleCount = true;
    if (n == m_sampleCount) return;
    m_sampleCount = std::max(2, n);
    composeFrame();
}

void PlotRenderer::setRenderScale(double scale) {
    m_renderScale = scale;
    m_pending.all = true;
    composeFrame();
}

void PlotRenderer::setTheme(const QString& id) {
    if (id == m_theme || !isThemeId(id)) return;
    m_theme = id;
    applyTheme();
    m_pending.styles = m_pending.replotAll = true;
    composeFrame();
}

void PlotRenderer::setTitle(const QString& title) {
    if (title == m_title) return;
    m_title = title;
    rebuildPanels();
}

void PlotRenderer::setLegendShown(bool shown) {
    m_legendShown = shown;
    m_pending.styles = true;
    composeFrame();
}

void PlotRenderer::setTransparentBackground(bool transparent) {
    m_transparent = transparent;
    applyTheme();
    m_pending.replotAll = true;
    composeFrame();
}

void PlotRenderer::setBandKeyShown(bool shown) {
    m_bandKeyShown = shown;
    m_pending.replotAll = true;
    composeFrame();
}

QString PlotRenderer::bandKey() const {
    return m_keyElement ? m_keyElement->text() : QString();
}

void PlotRenderer::updateBandKey() {
    const QString text = m_bandKeyShown && m_panels[0] ? m_saturation->keyText() : QString();
    m_keyElement = setFooterText(m_plot, m_keyElement, text, QFont(m_plot->font().family(), 9),
                                 themeById(m_theme).ink);
}

bool PlotRenderer::paint(QPaintDevice* device, QSize size) {
    QCPPainter painter;
    if (!painter.begin(device)) return false;
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    m_plot->toPainter(&painter, size.width(), size.height());
    painter.end();
    return true;
}

QImage PlotRenderer::image(QSize size, double scale) {
    return m_plot->toPixmap(size.width(), size.height(), scale).toImage();
}

} // namespace ae
