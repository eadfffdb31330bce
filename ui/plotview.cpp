#include "plotview.h"

#include "hoverreadout.h"
#include "plotlayers.h"
#include "analysismodel.h"
#include "saturationoverlay.h"
#include "scene.h"
#include "theme.h"

#include <qcustomplot.h>

#include <QVBoxLayout>

#include <cmath>

PlotView::PlotView(Scene* scene, AnalysisModel* analysis, QWidget* parent)
    : QWidget(parent), m_scene(scene), m_analysis(analysis), m_plot(new QCustomPlot(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setObjectName(QStringLiteral("plot"));
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setPlottingHint(QCP::phFastPolylines, true);
    m_plot->setMinimumSize(320, 240);
    addPlotLayers(m_plot);

    const QStringList ids = scene->functionIds();
    m_curves.resize(std::size_t(ids.size()));
    for (int i = 0; i < ids.size(); ++i) m_curves[std::size_t(i)] = {ids[i], i, {}, {}};

    m_overlay = new SaturationOverlay(m_plot, scene, analysis, this);
    m_readout = new HoverReadout(m_plot, scene, this);
    m_sampleCount = std::max(256, width());
    rebuildPanels();

    connect(scene, &Scene::parameterChanged, this, [this](const QString& id) {
        resample(id);
        updateLegendNames();
        fitY();
        replot();
    });
    connect(scene, &Scene::functionsChanged, this, [this] {
        updateStyles();
        fitY();
        replot();
    });
    connect(scene, &Scene::selectionChanged, this, [this] {
        updateStyles();
        replot();
    });
    connect(scene, &Scene::rangeChanged, this, [this] {
        syncXAxes();
        resampleAll();
        fitY();
        replot();
    });
    connect(scene, &Scene::panelsChanged, this, &PlotView::rebuildPanels);
    connect(scene, &Scene::themeChanged, this, [this] {
        applyTheme();
        updateStyles();
        m_overlay->update(m_panels);
        replot();
    });
    connect(scene, &Scene::yRangeChanged, this, [this] {
        fitY();
        replot();
    });
    connect(analysis, &AnalysisModel::changed, this, [this] {
        m_overlay->update(m_panels);
        replot();
    });
    connect(m_plot, &QCustomPlot::mouseDoubleClick, scene, &Scene::resetView);
    connect(m_plot, &QCustomPlot::plottableClick, this, [this](QCPAbstractPlottable* p) {
        for (const Curve& c : m_curves)
            for (QCPGraph* g : c.graphs)
                if (g && g == p) m_scene->setSelected(c.id);
    });
}

PlotView::~PlotView() = default;

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
    m_plot->clearGraphs();
    m_plot->plotLayout()->clear();
    delete m_margins;
    m_margins = new QCPMarginGroup(m_plot);
    m_panels = {};

    const bool shown[3] = {true, m_scene->showFirstDerivative(), m_scene->showSecondDerivative()};
    int last = 0;
    for (int order = 0; order < 3; ++order)
        if (shown[order]) last = order;
    int row = 0;
    m_titleElement = nullptr;
    if (!m_title.isEmpty()) {
        m_titleElement = new QCPTextElement(m_plot, m_title, QFont(font().family(), 14, QFont::Bold));
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
                g = m_plot->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
                g->removeFromLegend();
                if (order == 0) g->addToLegend(m_legend);
            }
            c.graphs[std::size_t(order)] = g;
        }
    }
    syncXAxes();
    resampleAll();
    applyTheme();
    updateStyles();
    fitY();
    m_overlay->update(m_panels);
    m_readout->attach(m_panels);
    replot();
}

void PlotView::resample(const QString& id) {
    Curve* c = curve(id);
    const ae::Activation* a = m_scene->activation(id);
    if (!c || !a) return;
    ae::sample(*a, m_scene->parameters(id), m_scene->xMin(), m_scene->xMax(),
               std::size_t(m_sampleCount), c->samples);
    pushData(*c);
}

void PlotView::resampleAll() {
    for (const Curve& c : m_curves) resample(c.id);
    updateLegendNames();
}

void PlotView::pushData(Curve& curve) {
    const auto& s = curve.samples;
    const std::vector<double>* ys[3] = {&s.f, &s.df, &s.d2f};
    for (int order = 0; order < 3; ++order) {
        QCPGraph* g = curve.graphs[std::size_t(order)];
        if (!g) continue;
        const std::vector<double>& y = *ys[order];
        // f″ has no next derivative to tell a jump from a steep stretch; it is drawn unbroken.
        const auto breaks = order < 2 ? ae::jumps(s.x, y, *ys[order + 1]) : std::vector<std::size_t>();
        QVector<QCPGraphData> data;
        data.reserve(qsizetype(s.x.size() + breaks.size()));
        auto nextBreak = breaks.begin();
        for (std::size_t i = 0; i < s.x.size(); ++i) {
            data.append(QCPGraphData(s.x[i], y[i]));
            if (nextBreak != breaks.end() && *nextBreak == i) {
                data.append(QCPGraphData(0.5 * (s.x[i] + s.x[i + 1]), std::nan("")));
                ++nextBreak;
            }
        }
        g->data()->set(data, true);
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
        }
        if (QCPGraph* g = c.graphs[0]) {
            if (on)
                g->addToLegend(m_legend);
            else
                g->removeFromLegend(m_legend);
        }
    }
    if (m_legend) m_legend->setVisible(m_legendShown && m_legend->itemCount() > 0);
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

void PlotView::updateLegendNames() {
    for (Curve& c : m_curves)
        if (QCPGraph* g = c.graphs[0]) g->setName(legendName(*m_scene, c.id));
}

void PlotView::fitY() {
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
        if (const auto fixed = m_scene->fixedYRange(order))
            rect->axis(QCPAxis::atLeft)->setRange(fixed->first, fixed->second);
        else
            rect->axis(QCPAxis::atLeft)->setRange(paddedRange(lo, hi));
    }
}

void PlotView::syncXAxes() {
    m_syncingAxes = true;
    for (QCPAxisRect* rect : m_panels)
        if (rect) rect->axis(QCPAxis::atBottom)->setRange(m_scene->xMin(), m_scene->xMax());
    m_syncingAxes = false;
}

void PlotView::replot() {
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void PlotView::setSampleCount(int n) {
    m_fixedSampleCount = true;
    if (n == m_sampleCount) return;
    m_sampleCount = std::max(2, n);
    resampleAll();
    fitY();
    replot();
}

void PlotView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    if (m_fixedSampleCount) return;
    const int n = std::max(256, m_plot->width());
    if (n == m_sampleCount) return;
    m_sampleCount = n;
    resampleAll();
    replot();
}
