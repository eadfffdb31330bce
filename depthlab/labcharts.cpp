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

// Viridis (five stops): perceptually even and readable with colour-vision deficiencies;
// QCustomPlot 2.1 has no such preset.
QColor viridis(double t) {
    static const QColor stops[] = {QColor(0x44, 0x01, 0x54), QColor(0x3b, 0x52, 0x8b),
                                   QColor(0x21, 0x91, 0x8c), QColor(0x5e, 0xc9, 0x62),
                                   QColor(0xfd, 0xe7, 0x25)};
    t = std::clamp(t, 0.0, 1.0) * 4;
    const int i = std::min(int(t), 3);
    const double f = t - i;
    const QColor &a = stops[i], &b = stops[i + 1];
    return QColor::fromRgbF(float(a.redF() + f * (b.redF() - a.redF())),
                            float(a.greenF() + f * (b.greenF() - a.greenF())),
                            float(a.blueF() + f * (b.blueF() - a.blueF())));
}

// Tick labels 10⁻⁶, 10⁻⁴, … on an axis of decimal logarithms, at whole powers only.
class PowerOfTenTicker : public QCPAxisTicker {
  protected:
    double getTickStep(const QCPRange& range) override {
        return std::max(1.0, std::round(range.size() / 5));
    }
    QString getTickLabel(double tick, const QLocale&, QChar, int) override {
        static const QString digits = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
        QString label = QStringLiteral("10");
        const int power = int(std::lround(tick));
        if (power < 0) label += QChar(0x207B);
        for (QChar c : QString::number(std::abs(power)))
            label += digits[c.digitValue()];
        return label;
    }
};

void setTitle(QCustomPlot* plot, const QString& text) {
    if (plot->plotLayout()->rowCount() == 1) {
        plot->plotLayout()->insertRow(0);
        plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot));
    }
    if (auto* title = qobject_cast<QCPTextElement*>(plot->plotLayout()->element(0, 0)))
        title->setText(text);
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
    setTitle(plot, legendName(scene, curve.function));
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
    QCPColorGradient gradient;
    for (double t : {0.0, 0.25, 0.5, 0.75, 1.0})
        gradient.setColorStopAt(t, viridis(t));
    map->setGradient(gradient);
    map->rescaleDataRange(true);
    map->setInterpolate(false);
    plot->xAxis->setRange(spec.lo, spec.hi);
    plot->yAxis->setRange(spec.lo, spec.hi);
    plot->replot();
}

std::vector<int> histogramLayers(int depth) {
    std::vector<int> layers;
    const int shown = std::min(depth, 5);
    for (int k = 0; k < shown; ++k) {
        const int l = shown == 1 ? 1 : 1 + int(std::lround(double(k) * (depth - 1) / (shown - 1)));
        if (layers.empty() || layers.back() != l) layers.push_back(l);
    }
    return layers;
}

void drawHistograms(QCustomPlot* plot, const Scene& scene, const FlowCurve* curve, bool gradients) {
    reset(plot,
          gradients ? Text::tr("|∂loss/∂input of layer| (log scale)")
                    : Text::tr("activation f(u) (output of the layer)"),
          Text::tr("share of the layer's values (%)"), false);
    const QString name = curve ? legendName(scene, curve->function) : QString();
    setTitle(plot, gradients ? Text::tr("Gradients per layer: %1").arg(name)
                             : Text::tr("Activations per layer: %1").arg(name));
    // The legend in a row of its own under the title: inside the axes it would cover the layers
    // at one end or the other (near the input when gradients explode, the output when they
    // vanish).
    if (plot->legend->layout() == plot->axisRect()->insetLayout()) {
        plot->axisRect()->insetLayout()->take(plot->legend);
        plot->plotLayout()->insertRow(1);
        plot->plotLayout()->addElement(1, 0, plot->legend);
        plot->plotLayout()->setRowStretchFactor(1, 0.001);
        plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
        plot->legend->setIconSize(18, 10);
        plot->legend->setIconTextPadding(4);
        plot->legend->setBorderPen(Qt::NoPen);
        plot->legend->setMargins(QMargins(4, 0, 4, 0));
    }
    if (gradients)
        plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new PowerOfTenTicker));
    else
        plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    static const std::vector<nn::Histogram> none;
    const auto& all = !curve      ? none
                      : gradients ? curve->gradientHistograms
                                  : curve->activationHistograms;
    const std::vector<int> layers = histogramLayers(int(all.size()));
    double top = 1;
    for (std::size_t k = 0; k < layers.size(); ++k) {
        const nn::Histogram& h = all[std::size_t(layers[k] - 1)];
        const double n = double(h.total());
        QCPGraph* g = plot->addGraph();
        // Dark near the input, light near the output; viridis' yellow end is left out: it
        // does not read on white.
        const double t = layers.size() == 1 ? 0.0 : 0.8 * double(k) / double(layers.size() - 1);
        g->setPen(QPen(viridis(t), 2.2));
        QString label = Text::tr("layer %1").arg(layers[k]);
        // A gradient of exactly 0 has no place on a log axis: said in the legend instead.
        if (gradients && n > 0 && h.nonFinite >= 0.01 * n)
            label = Text::tr("layer %1 (%2 % exactly 0)")
                        .arg(layers[k])
                        .arg(100.0 * double(h.nonFinite) / n, 0, 'f', 0);
        g->setName(label);
        for (std::size_t b = 0; b < h.counts.size(); ++b) {
            const double share = n > 0 ? 100.0 * double(h.counts[b]) / n : 0.0;
            g->addData(h.binCentre(b), share);
            top = std::max(top, share);
        }
        if (k == 0) plot->xAxis->setRange(h.lo, h.hi);
    }
    plot->yAxis->setRange(0, top * 1.08);
    plot->legend->setVisible(!layers.empty());
    plot->replot();
}

} // namespace ae
