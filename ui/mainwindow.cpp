#include "mainwindow.h"

#include "functionlist.h"
#include "parameterpanel.h"
#include "plotview.h"
#include "saturationmodel.h"
#include "scene.h"
#include "sceneSettings.h"
#include "settingskeys.h"
#include "viewcontrols.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

MainWindow::MainWindow(Scene* scene, QSettings* settings, QWidget* parent)
    : QMainWindow(parent), m_scene(scene), m_settings(settings) {
    setWindowTitle(tr("Activation Explorer"));
    setObjectName(QStringLiteral("mainWindow"));
    m_saturation = new SaturationModel(scene, this);

    auto* side = new QWidget;
    auto* layout = new QVBoxLayout(side);
    layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Functions")), side));
    m_functions = new FunctionList(scene, side);
    m_functions->setMinimumHeight(150);
    layout->addWidget(m_functions);

    m_summary = new QLabel(side);
    m_summary->setObjectName(QStringLiteral("saturationSummary"));
    m_summary->setWordWrap(true);
    m_summary->setFrameShape(QFrame::StyledPanel);
    m_summary->setMargin(6);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

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
    auto* dock = new QDockWidget(tr("Controls"), this);
    dock->setObjectName(QStringLiteral("controlsDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    dock->setWidget(scroll);
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    m_plot = new PlotView(scene, m_saturation, this);
    setCentralWidget(m_plot);

    auto updateSummary = [this] { m_summary->setText(m_saturation->summary()); };
    connect(m_saturation, &SaturationModel::changed, this, updateSummary);
    updateSummary();

    buildMenus();
    resize(1280, 800);
    if (m_settings) {
        restoreGeometry(m_settings->value(SettingsKeys::geometry).toByteArray());
        restoreState(m_settings->value(SettingsKeys::windowState).toByteArray());
    }
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* reset = view->addAction(tr("&Reset View"), m_scene, &Scene::resetView);
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addAction(tr("Reset &Parameters"), m_scene, &Scene::resetParameters);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Activation Explorer"), this, [this] {
        QMessageBox::about(
            this, tr("About Activation Explorer"),
            tr("<h3>Activation Explorer %1</h3><p>Explore neural-network activation functions, "
               "their derivatives and where their gradients vanish.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_settings) {
        m_settings->setValue(SettingsKeys::geometry, saveGeometry());
        m_settings->setValue(SettingsKeys::windowState, saveState());
        saveScene(*m_scene, *m_settings);
    }
    event->accept();
}
