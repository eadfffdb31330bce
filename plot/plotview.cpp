#include "plot/plotview.h"
#include "model/names.h"

#include "model/analysismodel.h"
#include "model/scene.h"
#include "plot/bandlayer.h"
#include "plot/hoverreadout.h"
#include "plot/labelplacer.h"
#include "plot/plotitems.h"
#include "plot/plotlayers.h"
#include "plot/saturationoverlay.h"
#include "plot/teachingoverlay.h"
#include "plot/theme.h"

#include <qcustomplot.h>

#include <QTimer>
#include <QVBoxLayout>

#include <cmath>
#include <utility>

namespace ae {

PlotView::PlotView(Scene* scene, AnalysisModel* analysis, QWidget* parent)
    : QWidget(parent), m_scene(scene), m_analysis(analysis), m_plot(new QCustomPlot(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setObjectName(QStringLiteral("plot"));
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setPlottingHint(QCP::phFastPolylines, true);
    // Bands, guides and labels are axis-aligned: antialiasing them cost a third of each replot
    // (bench_slider) and changed nothing visible. Curves stay antialiased.
    m_plot->setNotAntialiasedElements(QCP::aeItems);
    m_plot->setMinimumSize(320, 240);
    addPlotLayers(m_plot);

    syncCurves();

    m_overlay = new SaturationOverlay(m_plot, scene, analysis, this);
    m_teaching = new TeachingOverlay(m_plot, scene, analysis, this);
    m_bands = new BandLayer(m_plot, scene, this);
    m_readout = new HoverReadout(m_plot, scene, this);
    m_sampleCount = std::max(256, width());
    m_holdTimer = new QTimer(this);
    m_holdTimer->setSingleShot(true);
    m_holdTimer->setInterval(holdLimitMs);
    connect(m_holdTimer, &QTimer::timeout, this, [this] {
        if (m_analysis->isCurrent()) return;
        m_overlaysHidden = true; // drawn without overlays rather than with stale ones
        m_overlay->detach();
        m_teaching->detach();
        release();
        updateFrameTexts();
        replot();
    });
    rebuildPanels();

    connect(scene, &Scene::parameterChanged, this, [this](const QString& id) {
        resample(id);
        refreshData(&id);
        if (!isHolding()) updateFrameTexts(); // else with the analysis

        replot();
    });
    connect(scene, &Scene::functionsChanged, this, [this] {
        updateStyles();
        refreshData(nullptr);
        replot();
    });
    connect(scene, &Scene::selectionChanged, this, [this] {
        if (hold())
            m_heldStyles = true;
        else
            updateStyles();
        replot();
    });
    connect(scene, &Scene::rangeChanged, this, [this] {
        syncXAxes();
        resampleAll();
        refreshData(nullptr);
        replot();
    });
    connect(scene, &Scene::panelsChanged, this, &PlotView::rebuildPanels);
    // Adding or removing a function is rare: the panels are rebuilt with the new set of curves.
    for (auto signal : {&Scene::functionAdded, &Scene::functionRemoved})
        connect(scene, signal, this, [this] {
            syncCurves();
            rebuildPanels();
        });
    connect(scene, &Scene::themeChanged, this, [this] {
        applyTheme();
        updateStyles();
        updateOverlays();
        replot();
    });
    connect(scene, &Scene::yRangeChanged, this, [this] {
        refreshData(nullptr);
        replot();
    });
    connect(analysis, &AnalysisModel::changed, this, [this] {
        // Curves first: the overlays read the refitted y ranges.
        release();
        updateFrameTexts();
        updateOverlays();
        replot();
    });
    connect(analysis, &AnalysisModel::textsChanged, this, [this] {
        updateLegendNames();
        m_readout->refreshText();
        replot();
    });
    // After each layout, before drawing: pixel positions are known and can still change.
    connect(m_plot, &QCustomPlot::afterLayout, this, &PlotView::placeLabels);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, scene, &Scene::resetView);
    connect(m_plot, &QCustomPlot::plottableClick, this, [this](QCPAbstractPlottable* p) {
        for (const Curve& c : m_curves)
            for (QCPGraph* g : c.graphs)
                if (g && g == p) m_scene->setSelected(c.id);
    });
}

PlotView::~PlotView() = default;

void PlotView::syncCurves() {
    std::vector<Curve> curves;
    for (const QString& id : m_scene->functionIds()) {
        Curve c;
        if (Curve* old = curve(id)) c = std::move(*old);
        c.id = id;
        c.colorIndex = m_scene->colorIndex(id);
        c.graphs = {}; // rebuildPanels() makes them
        curves.push_back(std::move(c));
    }
    m_curves = std::move(curves);
}

QCPAxisRect* PlotView::panel(int order) const {
    return order >= 0 && order < 3 ? m_panels[std::size_t(order)] : nullptr;
}

PlotView::Curve* PlotView::curve(const QString& id) {
    for (Curve& c : m_curves)
        if (c.id == id) return &c;
    return nullptr;
}

const PlotView::Curve* PlotView::curve(const QString& id) const {
    return const_cast<PlotView*>(this)->curve(id);
}

QCPGraph* PlotView::graph(const QString& id, int order) const {
    const Curve* c = curve(id);
    return !c || order < 0 || order > 2 ? nullptr : c->graphs[std::size_t(order)];
}

void PlotView::rebuildPanels() {
    m_readout->detach();
    m_overlay->detach();
    m_teaching->detach();
    m_bands->detach();
    m_plot->clearGraphs();
    m_plot->plotLayout()->clear();
    delete m_margins;
    m_margins = new QCPMarginGroup(m_plot);
    m_panels = {};
    m_keyElement = nullptr; // deleted with the layout

    const bool shown[3] = {true, m_scene->showFirstDerivative(), m_scene->showSecondDerivative()};
    int last = 0;
    for (int order = 0; order < 3; ++order)
        if (shown[order]) last = order;
    int row = 0;
    m_titleElement = nullptr;
    if (!m_title.isEmpty()) {
        m_titleElement =
            new QCPTextElement(m_plot, m_title, QFont(font().family(), 14, QFont::Bold));
        m_plot->plotLayout()->addElement(row++, 0, m_titleElement);
    }
    for (int order = 0; order < 3; ++order) {
        if (!shown[order]) continue;
        auto* rect = makePanel(m_plot, order, order == last, m_margins);
        m_plot->plotLayout()->addElement(row++, 0, rect);
        m_panels[std::size_t(order)] = rect;
        connect(rect->axis(QCPAxis::atBottom), qOverload<const QCPRange&>(&QCPAxis::rangeChanged),
                this, [this](const QCPRange& r) {
                    if (m_syncingAxes || m_scene->setRange(r.lower, r.upper)) return;
                    syncXAxes(); // zoomed past what the Scene accepts: snap back
                    replot();
                });
    }
    m_legend = makeLegend(m_plot, m_panels[0]);

    for (Curve& c : m_curves) {
        for (int order = 0; order < 3; ++order) {
            QCPAxisRect* rect = m_panels[std::size_t(order)];
            QCPGraph* g = nullptr;
            if (rect) {
                g = addPanelGraph(rect);
                g->removeFromLegend();
                if (order == 0) g->addToLegend(m_legend);
            }
            c.graphs[std::size_t(order)] = g;
        }
    }
    syncXAxes();
    resampleAll();
    updateLegendNames();
    applyTheme();
    updateStyles();
    refreshData(nullptr);
    updateOverlays();
    m_bands->attach(m_panels);
    m_readout->attach(m_panels);
    replot();
}

void PlotView::resample(const QString& id) {
    Curve* c = curve(id);
    const ae::Activation* a = m_scene->activation(id);
    if (!c || !a) return;
    // Hidden functions (most of the catalogue) are sampled when they are shown, not before.
    c->stale = !m_scene->isEnabled(id);
    if (c->stale) return;
    ae::sample(*a, m_scene->parameters(id), m_scene->xMin(), m_scene->xMax(),
               std::size_t(m_sampleCount), c->samples);
}

void PlotView::refreshData(const QString* onlyId) {
    if (hold()) {
        if (!onlyId)
            m_heldAll = true;
        else if (!m_heldIds.contains(*onlyId))
            m_heldIds << *onlyId;
        return;
    }
    for (Curve& c : m_curves)
        if (c.stale && m_scene->isEnabled(c.id)) resample(c.id);
    const bool yChanged = fitY();
    // A curve's drawn vertices depend on the y scale: when it moved, every shown curve is redone.
    if (onlyId && !yChanged) {
        if (Curve* c = curve(*onlyId); c && !c->stale) publish(*c);
        return;
    }
    for (Curve& c : m_curves)
        if (!c.stale && m_scene->isEnabled(c.id)) publish(c);
}

void PlotView::resampleAll() {
    for (const Curve& c : m_curves)
        resample(c.id);
}

void PlotView::publish(Curve& curve) {
    const auto& s = curve.samples;
    if (s.x.empty()) return;
    const std::vector<double>* ys[3] = {&s.f, &s.df, &s.d2f};
    int shown = 0;
    for (QCPAxisRect* rect : m_panels)
        shown += rect ? 1 : 0;
    // Sub-pixel tolerances from the plot's size (an upper bound of each panel's): vertices that
    // would move a curve by less than 0.1 device pixel are not drawn at all.
    const double px = 0.1 / std::max(1.0, m_renderScale);
    const double tolX = (s.x.back() - s.x.front()) / std::max(1, m_plot->width()) * px;
    for (int order = 0; order < 3; ++order) {
        QCPGraph* g = curve.graphs[std::size_t(order)];
        if (!g) continue;
        const std::vector<double>& y = *ys[order];
        // Break the line where it jumps (f″ has no next derivative to tell a jump from a steep
        // stretch; it is drawn unbroken).
        const auto breaks =
            order < 2 ? ae::jumps(s.x, y, *ys[order + 1]) : std::vector<std::size_t>();
        const QCPRange yr = g->valueAxis()->range();
        const double tolY = yr.size() / std::max(1, m_plot->height() / std::max(1, shown)) * px;
        const QVector<QCPGraphData> points = drawnVertices(s.x, y, breaks, tolX, tolY);
        g->data()->set(points, true);
    }
}

void PlotView::updateStyles() {
    const QString selected = m_scene->selected();
    const Theme& theme = themeById(m_scene->theme());
    for (Curve& c : m_curves) {
        const bool on = m_scene->isEnabled(c.id);
        const QPen pen = curvePen(theme, c.colorIndex, c.id == selected);
        for (QCPGraph* g : c.graphs) {
            if (!g) continue;
            g->setPen(pen);
            g->setVisible(on);
            g->setLayer(c.id == selected ? selectedCurveLayer : QStringLiteral("main"));
        }
        if (QCPGraph* g = c.graphs[0]) {
            if (on)
                g->addToLegend(m_legend);
            else
                g->removeFromLegend(m_legend);
        }
    }
    if (m_legend) {
        m_legend->setVisible(m_legendShown && m_legend->itemCount() > 0);
        // Each sample shows at least one whole period of its dash pattern, with a margin, or
        // a dash-dot reads as a solid line (Swish next to Sigmoid in the print theme).
        double period = 0;
        for (const Curve& c : m_curves)
            if (QCPGraph* g = c.graphs[0]; g && m_scene->isEnabled(c.id))
                period = std::max(period, dashPeriod(g->pen()));
        m_legend->setIconSize(
            std::max(minLegendSample, int(std::ceil(period + legendSampleMargin))), 14);
    }
}

void PlotView::applyTheme() {
    const Theme& t = themeById(m_scene->theme());
    m_plot->setBackground(m_transparent ? QBrush(Qt::transparent) : QBrush(t.background));
    for (QCPAxisRect* rect : m_panels) {
        if (!rect) continue;
        rect->setBackground(Qt::NoBrush);
        for (QCPAxis* axis : rect->axes()) {
            axis->setBasePen(QPen(t.ink, 1));
            axis->setTickPen(QPen(t.ink, 1));
            axis->setSubTickPen(QPen(t.ink, 1));
            axis->setTickLabelColor(t.ink);
            axis->setLabelColor(t.ink);
            axis->grid()->setPen(QPen(t.grid, 1, Qt::DotLine));
            axis->grid()->setZeroLinePen(QPen(t.zeroLine, 1));
        }
    }
    if (m_legend) {
        m_legend->setBrush(t.legendFill);
        m_legend->setTextColor(t.ink);
        m_legend->setBorderPen(QPen(t.grid));
    }
    if (m_titleElement) m_titleElement->setTextColor(t.ink);
}

QList<QCPItemText*> PlotView::labels() const {
    return m_teaching->labels() + m_overlay->labels();
}

void PlotView::placeLabels() {
    QList<QRectF> fixed;
    if (m_legend && m_legend->visible()) fixed << QRectF(m_legend->outerRect());
    if (m_readout->isShown()) fixed << m_readout->boxRect();
    fixed << m_teaching->markerRects();
    ae::placeLabels(labels(), fixed);
}

void PlotView::updateOverlays() {
    if (!m_analysis->isCurrent()) return; // redone when the analysis of this state is in
    m_overlay->update(m_panels);
    m_teaching->update(m_panels);
    updateBandKey();
}

void PlotView::setBandKeyShown(bool shown) {
    m_bandKeyShown = shown;
    updateBandKey();
    replot();
}

QString PlotView::bandKey() const {
    return m_keyElement ? m_keyElement->text() : QString();
}

void PlotView::updateBandKey() {
    const QString text = m_bandKeyShown && m_panels[0] ? m_overlay->keyText() : QString();
    m_keyElement = setFooterText(m_plot, m_keyElement, text, QFont(font().family(), 9),
                                 themeById(m_scene->theme()).ink);
}

void PlotView::setTitle(const QString& title) {
    if (title == m_title) return;
    m_title = title;
    rebuildPanels();
}

void PlotView::setLegendShown(bool shown) {
    m_legendShown = shown;
    updateStyles();
    replot();
}

void PlotView::setTransparentBackground(bool transparent) {
    m_transparent = transparent;
    applyTheme();
    replot();
}

void PlotView::updateFrameTexts() {
    updateLegendNames();
    m_readout->refreshText();
}

void PlotView::updateLegendNames() {
    for (Curve& c : m_curves)
        if (QCPGraph* g = c.graphs[0]) g->setName(legendName(*m_scene, c.id));
}

bool PlotView::fitY() {
    bool changed = false;
    for (int order = 0; order < 3; ++order) {
        QCPAxisRect* rect = m_panels[std::size_t(order)];
        if (!rect) continue;
        double lo = INFINITY, hi = -INFINITY;
        for (const Curve& c : m_curves) {
            if (!m_scene->isEnabled(c.id)) continue;
            const auto& s = c.samples;
            const std::vector<double>& ys = order == 0 ? s.f : order == 1 ? s.df : s.d2f;
            for (double y : ys) {
                if (!std::isfinite(y)) continue;
                lo = std::min(lo, y);
                hi = std::max(hi, y);
            }
        }
        const auto fixed = m_scene->fixedYRange(order);
        const QCPRange want = fixed ? QCPRange(fixed->first, fixed->second) : paddedRange(lo, hi);
        QCPAxis* axis = rect->axis(QCPAxis::atLeft);
        if (axis->range() == want) continue;
        axis->setRange(want);
        changed = true;
    }
    return changed;
}

void PlotView::syncXAxes() {
    m_syncingAxes = true;
    for (QCPAxisRect* rect : m_panels)
        if (rect) rect->axis(QCPAxis::atBottom)->setRange(m_scene->xMin(), m_scene->xMax());
    m_syncingAxes = false;
}

void PlotView::replot() {
    if (hold()) {
        m_heldReplot = true; // the frame on screen stays the last consistent one
        return;
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool PlotView::isHolding() const {
    return !m_analysis->isCurrent() && !m_overlaysHidden;
}

bool PlotView::hold() {
    if (m_analysis->isCurrent()) {
        m_holdTimer->stop();
        m_overlaysHidden = false;
        return false;
    }
    if (m_overlaysHidden) return false;
    if (!m_holdTimer->isActive()) m_holdTimer->start();
    return true;
}

void PlotView::release() {
    if (hold()) return;
    if (std::exchange(m_heldStyles, false)) updateStyles();
    const QStringList ids = std::exchange(m_heldIds, {});
    if (std::exchange(m_heldAll, false)) {
        refreshData(nullptr);
    } else {
        for (const QString& id : ids)
            refreshData(&id);
    }
    if (std::exchange(m_heldReplot, false)) replot();
}

void PlotView::setSampleCount(int n) {
    m_fixedSampleCount = true;
    if (n == m_sampleCount) return;
    m_sampleCount = std::max(2, n);
    resampleAll();
    refreshData(nullptr);
    replot();
}

void PlotView::setRenderScale(double scale) {
    m_renderScale = scale;
    refreshData(nullptr);
}

void PlotView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    const int n = std::max(256, m_plot->width());
    if (!m_fixedSampleCount && n != m_sampleCount) {
        m_sampleCount = n;
        resampleAll();
    }
    refreshData(nullptr); // the pixel tolerances of the drawn vertices changed
    replot();
}

} // namespace ae
