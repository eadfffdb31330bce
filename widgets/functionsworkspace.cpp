#include "widgets/functionsworkspace.h"

#include "model/analysismodel.h"
#include "model/parameteranimator.h"
#include "model/scene.h"
#include "widgets/functionlist.h"
#include "widgets/parameterpanel.h"
#include "widgets/plotview.h"
#include "widgets/propertiespanel.h"
#include "widgets/viewcontrols.h"
#include "widgets/wheelguard.h"

#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ae {

FunctionsWorkspace::FunctionsWorkspace(Scene* scene, QObject* parent) : Workspace(parent) {
    // Before the views: they subscribe to it, and it is deleted with this workspace, first.
    m_analysis = new AnalysisModel(scene, this, AnalysisModel::Mode::Worker);

    auto* side = new QWidget;
    auto* layout = new QVBoxLayout(side);
    layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Functions")), side));
    m_filter = new QLineEdit(side);
    m_filter->setObjectName(QStringLiteral("functionFilter"));
    m_filter->setPlaceholderText(tr("Filter functions…"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_functions = new FunctionList(scene, side);
    m_functions->setMinimumHeight(220);
    layout->addWidget(m_functions);
    connect(m_filter, &QLineEdit::textChanged, m_functions, &FunctionList::setFilter);

    m_summary = new QLabel(side);
    m_summary->setObjectName(QStringLiteral("saturationSummary"));
    m_summary->setWordWrap(true);
    m_summary->setFrameShape(QFrame::StyledPanel);
    m_summary->setMargin(6);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Properties")), side));
    m_properties = new PropertiesPanel(scene, m_analysis, side);
    layout->addWidget(m_properties);

    layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Parameters")), side));
    m_parameters = new ParameterPanel(scene, side);
    layout->addWidget(m_parameters);
    layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("View")), side));
    m_view = new ViewControls(scene, side);
    layout->addWidget(m_view);
    layout->addStretch(1);

    auto* scroll = new QScrollArea;
    scroll->setWidget(side);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(side->sizeHint().width() + 24);
    scroll->setObjectName(QStringLiteral("controlsScroll"));
    WheelGuard::install(scroll, side);
    m_dock = new QDockWidget(tr("Controls"));
    m_dock->setObjectName(QStringLiteral("controlsDock"));
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_dock->setWidget(scroll);

    m_plot = new PlotView(scene, m_analysis); // its theme is the document's (MainWindow)
    connect(m_parameters->animator(), &ParameterAnimator::runningChanged, m_analysis,
            [this](const QString& running) { m_analysis->setTextsEveryFrame(!running.isEmpty()); });

    auto showSummary = [this] { m_summary->setText(m_analysis->summary()); };
    connect(m_analysis, &AnalysisModel::textsChanged, m_summary, showSummary);
    showSummary();
    ownUntilAdopted({m_plot, m_dock});
}

FunctionsWorkspace::~FunctionsWorkspace() = default;

QString FunctionsWorkspace::id() const {
    return QStringLiteral("functions");
}

QString FunctionsWorkspace::title() const {
    return tr("Functions");
}

QWidget* FunctionsWorkspace::centralWidget() {
    return m_plot;
}

QList<QDockWidget*> FunctionsWorkspace::docks() {
    return {m_dock};
}

} // namespace ae
