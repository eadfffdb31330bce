#include "depthlab/labcharts.h"

#include "model/names.h"
#include "model/scene.h"
#include "plot/theme.h"

#include <qcustomplot.h>

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <map>

namespace ae {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DepthLabCharts)
};

const Theme& theme() {
    return themeById(QStringLiteral("light"));
}

void reset(QCustomPlot* plot, const QString& xLabel, const QString& yLabel, bool logY) {
    plot->clearPlottables();
    plot->clearItems();
    plot->xAxis->setLabel(xLabel);
    plot->yAxis->setLabel(yLabel);
    if (logY) {
        plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
        plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
        plot->yAxis->setNumberFormat(QStringLiteral("eb"));
        plot->yAxis->setNumberPrecision(0);
    }
    plot->legend->setVisible(true);
    plot->legend->setFont(QFont(plot->font().family(), 8));
}

QCPGraph* addCurve(QCustomPlot* plot, const Scene& scene, const QString& id) {
    QCPGraph* g = plot->addGraph();
    g->setPen(curvePen(theme(), scene.colorIndex(id), false));
    g->setName(legendName(scene, id));
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 4));
    return g;
}

// A log axis cannot show 0: vanished gradients are drawn at the smallest positive value shown.
constexpr double logFloor = 1e-30;

} // namespace

void drawGradientNorms(QCustomPlot* plot, const Scene& scene, const std::vector<FlowCurve>& flow) {
    reset(plot, Text::tr("layer (1 = next to the input)"), Text::tr("‖∂loss/∂input of layer‖"),
          true);
    double lo = 1.0, hi = 1e-3;
    int layers = 1;
    for (const FlowCurve& c : flow) {
        QCPGraph* g = addCurve(plot, scene, c.function);
        for (std::size_t l = 0; l < c.layers.size(); ++l) {
            const double v = std::max(c.layers[l].gradNorm, logFloor);
            g->addData(double(l + 1), v);
            if (std::isfinite(v)) lo = std::min(lo, v), hi = std::max(hi, v);
        }
        layers = std::max(layers, int(c.layers.size()));
    }
    plot->xAxis->setRange(0.5, layers + 0.5);
    plot->yAxis->setRange(std::max(lo / 3, logFloor), hi * 3);
    // The two small panels below share this legend's colours.
    plot->legend->setVisible(!flow.empty());
    // Bottom right stays empty: the norms grow towards the output layer.
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignRight | Qt::AlignBottom);
    plot->replot();
}

void drawSaturatedShare(QCustomPlot* plot, const Scene& scene, const std::vector<FlowCurve>& flow) {
    reset(plot, Text::tr("layer"), Text::tr("units with |f′| < ε (%)"), false);
    int layers = 1;
    for (const FlowCurve& c : flow) {
        QCPGraph* g = addCurve(plot, scene, c.function);
        for (std::size_t l = 0; l < c.layers.size(); ++l)
            g->addData(double(l + 1), 100.0 * c.layers[l].saturated);
        layers = std::max(layers, int(c.layers.size()));
    }
    plot->xAxis->setRange(0.5, layers + 0.5);
    plot->yAxis->setRange(-2, 102);
    plot->legend->setVisible(false);
    plot->replot();
}

void drawSlopePowers(QCustomPlot* plot, const Scene& scene, double x, int depth) {
    reset(plot, Text::tr("layers L"), Text::tr("|f′(%1)|^L").arg(x), true);
    double lo = 1.0, hi = 1.0;
    for (const QString& id : scene.enabledIds()) {
        const Activation* a = scene.activation(id);
        if (!a) continue;
        const double s = std::fabs(evaluate(*a, x, scene.parameters(id)).df);
        QCPGraph* g = addCurve(plot, scene, id);
        g->setScatterStyle(QCPScatterStyle::ssNone);
        for (int l = 1; l <= depth; ++l) {
            const double v = std::max(std::pow(s, l), logFloor);
            g->addData(l, v);
            if (std::isfinite(v)) lo = std::min(lo, v), hi = std::max(hi, v);
        }
    }
    plot->xAxis->setRange(1, std::max(depth, 2));
    plot->yAxis->setRange(std::max(lo / 3, logFloor), std::max(hi * 3, 3.0));
    plot->legend->setVisible(false);
    plot->replot();
}

void drawLandscape(QCustomPlot* plot, const Scene& scene, const FlowCurve& curve,
                   const nn::LandscapeSpec& spec) {
    plot->clearPlottables();
    plot->clearItems();
    plot->legend->setVisible(false);
    if (plot->plotLayout()->rowCount() == 1) {
        plot->plotLayout()->insertRow(0);
        plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot));
    }
    if (auto* title = qobject_cast<QCPTextElement*>(plot->plotLayout()->element(0, 0)))
        title->setText(legendName(scene, curve.function));
    const int n = spec.resolution;
    if (int(curve.landscape.size()) != n * n) return plot->replot();
    auto* map = new QCPColorMap(plot->xAxis, plot->yAxis);
    map->data()->setSize(n, n);
    map->data()->setRange(QCPRange(spec.lo, spec.hi), QCPRange(spec.lo, spec.hi));
    for (int j = 0; j < n; ++j)
        for (int i = 0; i < n; ++i)
            map->data()->setCell(i, j, double(curve.landscape[std::size_t(j) * n + i]));
    // Each map on its own scale: the shape (creases or a smooth surface) is the lesson, and the
    // functions' output ranges differ by orders of magnitude.
    // Viridis (five stops): perceptually even and readable with colour-vision deficiencies;
    // QCustomPlot 2.1 has no such preset.
    QCPColorGradient viridis;
    viridis.setColorStops({{0.0, QColor(0x44, 0x01, 0x54)},
                           {0.25, QColor(0x3b, 0x52, 0x8b)},
                           {0.5, QColor(0x21, 0x91, 0x8c)},
                           {0.75, QColor(0x5e, 0xc9, 0x62)},
                           {1.0, QColor(0xfd, 0xe7, 0x25)}});
    map->setGradient(viridis);
    map->rescaleDataRange(true);
    map->setInterpolate(false);
    plot->xAxis->setRange(spec.lo, spec.hi);
    plot->yAxis->setRange(spec.lo, spec.hi);
    plot->replot();
}

} // namespace ae
