#include "depthlab/depthlabworkspace.h"

#include "depthlab/labcharts.h"
#include "depthlab/labcontrols.h"
#include "depthlab/labmodel.h"
#include "model/scene.h"
#include "plot/accuracychart.h"
#include "plot/theme.h"

#include <qcustomplot.h>

#include <QDockWidget>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ae {

namespace {

QCustomPlot* chart(const QString& name) {
    auto* p = new QCustomPlot;
    p->setObjectName(name);
    p->setMinimumSize(240, 180);
    p->setNoAntialiasingOnDrag(true);
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

    auto* flowPage = new QWidget;
    auto* grid = new QGridLayout(flowPage);
    grid->addWidget(caption(tr("In a deep network the gradient reaching a layer is a product of "
                               "one f′ per layer above it. Where |f′| is small the product "
                               "vanishes (梯度消失); where f′ = 0 units are dead. A freshly "
                               "initialised network, the same weights for every function:")),
                    0, 0, 1, 2);
    grid->addWidget(m_gradients, 1, 0, 1, 2);
    grid->addWidget(m_saturated, 2, 0);
    grid->addWidget(m_powers, 2, 1);
    grid->setRowStretch(1, 3);
    grid->setRowStretch(2, 2);

    auto* experimentPage = new QWidget;
    auto* v = new QVBoxLayout(experimentPage);
    v->addWidget(caption(tr("The article's experiment: test accuracy as layers are added. Each "
                            "line is the mean over the seeds, its band the worst and best run.")));
    v->addWidget(m_accuracy, 1);

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
}

void DepthLabWorkspace::deactivated() {
    m_visible = false;
}

void DepthLabWorkspace::redrawFlow() {
    if (!m_visible) return;
    drawGradientNorms(m_gradients, *m_scene, m_model->flow());
    drawSaturatedShare(m_saturated, *m_scene, m_model->flow());
    drawSlopePowers(m_powers, *m_scene, m_model->flowSettings().x, m_model->flowSettings().depth);
    redrawLandscapes();
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

void DepthLabWorkspace::redrawAccuracy() {
    if (!m_visible) return;
    std::vector<std::string> functions;
    for (const QString& id : m_scene->enabledIds())
        functions.push_back(id.toStdString());
    for (const auto& r : m_model->results()) // runs of functions no longer shown stay visible
        if (std::find(functions.begin(), functions.end(), r.function) == functions.end())
            functions.push_back(r.function);
    std::string error;
    const auto data = nn::loadDataset(m_model->experiment().data, &error);
    drawAccuracy(m_accuracy, *m_scene, themeById(QStringLiteral("light")), functions,
                 m_model->results(), data ? data->classes : 0);
}

} // namespace ae
