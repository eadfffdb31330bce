// The renderer's panels, curves and look: what the frame steps of plotrenderer.h act on.
#include "plot/plotrenderer.h"

#include "model/names.h"
#include "model/scene.h"
#include "plot/plotitems.h"
#include "plot/plotlayers.h"
#include "plot/theme.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace ae {

void PlotRenderer::syncCurves() {
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

QCPAxisRect* PlotRenderer::panel(int order) const {
    return order >= 0 && order < 3 ? m_panels[std::size_t(order)] : nullptr;
}

PlotRenderer::Curve* PlotRenderer::curve(const QString& id) {
    for (Curve& c : m_curves)
        if (c.id == id) return &c;
    return nullptr;
}

const PlotRenderer::Curve* PlotRenderer::curve(const QString& id) const {
    return const_cast<PlotRenderer*>(this)->curve(id);
}

QCPGraph* PlotRenderer::graph(const QString& id, int order) const {
    const Curve* c = curve(id);
    return !c || order < 0 || order > 2 ? nullptr : c->graphs[std::size_t(order)];
}

void PlotRenderer::rebuildPanels() {
    for (PlotOverlay* overlay : m_overlays)
        overlay->detach();
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
            new QCPTextElement(m_plot, m_title, QFont(m_plot->font().family(), 14, QFont::Bold));
        m_plot->plotLayout()->addElement(row++, 0, m_titleElement);
    }
    for (int order = 0; order < 3; ++order) {
        if (!shown[order]) continue;
        auto* rect = makePanel(m_plot, order, order == last, m_margins);
        m_plot->plotLayout()->addElement(row++, 0, rect);
        m_panels[std::size_t(order)] = rect;
        // Dragging or zooming an axis moves the Scene's range, which every panel then follows.
        connect(rect->axis(QCPAxis::atBottom), qOverload<const QCPRange&>(&QCPAxis::rangeChanged),
                this, [this](const QCPRange& r) {
                    if (m_syncingAxes || m_scene->setRange(r.lower, r.upper)) return;
                    syncXAxes(); // zoomed past what the Scene accepts: snap back
                    m_plot->replot(QCustomPlot::rpQueuedReplot);
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
                if (order == 0) addToLegend(m_legend, g);
            }
            c.graphs[std::size_t(order)] = g;
        }
    }
    syncXAxes();
    updateLegendNames();
    applyTheme();
    m_pending.styles = m_pending.all = true;
    composeFrame();
}

void PlotRenderer::sampleChanged() {
    const double x0 = m_scene->xMin(), x1 = m_scene->xMax();
    for (Curve& c : m_curves) {
        // Hidden functions (most of the catalogue) are sampled when they are shown, not before.
        const ae::Activation* a = m_scene->activation(c.id);
        if (!a || !m_scene->isEnabled(c.id)) continue;
        const auto p = m_scene->parameters(c.id);
        if (c.sampled && c.count == m_sampleCount && c.xMin == x0 && c.xMax == x1 &&
            std::equal(p.begin(), p.end(), c.params.begin(), c.params.end()))
            continue;
        ae::sample(*a, p, x0, x1, std::size_t(m_sampleCount), c.samples);
        c.sampled = c.unpublished = true;
        c.params.assign(p.begin(), p.end());
        c.xMin = x0;
        c.xMax = x1;
        c.count = m_sampleCount;
    }
}

void PlotRenderer::publish(Curve& curve) {
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

void PlotRenderer::updateStyles() {
    const QString selected = m_scene->selected();
    const Theme& theme = themeById(m_theme);
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
                addToLegend(m_legend, g);
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

void PlotRenderer::applyTheme() {
    const Theme& t = themeById(m_theme);
    m_plot->setBackground(m_transparent ? QBrush(Qt::transparent) : QBrush(t.background));
    for (QCPAxisRect* rect : m_panels)
        if (rect) applyThemeToAxes(rect, t);
    if (m_legend) {
        m_legend->setBrush(t.legendFill);
        m_legend->setTextColor(t.ink);
        m_legend->setBorderPen(QPen(t.grid));
    }
    if (m_titleElement) m_titleElement->setTextColor(t.ink);
}

bool PlotRenderer::updateLegendNames() {
    bool fits = true;
    for (Curve& c : m_curves) {
        QCPGraph* g = c.graphs[0];
        if (!g) continue;
        const QString name = legendName(*m_scene, c.id);
        if (name == g->name()) continue;
        QCPAbstractLegendItem* item = m_legend ? m_legend->itemWithPlottable(g) : nullptr;
        const int before = item ? item->minimumOuterSizeHint().width() : 0;
        g->setName(name);
        // The legend is laid out by a full replot only. Its box is as wide as its widest entry:
        // a name that grows past that (β = 1 → β = 1.25 with no longer entry), or the widest
        // one changing, needs a new layout, or the text would spill over the box.
        if (!item) continue;
        const int after = item->minimumOuterSizeHint().width();
        fits = fits && (after == before || std::max(before, after) < item->outerRect().width());
    }
    return fits;
}

bool PlotRenderer::fitY() {
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
        QCPRange want = fixed ? QCPRange(fixed->first, fixed->second) : paddedRange(lo, hi);
        QCPAxis* axis = rect->axis(QCPAxis::atLeft);
        // Adjusting: the frame stays while the curves stay inside it, so the curve is seen moving
        // rather than the axes; when one leaves it, it grows on that side, by a tenth more than
        // needed, so a drag outwards does not refit every step.
        if (!fixed && m_scene->isAdjusting()) {
            const QCPRange now = axis->range();
            const bool below = lo<now.lower, above = hi> now.upper;
            if (!below && !above) continue;
            const double extra = 0.1 * std::max(want.size(), now.size());
            want = QCPRange(below ? want.lower - extra : now.lower,
                            above ? want.upper + extra : now.upper);
        }
        if (axis->range() == want) continue;
        axis->setRange(want);
        changed = true;
    }
    return changed;
}

void PlotRenderer::syncXAxes() {
    m_syncingAxes = true;
    for (QCPAxisRect* rect : m_panels)
        if (rect) rect->axis(QCPAxis::atBottom)->setRange(m_scene->xMin(), m_scene->xMax());
    m_syncingAxes = false;
}

} // namespace ae
