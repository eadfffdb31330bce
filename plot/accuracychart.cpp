#include "plot/accuracychart.h"

#include "model/names.h"
#include "model/numbers.h"
#include "model/scene.h"
#include "plot/figure.h"
#include "plot/theme.h"

#include <qcustomplot.h>

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace ae {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DepthLabCharts)
};

} // namespace

void applyChartTheme(QCustomPlot* plot, const Theme& t, bool transparent) {
    plot->setBackground(transparent ? QBrush(Qt::transparent) : QBrush(t.background));
    for (QCPAxisRect* rect : plot->axisRects())
        applyThemeToAxes(rect, t);
    plot->legend->setBrush(t.legendFill);
    plot->legend->setTextColor(t.ink);
    plot->legend->setBorderPen(QPen(t.grid));
}

void drawAccuracy(QCustomPlot* plot, const Scene& scene, const Theme& theme,
                  const std::vector<std::string>& functions,
                  const std::vector<nn::RunResult>& results, int classes) {
    plot->clearPlottables();
    plot->clearItems();
    plot->xAxis->setLabel(Text::tr("hidden layers"));
    plot->yAxis->setLabel(Text::tr("test accuracy (%)"));
    plot->legend->setFont(QFont(plot->font().family(), 8));
    int maxDepth = 1;
    for (const std::string& f : functions) {
        std::map<int, std::vector<double>> byDepth;
        for (const auto& r : results)
            if (r.function == f) byDepth[r.depth].push_back(100.0 * r.testAccuracy);
        if (byDepth.empty()) continue;
        const QString id = QString::fromStdString(f);
        QCPGraph* mean = plot->addGraph();
        mean->setPen(curvePen(theme, scene.colorIndex(id), false));
        mean->setName(legendName(scene, id));
        mean->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 4));
        QCPGraph* low = plot->addGraph();
        QCPGraph* high = plot->addGraph();
        QColor band = mean->pen().color();
        band.setAlpha(50);
        for (QCPGraph* g : {low, high}) {
            g->setPen(Qt::NoPen);
            g->removeFromLegend();
        }
        // The band between the seeds' worst and best: how much one run could have misled.
        high->setBrush(band);
        high->setChannelFillGraph(low);
        for (const auto& [depth, acc] : byDepth) {
            double sum = 0;
            for (double a : acc)
                sum += a;
            mean->addData(depth, sum / double(acc.size()));
            low->addData(depth, *std::min_element(acc.begin(), acc.end()));
            high->addData(depth, *std::max_element(acc.begin(), acc.end()));
            maxDepth = std::max(maxDepth, depth);
        }
    }
    if (classes > 0) {
        auto* chance = new QCPItemStraightLine(plot);
        chance->point1->setCoords(0, 100.0 / classes);
        chance->point2->setCoords(1, 100.0 / classes);
        chance->setPen(QPen(theme.ink, 1, Qt::DashLine));
        auto* label = new QCPItemText(plot);
        label->position->setCoords(0.2, 100.0 / classes);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        label->setText(Text::tr("chance"));
        label->setColor(theme.ink);
    }
    plot->xAxis->setRange(0, maxDepth + 1);
    plot->yAxis->setRange(0, 100);
    // The legend gets a row of its own above the chart, entries side by side: inside it would
    // cover a curve or the chance label wherever it sat (deep runs fall to chance on the right,
    // shallow ones reach 100 % on the left).
    if (plot->legend->layout() == plot->axisRect()->insetLayout()) {
        QCPLayoutGrid* grid = plot->plotLayout();
        int row = 0;
        while (row < grid->rowCount() && grid->element(row, 0) != plot->axisRect())
            ++row;
        plot->axisRect()->insetLayout()->take(plot->legend);
        grid->insertRow(row);
        // Centred between two empty cells that take the spare width.
        auto* line = new QCPLayoutGrid;
        grid->addElement(row, 0, line);
        grid->setRowStretchFactor(row, 0.001);
        line->addElement(0, 0, new QCPLayoutElement(plot));
        line->addElement(0, 1, plot->legend);
        line->addElement(0, 2, new QCPLayoutElement(plot));
        line->setColumnStretchFactors({1.0, 0.001, 1.0});
        plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
        plot->legend->setMargins(QMargins(0, 4, 0, 0));
    }
    plot->legend->setVisible(plot->legend->itemCount() > 0);
    plot->replot();
}

QString experimentSummary(const nn::ExperimentConfig& c) {
    const nn::TrainConfig& t = c.train;
    QStringList parts;
    parts << QString::fromStdString(c.data.name) << Text::tr("width %1").arg(t.width);
    if (t.batchNorm) parts << Text::tr("BatchNorm");
    if (t.dropout > 0) parts << Text::tr("dropout %1").arg(formatNumber(t.dropout));
    const bool adam = t.optimizer.kind == nn::OptimizerConfig::Kind::Adam;
    QString opt = (adam ? Text::tr("Adam lr %1") : Text::tr("SGD lr %1"))
                      .arg(formatNumber(t.optimizer.learningRate));
    if (!adam && t.optimizer.momentum > 0)
        opt += QLatin1Char(' ') + Text::tr("momentum %1").arg(formatNumber(t.optimizer.momentum));
    parts << opt << Text::tr("batch %1").arg(t.batch)
          << (t.epochs == 1 ? Text::tr("1 epoch") : Text::tr("%1 epochs").arg(t.epochs))
          << (c.seeds == 1 ? Text::tr("1 seed") : Text::tr("%1 seeds").arg(c.seeds));
    return parts.join(QStringLiteral(" · "));
}

bool exportAccuracyFigure(const QString& path, const Scene& scene,
                          const nn::ExperimentConfig& config,
                          const std::vector<nn::RunResult>& results, const FigureOptions& options,
                          QString* error) {
    const Theme& theme = themeById(options.theme);
    QCustomPlot plot;
    plot.setAttribute(Qt::WA_DontShowOnScreen);
    plot.resize(options.size);
    const QString title =
        options.title.isEmpty() ? Text::tr("Test accuracy against depth") : options.title;
    // Title and the setup's summary above the chart, as two rows of the plot's layout.
    plot.plotLayout()->insertRow(0);
    auto* heading = new QCPTextElement(&plot, title, QFont(plot.font().family(), 13, QFont::Bold));
    heading->setTextColor(theme.ink);
    plot.plotLayout()->addElement(0, 0, heading);
    plot.plotLayout()->insertRow(1);
    auto* summary =
        new QCPTextElement(&plot, experimentSummary(config), QFont(plot.font().family(), 9));
    summary->setTextColor(theme.ink);
    plot.plotLayout()->addElement(1, 0, summary);
    std::vector<std::string> functions = config.functions;
    for (const auto& r : results) // runs of other functions (a resumed file) are shown too
        if (std::find(functions.begin(), functions.end(), r.function) == functions.end())
            functions.push_back(r.function);
    drawAccuracy(&plot, scene, theme, functions, results, nn::datasetClasses(config.data.name));
    plot.legend->setVisible(options.legend && plot.legend->itemCount() > 0);
    applyChartTheme(&plot, theme, options.transparent);
    plot.replot();
    return exportPlotFile(path, plot, options, title, error);
}

} // namespace ae
