// Workspace: one task the main window can host — a central view and the docks that go with it
// (the function explorer today, the depth lab next). Shaped like a plug-in so MainWindow needs no
// knowledge of any one of them.
//
// Where data comes from and goes to: a workspace reads and writes the models it is constructed
// with (FunctionsWorkspace: the shared Scene; the depth lab: its own training model). MainWindow
// passes it nothing after that. The window keeps what all workspaces share — the menus, the scene
// document and its file handling, the status bar, window settings — and only shows, hides and
// switches what a workspace hands it.
//
// Ownership: MainWindow::addWorkspace reparents the workspace, its central widget and its docks to
// the window, which deletes them with itself. The window asks for the central widget and the docks
// when the workspace is added and again on each switch: return the same objects every time
// (build them in the constructor, or on the first call).
// Each dock needs a unique objectName: the window's saved state and the per-workspace memory of
// which docks the user hid are keyed by it.
#pragma once

#include <QIcon>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QDockWidget;
class QWidget;

namespace ae {

class Workspace : public QObject {
    Q_OBJECT
  public:
    using QObject::QObject;
    ~Workspace() override;

    // Stable across versions and languages: saved in QSettings as the workspace last shown.
    virtual QString id() const = 0;
    // Translated, for the tab bar and the View ▸ Workspace menu.
    virtual QString title() const = 0;
    virtual QIcon icon() const { return {}; }
    virtual QWidget* centralWidget() = 0;
    // Placed in the left dock area unless the window's restored state says otherwise.
    virtual QList<QDockWidget*> docks() = 0;
    // Called after the workspace became the current one (its widgets are shown) and before it stops
    // being current (its widgets are still shown): a place to start or pause work nobody can see.
    virtual void activated() {}
    virtual void deactivated() {}

  protected:
    // Until a window adopts them (gives them a parent), the workspace deletes these widgets
    // itself: a workspace made and dropped without a window (tests) leaks nothing.
    void ownUntilAdopted(std::initializer_list<QWidget*> widgets);

  private:
    QList<QPointer<QWidget>> m_unadopted;
};

} // namespace ae
