#include "plot/teachingoverlay.h"

#include "core/sampling.h"
#include "core/simplify.h"
#include "model/analysismodel.h"
#include "model/propertiestext.h"
#include "model/scene.h"
#include "plot/labelplacer.h"
#include "plot/plotitems.h"
#include "plot/plotlayers.h"
#include "plot/theme.h"

#include <qcustomplot.h>

#include <cmath>

namespace ae {

TeachingOverlay::TeachingOverlay(QCustomPlot* plot, Scene* scene, AnalysisModel* model,
                                 QObject* parent)
    : QObject(parent), m_plot(plot), m_scene(scene), m_model(model), m_pool(plot) {}

// Items by role, for the pool: each role is set up by one piece of code below.
enum Role { DecreasingBandRole, DecreasingLabelRole, MarkerRole, ExtremumLabelRole };

void TeachingOverlay::detach() {
    detachFrameItems();
    detachReferences();
}

void TeachingOverlay::detachFrameItems() {
    m_pool.clear();
    m_extremumLabels.clear();
    m_markers.clear();
    m_otherLabels.clear();
    m_decreasing.clear();
}

void TeachingOverlay::detachReferences() {
    for (QCPAbstractItem* item : std::as_const(m_referenceLabels))
        m_plot->removeItem(item);
    for (QCPGraph* g : std::as_const(m_references))
        m_plot->removeGraph(g);
    m_referenceLabels.clear();
    m_references.clear();
    m_referenceKey.clear();
}

void TeachingOverlay::update(const Frame& frame) {
    m_pool.recycle();
    m_extremumLabels.clear();
    m_markers.clear();
    m_otherLabels.clear();
    m_decreasing.clear();
    update(frame, m_pool);
    m_pool.finish();
}

void TeachingOverlay::update(const Frame& frame, ItemPool& pool) {
    const QString id = m_model->functionId();
    const ae::Activation* a = m_scene->activation(id);
    const Panels& panels = frame.panels;
    QCPAxisRect* top = panels[0];
    if (!a || !top || !frame.analysisCurrent) {
        detachReferences();
        return;
    }
    const Theme& theme = frame.theme;
    const ae::Properties& pr = m_model->properties();

    // Where f′ < 0: a dotted warm band in the f and f′ panels, apart from saturation's tint.
    const QColor warm = theme.monochrome ? QColor(60, 60, 60, 110) : QColor(204, 51, 17, 110);
    // A light warm wash with a solid edge line: distinct from saturation's tint and hatching, and
    // cheap to paint (pattern brushes over large areas dominated the replot).
    QColor wash = warm;
    wash.setAlpha(theme.monochrome ? 18 : 22);
    const QBrush decreasingFill(wash);
    const QPen decreasingEdge(warm, 1.0);
    for (const auto& iv : pr.decreasing) {
        const double lo = std::fmax(iv.lo, m_scene->xMin()), hi = std::fmin(iv.hi, m_scene->xMax());
        if (!(lo < hi)) continue;
        for (int order = 0; order < 2; ++order) {
            QCPAxisRect* rect = panels[std::size_t(order)];
            if (!rect) continue;
            QCPItemRect* r = addVerticalBand(pool, DecreasingBandRole, rect, lo, hi, decreasingFill,
                                             decreasingEdge);
            if (order == 0) m_decreasing << r;
        }
        // Labelled in the f′ panel, where the sign is read off, at the band's inner end.
        QCPAxisRect* labelRect = panels[1] ? panels[1] : top;
        auto* t = takeLabel(pool, DecreasingLabelRole);
        placeOnPanel(t, labelRect, QStringLiteral("overlay"));
        t->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        t->position->setCoords(hi, 0.03);
        t->setPositionAlignment(Qt::AlignTop | Qt::AlignRight);
        t->setText(tr("f′ < 0"));
        m_otherLabels << t;
        t->setColor(QColor(warm.red(), warm.green(), warm.blue()).darker(115));
        t->setBrush(theme.legendFill);
        t->setPadding(QMargins(3, 1, 3, 1));
    }

    // Extrema: a ring on the curve and its value, following every parameter change.
    for (const auto& e : pr.extrema) {
        if (e.x < m_scene->xMin() || e.x > m_scene->xMax()) continue;
        auto* dot = pool.take(MarkerRole, newItem<QCPItemTracer>);
        placeOnPanel(dot, top, QStringLiteral("overlay"));
        dot->position->setCoords(e.x, e.f);
        dot->setStyle(QCPItemTracer::tsCircle);
        dot->setSize(10);
        dot->setPen(QPen(theme.ink, 1.8));
        dot->setBrush(Qt::NoBrush);
        m_markers << dot;
        auto* t = takeLabel(pool, ExtremumLabelRole);
        placeOnPanel(t, top, QStringLiteral("overlay"));
        t->position->setParentAnchor(dot->position);
        t->position->setCoords(10,
                               e.minimum ? -6 : 6); // pixels right of the ring, away from the curve
        t->setPositionAlignment((e.minimum ? Qt::AlignBottom : Qt::AlignTop) | Qt::AlignLeft);
        t->setText((e.minimum ? tr("min %1\nat x = %2") : tr("max %1\nat x = %2"))
                       .arg(formatNumber(e.f, 4), formatNumber(e.x, 4)));
        t->setColor(theme.ink);
        t->setBrush(theme.legendFill);
        t->setPen(QPen(theme.grid));
        t->setPadding(QMargins(4, 2, 4, 2));
        m_extremumLabels << t;
    }

    updateReferences(frame, *a);
}

// The function's limits, faint and dashed, from the catalogue's references. They do not depend
// on the function's parameters: while the range, the y axes and the look stay, the curves and
// labels of the last frame are kept (no sampling, no new graphs), only raised back on top of
// the items made since, where a fresh set would be.
void TeachingOverlay::updateReferences(const Frame& frame, const ae::Activation& a) {
    const Panels& panels = frame.panels;
    QString key = a.id.c_str() +
                  QStringLiteral("|%1|%2|").arg(m_scene->xMin()).arg(m_scene->xMax()) +
                  frame.theme.id;
    for (int order = 0; order < 2; ++order)
        if (QCPAxisRect* rect = panels[std::size_t(order)])
            key += QStringLiteral("|%1:%2,%3")
                       .arg(quintptr(rect))
                       .arg(rect->axis(QCPAxis::atLeft)->range().lower)
                       .arg(rect->axis(QCPAxis::atLeft)->range().upper);
    if (key == m_referenceKey) {
        for (QCPGraph* g : std::as_const(m_references))
            g->setLayer(g->layer()); // moved to the top of its layer
        for (QCPAbstractItem* t : std::as_const(m_referenceLabels))
            t->setLayer(t->layer());
        return;
    }
    detachReferences();
    m_referenceKey = key;
    for (const auto& ref : a.references) {
        const ae::Activation* target = m_scene->activation(QString::fromStdString(ref.functionId));
        if (!target) continue;
        ae::Samples s;
        ae::sample(*target, ref.params, m_scene->xMin(), m_scene->xMax(), 512, s);
        for (int order = 0; order < 2; ++order) {
            QCPAxisRect* rect = panels[std::size_t(order)];
            if (!rect) continue;
            QCPGraph* g = addPanelGraph(rect);
            g->setLayer(bandsLayer);
            g->removeFromLegend();
            g->setSelectable(QCP::stNone);
            QColor c = frame.theme.ink;
            c.setAlpha(110);
            g->setPen(QPen(c, 1.0, Qt::DashLine)); // ≤ 1 px: wide dashed pens are slow to stroke
            const std::vector<double>& y = order == 0 ? s.f : s.df;
            // Limits are lines and kinks: a handful of vertices draws them exactly.
            const double tolX = (m_scene->xMax() - m_scene->xMin()) * 1e-4;
            const double tolY = rect->axis(QCPAxis::atLeft)->range().size() * 1e-4;
            QVector<QCPGraphData> data;
            for (std::size_t i : ae::simplifyPolyline(s.x, y, tolX, tolY))
                data.append(QCPGraphData(s.x[i], y[i]));
            g->data()->set(data, true);
            g->setName(QString::fromStdString(ref.label));
            m_references << g;
            if (order == 0) {
                auto* t = new QCPItemText(m_plot);
                placeOnPanel(t, rect, QStringLiteral("overlay"));
                m_referenceLabels << t;
                const double x = m_scene->xMax() - 0.02 * (m_scene->xMax() - m_scene->xMin());
                t->position->setCoords(x, ae::evaluate(*target, x, ref.params).f);
                t->setPositionAlignment(Qt::AlignBottom | Qt::AlignRight);
                t->setText(QString::fromStdString(ref.label));
                t->setColor(c);
            }
        }
    }
}

QList<QRectF> TeachingOverlay::obstacles() const {
    QList<QRectF> rects;
    for (const QCPItemTracer* dot : m_markers) {
        const QPointF c = dot->position->pixelPosition();
        const double r = dot->size() / 2 + 2; // the ring and its pen
        rects << QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r);
    }
    return rects;
}

} // namespace ae
