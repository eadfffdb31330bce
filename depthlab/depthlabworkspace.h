// DepthLabWorkspace: the second workspace — why saturation matters. In the centre the gradient
// flow of a fresh network for every shown function (live with β and a) and the depth
// experiment's accuracy against depth; in the dock the settings of both, Run, Cancel and the
// sweep's progress. It reads the shared Scene (the functions and their parameters) through its
// DepthLabModel and writes nothing back to it.
#pragma once

#include "widgets/workspace.h"

#include "core/nn/train.h"

#include <optional>

class QComboBox;
class QCustomPlot;
class QGridLayout;
class QMouseEvent;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace ae {

class DepthLabControls;
class DepthLabModel;
class Scene;

class DepthLabWorkspace : public Workspace {
    Q_OBJECT
  public:
    explicit DepthLabWorkspace(Scene* scene, QObject* parent = nullptr);
    ~DepthLabWorkspace() override;

    QString id() const override;
    QString title() const override;
    QWidget* centralWidget() override;
    QList<QDockWidget*> docks() override;
    void activated() override;
    void deactivated() override;

    DepthLabModel* model() const { return m_model; }
    DepthLabControls* controls() const { return m_controls; }
    QCustomPlot* gradientPlot() const { return m_gradients; }
    QCustomPlot* accuracyPlot() const { return m_accuracy; }
    QTabWidget* tabs() const { return m_tabs; }
    QList<QCustomPlot*> landscapePlots() const { return m_landscapes; }
    QCustomPlot* activationHistogramPlot() const { return m_activationHist; }
    QCustomPlot* gradientHistogramPlot() const { return m_gradientHist; }
    QComboBox* histogramFunctionBox() const { return m_histFunction; }
    QCustomPlot* liveLossPlot() const { return m_liveLoss; }
    QCustomPlot* regionPlot() const { return m_region; }
    QComboBox* regionRunBox() const { return m_regionRun; }
    // The finished run whose point (or band) of the accuracy chart is at `pixel`, if any: the
    // nearest (function, depth), then the seed whose accuracy is nearest the pixel's height.
    std::optional<nn::RunResult> runAt(const QPointF& pixel) const;
    // The figure of accuracy against depth as --export writes it (title, setup line, chart),
    // atomically; false with *error saying why. The Export button asks for the file first.
    bool exportAccuracy(const QString& path, QString* error) const;
    QPushButton* exportButton() const { return m_export; }

  private:
    void chooseExportFile();
    std::vector<std::string> chartedFunctions() const;
    void redrawFlow();
    void redrawHistograms();
    void redrawAccuracy();
    void redrawLandscapes();
    void redrawLiveLoss();
    void redrawRegion();
    void updateRunList();
    void accuracyClicked(QMouseEvent* event);
    void showRun(const nn::RunResult& run);

    Scene* m_scene;
    DepthLabModel* m_model;
    DepthLabControls* m_controls;
    QTabWidget* m_tabs;
    QCustomPlot *m_gradients, *m_saturated, *m_powers, *m_accuracy;
    QCustomPlot *m_activationHist, *m_gradientHist, *m_liveLoss, *m_region;
    QComboBox *m_histFunction, *m_regionRun;
    QPushButton* m_export = nullptr;
    QWidget* m_landscapePage;
    QGridLayout* m_landscapeGrid;
    QList<QCustomPlot*> m_landscapes;
    QDockWidget* m_dock;
    bool m_visible = false;
    bool m_flowStale = true;
};

} // namespace ae
