// MainWindow: hosts workspaces (the function explorer first; each brings its central view and its
// docks, see workspace.h) around one Scene, and keeps what they share: the menus, the scene
// document and file handling, the status bar and the settings. It holds no view state itself;
// geometry, the Scene and the workspace last shown go to QSettings when one is given.
#pragma once

#include <QMainWindow>

#include "plot/figure.h"
#include "widgets/functionsworkspace.h"

class QLabel;
class QLineEdit;
class QMenu;
class QSettings;

namespace ae {

class SceneDocument;
class Scene;
class WorkspaceHost;

class MainWindow : public QMainWindow {
    Q_OBJECT
  public:
    // settings may be null (tests): then nothing is restored or saved.
    MainWindow(Scene* scene, QSettings* settings, QWidget* parent = nullptr);

    // The function explorer's parts (it is always the first workspace).
    FunctionsWorkspace* functionsWorkspace() const { return m_functionsWorkspace; }
    FunctionList* functionList() const { return m_functionsWorkspace->functionList(); }
    QLineEdit* functionFilter() const { return m_functionsWorkspace->functionFilter(); }
    ParameterPanel* parameterPanel() const { return m_functionsWorkspace->parameterPanel(); }
    ViewControls* viewControls() const { return m_functionsWorkspace->viewControls(); }
    PlotView* plotView() const { return m_functionsWorkspace->plotView(); }
    QLabel* saturationLabel() const { return m_functionsWorkspace->saturationLabel(); }
    PropertiesPanel* propertiesPanel() const { return m_functionsWorkspace->propertiesPanel(); }
    AnalysisModel* analysisModel() const { return m_functionsWorkspace->analysisModel(); }
    SceneDocument* document() const { return m_document; }

    // Takes ownership. The first workspace added becomes current, and so does the one whose id
    // was saved as last shown, as long as nothing else was chosen since the window opened. A
    // workspace whose id is already present is refused (and left to its owner).
    void addWorkspace(Workspace* workspace);
    QList<Workspace*> workspaces() const;
    Workspace* currentWorkspace() const;
    // Shows that workspace's central widget and, of all docks, only its own, as the user left
    // them. An unknown id changes nothing.
    void setCurrentWorkspace(const QString& id);
    // The docks' context menu: the current workspace's docks only.
    QMenu* createPopupMenu() override;

    // Renders the current Scene with the figure options (theme included) and writes it
    // atomically: what File ▸ Export Figure does after its dialog. On failure the target is
    // untouched.
    bool exportFigure(const QString& path, const FigureOptions& options, QString* error);
    // The figure Edit ▸ Copy Figure puts on the clipboard.
    QImage figureImage() const;

    // Opens a scene file as File ▸ Open does (asking first about unsaved changes); a failure is
    // shown in a message box and leaves the scene as it was.
    bool openScenePath(const QString& path);
    // File ▸ New: the defaults in an Untitled scene, after asking about unsaved changes.
    void newScene();

  signals:
    void currentWorkspaceChanged(const QString& id);

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
    FunctionsWorkspace* m_functionsWorkspace;
    SceneDocument* m_document;
    WorkspaceHost* m_host = nullptr;
    QMenu* m_recentMenu = nullptr;
    bool m_closed = false;
};

} // namespace ae
