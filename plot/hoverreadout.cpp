#include "plot/hoverreadout.h"
#include "model/names.h"
#include "model/numbers.h"

#include "model/scene.h"
#include "plot/plotlayers.h"

#include <qcustomplot.h>

#include <QCoreApplication>

#include <cmath>

namespace ae {

HoverReadout::HoverReadout(QCustomPlot* plot, Scene* scene, QObject* parent)
    : QObject(parent), m_plot(plot), m_scene(scene) {
    m_plot->setMouseTracking(true);
    connect(m_plot, &QCustomPlot::mouseMove, this, &HoverReadout::onMouseMove);
    // The pointer left the plot: nothing is hovered any more.
    m_plot->installEventFilter(this);
}

bool HoverReadout::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_plot && event->type() == QEvent::Leave) hide();
    return false;
}

void HoverReadout::detach() {
    for (QCPItemTracer*& dot : m_dots) {
        if (dot) m_plot->removeItem(dot);
        dot = nullptr;
    }
    if (m_text) m_plot->removeItem(m_text);
    if (m_tangent) m_plot->removeItem(m_tangent);
    m_text = nullptr;
    m_tangent = nullptr;
    m_panels = {};
}

void HoverReadout::update(const Frame& frame) {
    if (frame.panels != m_panels) attach(frame.panels);
    if (!m_shown) return;
    const QString id = m_scene->selected();
    if (id != m_shownId || !m_scene->isEnabled(id)) return hide();
    moveMarkers();
    refreshText();
}

QList<QRectF> HoverReadout::obstacles() const {
    if (!isShown()) return {};
    return {boxRect()};
}

void HoverReadout::attach(const Panels& panels) {
    detach();
    m_panels = panels;
    for (int order = 0; order < 3; ++order) {
        QCPAxisRect* rect = panels[std::size_t(order)];
        if (!rect) continue;
        auto* dot = new QCPItemTracer(m_plot);
        placeOnPanel(dot, rect, QStringLiteral("overlay"));
        dot->setStyle(QCPItemTracer::tsCircle);
        dot->setSize(8);
        dot->setPen(QPen(Qt::black, 1.5));
        dot->setBrush(Qt::white);
        dot->setVisible(false);
        m_dots[std::size_t(order)] = dot;
    }
    m_tangent = new QCPItemStraightLine(m_plot);
    placeOnPanel(m_tangent, panels[0], QStringLiteral("overlay"));
    m_tangent->setPen(QPen(QColor(120, 120, 120, 200), 1.2, Qt::DashDotLine));
    m_tangent->setVisible(false);
    m_text = new QCPItemText(m_plot);
    m_text->setLayer(QStringLiteral("overlay"));
    m_text->setClipAxisRect(panels[0]);
    m_text->position->setAxisRect(panels[0]);
    m_text->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_text->position->setCoords(0.99, 0.02);
    m_text->setPositionAlignment(Qt::AlignTop | Qt::AlignRight);
    m_text->setTextAlignment(Qt::AlignLeft);
    m_text->setPadding(QMargins(6, 4, 6, 4));
    m_text->setBrush(QColor(255, 255, 255, 230));
    m_text->setPen(QPen(QColor(160, 160, 160)));
    m_text->setFont(QFont(QStringLiteral("monospace"), 9));
    m_text->setVisible(false);
}

void HoverReadout::onMouseMove(QMouseEvent* event) {
    QCPAxisRect* over = m_plot->axisRectAt(event->position());
    if (!over || !m_panels[0]) return hide();
    showAt(over->axis(QCPAxis::atBottom)->pixelToCoord(event->position().x()));
}

void HoverReadout::showAt(double x) {
    const QString id = m_scene->selected();
    const ae::Activation* a = m_scene->activation(id);
    if (!a || !m_scene->isEnabled(id) || !m_text) return hide();
    m_x = x;
    m_shown = true;
    m_shownId = id;
    moveMarkers();
    if (m_textId != id) {
        refreshText();
        return;
    }
    writeText();
}

void HoverReadout::moveMarkers() {
    const QString id = m_scene->selected();
    const ae::Activation* a = m_scene->activation(id);
    if (!a || !m_tangent) return;
    const double x = m_x;
    const ae::Derivs d = ae::evaluate(*a, x, m_scene->parameters(id));
    const double ys[3] = {d.f, d.df, d.d2f};
    for (int order = 0; order < 3; ++order) {
        if (QCPItemTracer* dot = m_dots[std::size_t(order)]) {
            dot->position->setCoords(x, ys[order]);
            dot->setVisible(true);
        }
    }
    if (std::isfinite(d.f) && std::isfinite(d.df)) {
        m_tangent->point1->setCoords(x, d.f);
        m_tangent->point2->setCoords(x + 1.0, d.f + d.df);
        m_tangent->setVisible(true);
    } else {
        m_tangent->setVisible(false);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void HoverReadout::refreshText() {
    m_textId = m_scene->selected();
    const auto p = m_scene->parameters(m_textId);
    m_textParams.assign(p.begin(), p.end());
    writeText();
}

void HoverReadout::writeText() {
    const ae::Activation* a = m_scene->activation(m_textId);
    if (!m_shown || !a || !m_text) return;
    const double x = m_x;
    const ae::Derivs d = ae::evaluate(*a, x, m_textParams);
    auto num = [](double v) { return formatNumber(v, 6); };
    m_text->setText(
        tr("%1\nx   = %2\nf   = %3\nf′  = %4\nf″  = %5")
            .arg(legendName(*a, m_textParams), num(x), num(d.f), num(d.df), num(d.d2f)));
    m_text->setVisible(true);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QString HoverReadout::text() const {
    return m_text && m_text->visible() ? m_text->text() : QString();
}

bool HoverReadout::isShown() const {
    return m_shown && m_text && m_text->visible();
}

QRectF HoverReadout::boxRect() const {
    if (!isShown()) return {};
    return QRectF(m_text->topLeft->pixelPosition(), m_text->bottomRight->pixelPosition())
        .normalized();
}

void HoverReadout::hide() {
    m_shown = false;
    bool changed = m_text && m_text->visible();
    for (QCPItemTracer* dot : m_dots)
        if (dot) dot->setVisible(false);
    if (m_text) m_text->setVisible(false);
    if (m_tangent) m_tangent->setVisible(false);
    if (changed) m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace ae
