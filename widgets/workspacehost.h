// WorkspaceHost: MainWindow's part that hosts workspaces — the central stack with a tab bar above
// it (hidden while there is only one workspace), the View ▸ Workspace entries (Ctrl+1…Ctrl+9),
// and which docks show: only the current workspace's, each as the user left it. The workspace
// last shown and the docks the user hid are read from and written to the window's QSettings.
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

class QActionGroup;
class QDockWidget;
class QMainWindow;
class QMenu;
class QSettings;
class QStackedWidget;
class QTabBar;

namespace ae {

class Workspace;

class WorkspaceHost : public QObject {
    Q_OBJECT
  public:
    // Makes the stack the window's central widget; menu receives one entry per workspace.
    // settings may be null: then nothing is restored or saved.
    WorkspaceHost(QMainWindow* window, QSettings* settings, QMenu* menu);

    // See MainWindow::addWorkspace.
    void add(Workspace* workspace);
    QList<Workspace*> workspaces() const { return m_workspaces; }
    Workspace* current() const { return m_current; }
    void setCurrent(const QString& id);
    // After QMainWindow::restoreState, which cannot tell which docks the user hid: it saved
    // every workspace's docks hidden but the current one's.
    void restoreDocks();
    void store(QSettings& settings) const;

  signals:
    void currentChanged(const QString& id);

  private:
    void show(Workspace* next);
    // The user's choice saved with the settings, or otherwise when there is none.
    bool savedHidden(QDockWidget* dock, bool otherwise) const;

    QMainWindow* m_window;
    QSettings* m_settings;
    QMenu* m_menu;
    QActionGroup* m_actions;
    QTabBar* m_tabs;
    QStackedWidget* m_stack;
    QList<Workspace*> m_workspaces;
    Workspace* m_current = nullptr;
    // The saved workspace, until it is added or another is chosen.
    QString m_pending;
    // Whether the user hid each dock, kept while its workspace is not shown (all its docks are).
    QHash<QDockWidget*, bool> m_dockHidden;
};

} // namespace ae
