#include "depthlab/trainingcharts.h"

#include "model/names.h"
#include "model/scene.h"
#include "plot/palette.h"
#include "plot/theme.h"

#include <qcustomplot.h>

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace ae {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DepthLabCharts)
};

const Theme& theme() {
    return themeById(QStringLiteral("light"));
}

void start(QCustomPlot* plot, const QString& title) {
    plot->clearPlottables();
    plot->clearItems();
    if (plot->plotLayout()->rowCount() == 1) {
        plot->plotLayout()->insertRow(0);
        plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot));
    }
    if (auto* t = qobject_cast<QCPTextElement*>(plot->plotLayout()->element(0, 0)))
        t->setText(title);
    plot->legend->setFont(QFont(plot->font().family(), 8));
    plot->legend->setBrush(theme().legendFill);
}

QColor functionColor(const Scene& scene, const std::string& id) {
    return curvePen(theme(), scene.colorIndex(QString::fromStdString(id)), false).color();
}

} // namespace

QString runName(const Scene& scene, const nn::RunKey& run) {
    return Text::tr("%1, depth %2, seed %3")
        .arg(legendName(scene, QString::fromStdString(run.function)))
        .arg(run.depth)
        .arg(run.seed);
}

QColor classColor(int k, bool region) {
    const QColor c = curveColor(k);
    if (!region) return c;
    // A tint three quarters of the way to white: the points in full colour stand out on it, a
    // point in the wrong region most of all.
    return QColor::fromRgbF(float(0.25 * c.redF() + 0.75), float(0.25 * c.greenF() + 0.75),
                            float(0.25 * c.blueF() + 0.75));
}

void drawLiveLoss(QCustomPlot* plot, const Scene& scene, const LiveRun& run, bool sweepRunning) {
    if (run.run.function.empty()) {
        start(plot, Text::tr("Training loss of the run in progress: press Run"));
        plot->legend->setVisible(false);
        plot->xAxis->setLabel(Text::tr("epoch"));
        plot->yAxis->setLabel(Text::tr("loss (cross-entropy)"));
        plot->xAxis->setRange(0, 1);
        plot->yAxis->setRange(0, 1);
        plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const int epochs = std::max(run.epochs, 1);
    QString where = run.finished   ? Text::tr("finished")
                    : sweepRunning ? Text::tr("epoch %1 of %2")
                                         .arg(std::min(int(run.trainLoss.size()) + 1, epochs))
                                         .arg(epochs)
                                   : Text::tr("stopped");
    QString title = Text::tr("Loss of %1: %2").arg(runName(scene, run.run), where);
    // Several runs train at once, one per thread; the chart follows one from start to end.
    if (sweepRunning && run.inProgress > 1)
        title += Text::tr(" (one of %1 runs training at once)").arg(run.inProgress);
    start(plot, title);
    plot->xAxis->setLabel(Text::tr("epoch"));
    plot->yAxis->setLabel(Text::tr("loss (cross-entropy)"));
    const QColor colour = functionColor(scene, run.run.function);

    QCPGraph* steps = plot->addGraph();
    QColor light = colour;
    light.setAlpha(90);
    steps->setPen(QPen(light, 1));
    steps->setName(Text::tr("training loss per batch"));
    const double perEpoch = std::max(run.stepsPerEpoch, 1);
    QVector<double> keys, values;
    keys.reserve(qsizetype(run.stepLoss.size()));
    values.reserve(qsizetype(run.stepLoss.size()));
    for (std::size_t i = 0; i < run.stepLoss.size(); ++i) {
        keys.append(double(i + 1) / perEpoch);
        values.append(run.stepLoss[i]);
    }
    steps->setData(keys, values, true);

    // Epoch means at the epoch's end, where its test loss is measured.
    QCPGraph* train = plot->addGraph();
    train->setPen(QPen(colour, 2.4));
    train->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 6));
    train->setName(Text::tr("training loss, epoch mean"));
    QCPGraph* test = plot->addGraph();
    test->setPen(QPen(colour, 2.4, Qt::DashLine));
    test->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssSquare, QPen(colour, 2), QBrush(Qt::white), 7));
    test->setName(Text::tr("test loss, epoch end"));
    double top = 0;
    for (std::size_t e = 0; e < run.trainLoss.size(); ++e)
        if (std::isfinite(run.trainLoss[e])) {
            train->addData(double(e + 1), run.trainLoss[e]);
            top = std::max(top, run.trainLoss[e]);
        }
    for (std::size_t e = 0; e < run.testLoss.size(); ++e)
        if (std::isfinite(run.testLoss[e])) {
            test->addData(double(e + 1), run.testLoss[e]);
            top = std::max(top, run.testLoss[e]);
        }
    // The batches' losses scatter; the axis follows the bulk of them (the 98th percentile), so
    // one wild batch at the start does not flatten the curves.
    std::vector<double> finite;
    for (double v : run.stepLoss)
        if (std::isfinite(v)) finite.push_back(v);
    if (!finite.empty()) {
        const auto k = finite.begin() + std::ptrdiff_t(0.98 * double(finite.size() - 1));
        std::nth_element(finite.begin(), k, finite.end());
        top = std::max(top, *k);
    }
    plot->xAxis->setRange(0, epochs);
    plot->yAxis->setRange(0, std::max(top * 1.1, 0.1));
    plot->legend->setVisible(true);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignRight | Qt::AlignTop);
    // At most 20 snapshots a second arrive; a queued replot merges any that come together.
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void drawDecisionRegion(QCustomPlot* plot, const Scene& scene, const DecisionRegionModel& regions,
                        const QString& hint) {
    plot->xAxis->setLabel(Text::tr("x₁"));
    plot->yAxis->setLabel(Text::tr("x₂"));
    const auto& region = regions.region();
    if (regions.busy() && regions.requested()) {
        const nn::RunResult& r = *regions.requested();
        start(plot, Text::tr("Re-training %1 from its seed…")
                        .arg(runName(scene, {r.function, r.depth, r.seed})));
        plot->legend->setVisible(false);
        return plot->replot();
    }
    if (!region) {
        start(plot, regions.requested() ? Text::tr("This run could not be re-trained.") : hint);
        plot->legend->setVisible(false);
        return plot->replot();
    }
    const DecisionRegion& d = *region;
    start(plot, Text::tr("%1: test accuracy %2 %")
                    .arg(runName(scene, {d.run.function, d.run.depth, d.run.seed}))
                    .arg(100.0 * d.run.testAccuracy, 0, 'f', 1));

    auto* map = new QCPColorMap(plot->xAxis, plot->yAxis);
    map->data()->setSize(d.nx, d.ny);
    map->data()->setRange(QCPRange(d.x0, d.x1), QCPRange(d.y0, d.y1));
    for (int j = 0; j < d.ny; ++j)
        for (int i = 0; i < d.nx; ++i) {
            const int c = d.at(i, j);
            map->data()->setCell(i, j, c >= 0 ? double(c) : std::nan(""));
        }
    // One flat colour per class: levelCount = classes puts class k exactly on stop k.
    const int classes = std::max(d.classes, 2);
    QCPColorGradient gradient;
    for (int k = 0; k < classes; ++k)
        gradient.setColorStopAt(double(k) / (classes - 1), classColor(k, true));
    gradient.setLevelCount(classes);
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    map->setGradient(gradient);
    map->setDataRange(QCPRange(0, classes - 1));
    map->setInterpolate(false);
    map->removeFromLegend();

    // Training points filled, test points hollow rings: both in their class's colour.
    const auto points = [&](const Eigen::MatrixXf& x, const std::vector<int>& y, bool testSet) {
        for (int k = 0; k < classes; ++k) {
            QCPGraph* g = plot->addGraph();
            g->setLineStyle(QCPGraph::lsNone);
            const QColor c = classColor(k, false);
            g->setScatterStyle(
                testSet ? QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(c, 1.8), Qt::NoBrush, 7)
                        : QCPScatterStyle(QCPScatterStyle::ssDisc, QPen(c.darker(140), 0.8),
                                          QBrush(c), 5));
            g->removeFromLegend();
            for (Eigen::Index n = 0; n < x.cols(); ++n)
                if (y[std::size_t(n)] == k) g->addData(x(0, n), x(1, n));
        }
    };
    points(d.trainX, d.trainY, false);
    points(d.testX, d.testY, true);
    // The legend explains the two marks in neutral grey; the colours are the classes.
    const QColor grey = theme().ink;
    QCPGraph* trainKey = plot->addGraph();
    trainKey->setLineStyle(QCPGraph::lsNone);
    trainKey->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QPen(grey), grey, 5));
    trainKey->setName(Text::tr("training points"));
    QCPGraph* testKey = plot->addGraph();
    testKey->setLineStyle(QCPGraph::lsNone);
    testKey->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(grey, 1.8), Qt::NoBrush, 7));
    testKey->setName(Text::tr("test points"));
    plot->legend->setVisible(true);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignRight | Qt::AlignTop);

    plot->xAxis->setRange(d.x0, d.x1);
    plot->yAxis->setRange(d.y0, d.y1);
    // The same scale on both axes: a circle stays a circle.
    plot->replot();
    plot->yAxis->setScaleRatio(plot->xAxis, 1.0);
    if (plot->yAxis->range().lower > d.y0 || plot->yAxis->range().upper < d.y1) {
        plot->yAxis->setRange(d.y0, d.y1);
        plot->xAxis->setScaleRatio(plot->yAxis, 1.0);
    }
    plot->replot();
}

} // namespace ae
