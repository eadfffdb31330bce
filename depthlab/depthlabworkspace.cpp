#include "depthlab/depthlabworkspace.h"

#include "depthlab/labcharts.h"
#include "depthlab/labcontrols.h"
#include "depthlab/labmodel.h"
#include "depthlab/regionmodel.h"
#include "depthlab/trainingcharts.h"
#include "model/names.h"
#include "model/scene.h"
#include "plot/accuracychart.h"
#include "plot/theme.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>
#include <map>

namespace ae {

namespace {

QCustomPlot* chart(const QString& name) {
    auto* p = new QCustomPlot;
    p->setObjectName(name);
    p->setMinimumSize(240, 180);
    p->setNoAntialiasingOnDrag(true);
    // QCustomPlot sets log-axis powers (10⁻²) only where the locale writes its exponent as "e";
    // Chinese writes "E", which left "1E-02" on the axes. Digits read the same in both.
    p->setLocale(QLocale::c());
    return p;
}

QLabel* caption(const QString& text) {
    auto* l = new QLabel(text);
    l->setWordWrap(true);
    return l;
}

} // namespace

DepthLabWorkspace::DepthLabWorkspace(Scene* scene, QObject* parent)
    : Workspace(parent), m_scene(scene), m_model(new DepthLabModel(scene, this)) {
    m_gradients = chart(QStringLiteral("gradientNorms"));
    m_saturated = chart(QStringLiteral("saturatedShare"));
    m_powers = chart(QStringLiteral("slopePowers"));
    m_accuracy = chart(QStringLiteral("accuracyByDepth"));
    m_activationHist = chart(QStringLiteral("activationHistograms"));
    m_gradientHist = chart(QStringLiteral("gradientHistograms"));
    m_liveLoss = chart(QStringLiteral("liveLoss"));
    m_region = chart(QStringLiteral("decisionRegion"));

    // Three columns: the norms wide on top beside the textbook picture; below, saturation and
    // the histograms it comes from, for one function at a time (five layers' lines per chart
    // read on a projector; every function's at once would not).
    auto* flowPage = new QWidget;
    auto* grid = new QGridLayout(flowPage);
    grid->addWidget(caption(tr("In a deep network the gradient reaching a layer is a product of "
                               "one f′ per layer above it. Where |f′| is small the product "
                               "vanishes (梯度消失); where f′ = 0 units are dead. A freshly "
                               "initialised network, the same weights for every function:")),
                    0, 0, 1, 3);
    grid->addWidget(m_gradients, 1, 0, 1, 2);
    grid->addWidget(m_powers, 1, 2);
    m_histFunction = new QComboBox;
    m_histFunction->setObjectName(QStringLiteral("histogramFunction"));
    m_histFunction->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* histBar = new QHBoxLayout;
    histBar->addWidget(new QLabel(tr("Histograms at initialisation of:")));
    histBar->addWidget(m_histFunction);
    histBar->addWidget(caption(tr("Layers coloured from the input (dark) to the output (light).")),
                       1);
    grid->addLayout(histBar, 2, 1, 1, 2);
    grid->addWidget(m_saturated, 2, 0, 2, 1);
    grid->addWidget(m_activationHist, 3, 1);
    grid->addWidget(m_gradientHist, 3, 2);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(3, 1);
    connect(m_histFunction, &QComboBox::currentIndexChanged, this,
            &DepthLabWorkspace::redrawHistograms);

    // The accuracy chart beside the decision region its clicks choose; the run in progress
    // below, wide, for its hundreds of batches.
    auto* experimentPage = new QWidget;
    auto* eg = new QGridLayout(experimentPage);
    eg->addWidget(caption(tr("The article's experiment: test accuracy as layers are added. Each "
                             "line is the mean over the seeds, its band the worst and best run. "
                             "On a 2-D data set, click a point to see that run's decision "
                             "region.")),
                  0, 0, 1, 2);
    m_export = new QPushButton(tr("Export Figure…"));
    m_export->setObjectName(QStringLiteral("exportAccuracy"));
    m_export->setToolTip(tr("Save this chart, with a title and a line stating the setup, as PNG, "
                            "JPEG, SVG or PDF for notes and slides"));
    m_export->setEnabled(false); // until there is a run to show
    connect(m_export, &QPushButton::clicked, this, &DepthLabWorkspace::chooseExportFile);
    auto* exportBar = new QHBoxLayout;
    exportBar->addStretch(1);
    exportBar->addWidget(m_export);
    eg->addLayout(exportBar, 1, 0);
    eg->addWidget(m_accuracy, 2, 0);
    m_regionRun = new QComboBox;
    m_regionRun->setObjectName(QStringLiteral("regionRun"));
    m_regionRun->setPlaceholderText(tr("a finished run of a 2-D data set"));
    auto* runBar = new QHBoxLayout;
    runBar->addWidget(new QLabel(tr("Decision region of:")));
    runBar->addWidget(m_regionRun, 1);
    eg->addLayout(runBar, 1, 1);
    eg->addWidget(m_region, 2, 1);
    eg->addWidget(m_liveLoss, 3, 0, 1, 2);
    eg->setColumnStretch(0, 1);
    eg->setColumnStretch(1, 1);
    eg->setRowStretch(2, 3);
    eg->setRowStretch(3, 2);
    connect(m_regionRun, &QComboBox::activated, this, [this](int index) {
        const QVariantList key = m_regionRun->itemData(index).toList();
        if (key.size() != 3) return;
        for (const auto& r : m_model->results())
            if (r.function == key[0].toString().toStdString() && r.depth == key[1].toInt() &&
                r.seed == key[2].toULongLong())
                return showRun(r);
    });
    connect(m_accuracy, &QCustomPlot::mousePress, this, &DepthLabWorkspace::accuracyClicked);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("depthLabTabs"));
    m_tabs->addTab(flowPage, tr("Gradient flow"));
    m_tabs->addTab(experimentPage, tr("Depth experiment"));
    m_landscapePage = new QWidget;
    auto* lv = new QVBoxLayout(m_landscapePage);
    lv->addWidget(caption(tr("The output of one random network (2 → 64 → 32 → 16 → 1, the "
                             "activation after every layer) over the square [0, 10]², the same "
                             "weights for every function. ReLU's surface is piecewise linear, "
                             "flat facets meeting in creases; Swish and Mish are smooth. Change "
                             "the seed in the dock.")));
    m_landscapeGrid = new QGridLayout;
    lv->addLayout(m_landscapeGrid, 1);
    m_tabs->addTab(m_landscapePage, tr("Output landscape"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &DepthLabWorkspace::redrawLandscapes);

    m_controls = new DepthLabControls(m_model);
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_controls);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_dock = new QDockWidget(tr("Depth lab"));
    m_dock->setObjectName(QStringLiteral("depthLabDock"));
    m_dock->setWidget(scroll);
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    ownUntilAdopted({m_tabs, m_dock});

    // Charts are drawn only while the lab is shown; a hidden lab just remembers it is behind.
    connect(m_model, &DepthLabModel::flowChanged, this, &DepthLabWorkspace::redrawFlow);
    connect(m_model, &DepthLabModel::resultsChanged, this, &DepthLabWorkspace::redrawAccuracy);
    connect(m_scene, &Scene::parameterChanged, this, &DepthLabWorkspace::redrawFlow);
    connect(m_model, &DepthLabModel::liveRunChanged, this, &DepthLabWorkspace::redrawLiveLoss);
    connect(m_model, &DepthLabModel::sweepFinished, this, &DepthLabWorkspace::redrawLiveLoss);
    connect(m_model, &DepthLabModel::experimentChanged, this, &DepthLabWorkspace::redrawRegion);
    connect(m_model->regions(), &DecisionRegionModel::regionChanged, this,
            &DepthLabWorkspace::redrawRegion);
}

DepthLabWorkspace::~DepthLabWorkspace() = default;

QString DepthLabWorkspace::id() const {
    return QStringLiteral("depth-lab");
}

QString DepthLabWorkspace::title() const {
    return tr("Depth lab");
}

QWidget* DepthLabWorkspace::centralWidget() {
    return m_tabs;
}

QList<QDockWidget*> DepthLabWorkspace::docks() {
    return {m_dock};
}

void DepthLabWorkspace::activated() {
    m_visible = true;
    redrawFlow();
    redrawAccuracy();
    redrawLiveLoss();
    redrawRegion();
}

void DepthLabWorkspace::deactivated() {
    m_visible = false;
}

void DepthLabWorkspace::redrawFlow() {
    if (!m_visible) return;
    drawGradientNorms(m_gradients, *m_scene, m_model->flow());
    drawSaturatedShare(m_saturated, *m_scene, m_model->flow());
    drawSlopePowers(m_powers, *m_scene, m_model->flowSettings().x, m_model->flowSettings().depth);
    // The histogram's choice of function follows the functions shown, keeping the one chosen.
    const QString chosen = m_histFunction->currentData().toString();
    {
        const QSignalBlocker block(m_histFunction);
        m_histFunction->clear();
        for (const FlowCurve& c : m_model->flow())
            m_histFunction->addItem(legendName(*m_scene, c.function), c.function);
        const int keep = m_histFunction->findData(chosen);
        m_histFunction->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    redrawHistograms();
    redrawLandscapes();
}

void DepthLabWorkspace::redrawHistograms() {
    if (!m_visible) return;
    const FlowCurve* curve = nullptr;
    for (const FlowCurve& c : m_model->flow())
        if (c.function == m_histFunction->currentData().toString()) curve = &c;
    drawHistograms(m_activationHist, *m_scene, curve, false);
    drawHistograms(m_gradientHist, *m_scene, curve, true);
}

void DepthLabWorkspace::redrawLandscapes() {
    if (!m_visible || m_tabs->currentWidget() != m_landscapePage) return;
    const auto& flow = m_model->flow();
    while (m_landscapes.size() > qsizetype(flow.size()))
        delete m_landscapes.takeLast();
    while (m_landscapes.size() < qsizetype(flow.size())) {
        QCustomPlot* p = chart(QStringLiteral("landscape%1").arg(m_landscapes.size()));
        p->setMinimumSize(160, 160);
        m_landscapes.append(p);
    }
    const int columns = flow.size() <= 4 ? 2 : 3;
    for (int i = 0; i < m_landscapes.size(); ++i) {
        m_landscapeGrid->addWidget(m_landscapes[i], i / columns, i % columns);
        drawLandscape(m_landscapes[i], *m_scene, flow[std::size_t(i)],
                      m_model->flowSettings().landscape);
    }
}

std::vector<std::string> DepthLabWorkspace::chartedFunctions() const {
    std::vector<std::string> functions;
    for (const QString& id : m_scene->enabledIds())
        functions.push_back(id.toStdString());
    for (const auto& r : m_model->results()) // runs of functions no longer shown stay visible
        if (std::find(functions.begin(), functions.end(), r.function) == functions.end())
            functions.push_back(r.function);
    return functions;
}

bool DepthLabWorkspace::exportAccuracy(const QString& path, QString* error) const {
    nn::ExperimentConfig c = m_model->experiment();
    c.functions = chartedFunctions();
    FigureOptions options;
    options.size = QSize(1200, 800);
    return exportAccuracyFigure(path, *m_scene, c, m_model->results(), options, error);
}

void DepthLabWorkspace::chooseExportFile() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        m_accuracy, tr("Export Figure"), QDir(dir).filePath(QStringLiteral("depth-experiment.png")),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;JPEG image (*.jpg)"));
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".png");
    QString error;
    if (!exportAccuracy(path, &error))
        QMessageBox::warning(
            m_accuracy, tr("Export Figure"),
            tr("Could not export %1: %2").arg(QDir::toNativeSeparators(path), error));
}

void DepthLabWorkspace::redrawAccuracy() {
    if (!m_visible) return;
    m_export->setEnabled(!m_model->results().empty());
    const std::vector<std::string> functions = chartedFunctions();
    const std::vector<int>& depths = m_model->experiment().depths;
    drawAccuracy(m_accuracy, *m_scene, themeById(QStringLiteral("light")), functions,
                 m_model->results(), nn::datasetClasses(m_model->experiment().data.name),
                 depths.empty() ? 0 : *std::max_element(depths.begin(), depths.end()));
    // The run whose decision region is shown, ringed.
    if (const auto& run = m_model->regions()->requested()) {
        QCPGraph* ring = m_accuracy->addGraph();
        ring->setLineStyle(QCPGraph::lsNone);
        ring->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle,
                                              QPen(QColor(30, 30, 30), 2), Qt::NoBrush, 14));
        ring->removeFromLegend();
        ring->addData(run->depth, 100.0 * run->testAccuracy);
        m_accuracy->replot();
    }
    updateRunList();
}

void DepthLabWorkspace::updateRunList() {
    const QSignalBlocker block(m_regionRun);
    m_regionRun->clear();
    const bool flat = nn::isTwoDimensional(m_model->experiment().data.name);
    std::vector<const nn::RunResult*> runs;
    for (const auto& r : m_model->results())
        runs.push_back(&r);
    std::sort(runs.begin(), runs.end(), [](const nn::RunResult* a, const nn::RunResult* b) {
        return std::tie(a->function, a->depth, a->seed) < std::tie(b->function, b->depth, b->seed);
    });
    const auto& shown = m_model->regions()->requested();
    for (const nn::RunResult* r : runs) {
        m_regionRun->addItem(
            tr("%1: %2 %")
                .arg(runName(*m_scene, {r->function, r->depth, r->seed}))
                .arg(100.0 * r->testAccuracy, 0, 'f', 1),
            QVariantList{QString::fromStdString(r->function), r->depth, qulonglong(r->seed)});
        if (shown && shown->function == r->function && shown->depth == r->depth &&
            shown->seed == r->seed)
            m_regionRun->setCurrentIndex(m_regionRun->count() - 1);
    }
    if (!shown) m_regionRun->setCurrentIndex(-1);
    m_regionRun->setEnabled(flat && !runs.empty());
}

std::optional<nn::RunResult> DepthLabWorkspace::runAt(const QPointF& pixel) const {
    struct Cell {
        double sum = 0, lo = 1, hi = 0;
        std::vector<const nn::RunResult*> runs;
    };
    std::map<std::pair<std::string, int>, Cell> cells;
    for (const auto& r : m_model->results()) {
        Cell& c = cells[{r.function, r.depth}];
        c.sum += r.testAccuracy;
        c.lo = std::min(c.lo, r.testAccuracy);
        c.hi = std::max(c.hi, r.testAccuracy);
        c.runs.push_back(&r);
    }
    const QCPAxis* xa = m_accuracy->xAxis;
    const QCPAxis* ya = m_accuracy->yAxis;
    // A click counts within a finger's width of a point or of its band.
    constexpr double reach = 14;
    const Cell* best = nullptr;
    double bestDistance = reach, bestToMean = 0;
    for (const auto& [key, c] : cells) {
        const double dx = std::fabs(pixel.x() - xa->coordToPixel(key.second));
        const double top = ya->coordToPixel(100.0 * c.hi), bottom = ya->coordToPixel(100.0 * c.lo);
        const double dy = pixel.y() < top      ? top - pixel.y()
                          : pixel.y() > bottom ? pixel.y() - bottom
                                               : 0.0;
        const double distance = std::hypot(dx, dy);
        const double toMean =
            std::fabs(pixel.y() - ya->coordToPixel(100.0 * c.sum / double(c.runs.size())));
        if (distance < bestDistance || (best && distance == bestDistance && toMean < bestToMean)) {
            best = &c;
            bestDistance = distance;
            bestToMean = toMean;
        }
    }
    if (!best) return std::nullopt;
    const double accuracy = ya->pixelToCoord(pixel.y()) / 100.0;
    const nn::RunResult* chosen = best->runs.front();
    for (const nn::RunResult* r : best->runs)
        if (std::fabs(r->testAccuracy - accuracy) < std::fabs(chosen->testAccuracy - accuracy))
            chosen = r;
    return *chosen;
}

void DepthLabWorkspace::accuracyClicked(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    if (const auto run = runAt(event->position())) showRun(*run);
}

void DepthLabWorkspace::showRun(const nn::RunResult& run) {
    if (!m_model->showDecisionRegion(run)) return;
    redrawAccuracy(); // the ring moves to the run, and the list selects it
}

void DepthLabWorkspace::redrawLiveLoss() {
    if (!m_visible) return;
    drawLiveLoss(m_liveLoss, *m_scene, m_model->liveRun(), m_model->sweepRunning());
}

void DepthLabWorkspace::redrawRegion() {
    if (!m_visible) return;
    const QString hint =
        nn::isTwoDimensional(m_model->experiment().data.name)
            ? tr("Click a point of the accuracy chart, or choose a run above:\nthe classes "
                 "its network predicts over the plane")
            : tr("Decision regions need a 2-D data set:\nspiral, circle, xor, gauss or moons");
    drawDecisionRegion(m_region, *m_scene, *m_model->regions(), hint);
}

} // namespace ae
