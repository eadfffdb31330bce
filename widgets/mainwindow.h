// MainWindow: assembles the views around one Scene — function list, saturation sentence,
// parameter controls and view controls on the side, the stacked plot in the centre. It holds no
// view state itself; geometry and the Scene go to QSettings when one is given.
#pragma once

#include <QMainWindow>

#include "plot/figure.h"

class QLabel;
class QLineEdit;
class QSettings;

namespace ae {

class FunctionList;
class SceneDocument;
class ParameterPanel;
class PlotView;
class PropertiesPanel;
class AnalysisModel;
class Scene;
class ViewControls;

class MainWindow : public QMainWindow {
    Q_OBJECT
  public:
    // settings may be null (tests): then nothing is restored or saved.
    MainWindow(Scene* scene, QSettings* settings, QWidget* parent = nullptr);

    FunctionList* functionList() const { return m_functions; }
    QLineEdit* functionFilter() const { return m_filter; }
    ParameterPanel* parameterPanel() const { return m_parameters; }
    ViewControls* viewControls() const { return m_view; }
    PlotView* plotView() const { return m_plot; }
    QLabel* saturationLabel() const { return m_summary; }
    PropertiesPanel* propertiesPanel() const { return m_properties; }
    AnalysisModel* analysisModel() const { return m_analysis; }
    SceneDocument* document() const { return m_document; }

    // Renders the current Scene with another theme and figure options and writes it atomically:
    // what File ▸ Export Figure does after its dialog. On failure the target is untouched.
    bool exportFigure(const QString& path, const FigureOptions& options, const QString& theme,
                      QString* error);
    // The figure Edit ▸ Copy Figure puts on the clipboard.
    QImage figureImage() const;

    // Opens a scene file as File ▸ Open does (asking first about unsaved changes); a failure is
    // shown in a message box and leaves the scene as it was.
    bool openScenePath(const QString& path);
    // File ▸ New: the defaults in an Untitled scene, after asking about unsaved changes.
    void newScene();

  protected:
    void closeEvent(QCloseEvent* event) override;

  private:
    void buildMenus();
    void updateTitle();
    void rebuildRecentMenu();
    void openScene();
    bool saveScene(bool askForPath);
    QString askSavePath(const QString& start);
    QString sceneFolder() const;
    // Save / Discard / Cancel when the scene has unsaved changes; Proceed when there are none.
    enum class Unsaved { Proceed, Saved, Discarded, Cancelled };
    Unsaved maybeKeepChanges();
    void storeSession(Unsaved answer);
    void showExportDialog();
    void copyFigure();

    Scene* m_scene;
    QSettings* m_settings;
    AnalysisModel* m_analysis;
    FunctionList* m_functions;
    QLineEdit* m_filter;
    ParameterPanel* m_parameters;
    ViewControls* m_view;
    PlotView* m_plot;
    QLabel* m_summary;
    PropertiesPanel* m_properties;
    SceneDocument* m_document;
    QMenu* m_recentMenu = nullptr;
    bool m_closed = false;
};

} // namespace ae
