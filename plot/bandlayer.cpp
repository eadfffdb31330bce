#include "plot/bandlayer.h"
#include "model/names.h"

#include "model/scene.h"
#include "plot/plotitems.h"
#include "plot/plotlayers.h"
#include "plot/theme.h"

#include <qcustomplot.h>

namespace ae {

BandLayer::BandLayer(QCustomPlot* plot, Scene* scene, QObject* parent)
    : QObject(parent), m_plot(plot), m_scene(scene) {}

void BandLayer::detach() {
    for (QCPGraph* g : std::as_const(m_graphs))
        m_plot->removeGraph(g);
    m_graphs.clear();
    m_fills.clear();
    m_drawn.reset();
}

void BandLayer::update(const Frame& frame) {
    const QStringList ids = m_scene->functionIds();
    Key key{frame.theme.id, frame.panels, m_scene->xMin(), m_scene->xMax(), {}, {}};
    for (const QString& id : ids) {
        const ae::Activation* a = m_scene->activation(id);
        if (!ae::hasBand(*a) || !m_scene->isEnabled(id)) continue;
        const auto p = m_scene->parameters(id);
        key.functions.emplace_back(id, std::vector<double>(p.begin(), p.end()));
        key.names << legendName(*m_scene, id);
    }
    m_changed = key != m_drawn;
    if (!m_changed) return;
    detach();
    m_drawn = key;
    if (!frame.panels[0]) return;
    const Theme& theme = frame.theme;
    constexpr int n = 400; // the edges are piecewise linear: a few hundred points are plenty
    for (int index = 0; index < ids.size(); ++index) {
        const ae::Activation* a = m_scene->activation(ids[index]);
        if (!ae::hasBand(*a) || !m_scene->isEnabled(ids[index])) continue;
        const auto params = m_scene->parameters(ids[index]);
        QColor fill = curvePen(theme, m_scene->colorIndex(ids[index]), false).color();
        fill.setAlpha(45);
        for (int order = 0; order < 2; ++order) {
            QCPAxisRect* rect = frame.panels[std::size_t(order)];
            if (!rect) continue;
            QCPGraph* edges[2];
            for (int e = 0; e < 2; ++e) {
                QCPGraph* g = addPanelGraph(rect);
                g->setLayer(fillsLayer);
                g->removeFromLegend();
                g->setSelectable(QCP::stNone);
                g->setPen(QPen(fill.darker(110), 0.8, Qt::DotLine));
                QVector<QCPGraphData> data;
                data.reserve(n);
                for (int i = 0; i < n; ++i) {
                    const double x =
                        m_scene->xMin() + (m_scene->xMax() - m_scene->xMin()) * i / (n - 1);
                    const ae::Derivs d = ae::evaluateBand(
                        *a, e == 0 ? ae::BandEdge::Lower : ae::BandEdge::Upper, x, params);
                    data.append(QCPGraphData(x, order == 0 ? d.f : d.df));
                }
                g->data()->set(data, true);
                edges[e] = g;
                m_graphs << g;
            }
            edges[1]->setBrush(fill);
            edges[1]->setChannelFillGraph(edges[0]);
            edges[1]->setName(
                tr("%1: range of random slopes").arg(legendName(*m_scene, ids[index])));
            m_fills << edges[1];
        }
    }
}

} // namespace ae
