#include "widgets/workspacehost.h"

#include "model/settingskeys.h"
#include "widgets/workspace.h"

#include <QActionGroup>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTabBar>
#include <QVBoxLayout>

namespace ae {

WorkspaceHost::WorkspaceHost(QMainWindow* window, QSettings* settings, QMenu* menu)
    : QObject(window), m_window(window), m_settings(settings), m_menu(menu) {
    if (m_settings) m_pending = m_settings->value(SettingsKeys::workspace).toString();
    m_actions = new QActionGroup(menu);
    auto* centre = new QWidget(window);
    auto* layout = new QVBoxLayout(centre);
    // No margins: with the tab bar hidden the window looks as it did before workspaces.
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_tabs = new QTabBar(centre);
    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    m_tabs->hide();
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        if (index >= 0 && index < m_workspaces.size()) setCurrent(m_workspaces[index]->id());
    });
    m_stack = new QStackedWidget(centre);
    m_stack->setObjectName(QStringLiteral("workspaceStack"));
    layout->addWidget(m_tabs);
    layout->addWidget(m_stack, 1);
    window->setCentralWidget(centre);
}

bool WorkspaceHost::savedHidden(QDockWidget* dock, bool otherwise) const {
    if (!m_settings || !m_settings->contains(SettingsKeys::hiddenDocks)) return otherwise;
    return m_settings->value(SettingsKeys::hiddenDocks).toStringList().contains(dock->objectName());
}

void WorkspaceHost::add(Workspace* workspace) {
    if (!workspace || m_workspaces.contains(workspace)) return;
    for (const Workspace* present : std::as_const(m_workspaces))
        if (present->id() == workspace->id()) return;
    workspace->setParent(m_window);
    m_workspaces << workspace;
    m_stack->addWidget(workspace->centralWidget());
    const QList<QDockWidget*> docks = workspace->docks();
    for (QDockWidget* dock : docks) {
        // Where the saved window state put it, if it has it. A dock added to a shown window is
        // hidden without anyone asking, so only a restored one says what the user chose.
        const bool restored = m_window->restoreDockWidget(dock);
        if (!restored) m_window->addDockWidget(Qt::LeftDockWidgetArea, dock);
        m_dockHidden[dock] = savedHidden(dock, restored && dock->isHidden());
        dock->hide();
    }
    {
        const QSignalBlocker quiet(m_tabs); // the first tab would announce itself as chosen
        m_tabs->addTab(workspace->icon(), workspace->title());
    }
    m_tabs->setVisible(m_workspaces.size() > 1);

    const QString id = workspace->id();
    QAction* action = m_menu->addAction(workspace->icon(), workspace->title());
    action->setObjectName(QStringLiteral("actionWorkspace_%1").arg(id));
    action->setCheckable(true);
    if (const int n = int(m_workspaces.size()); n <= 9)
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)));
    m_actions->addAction(action);
    connect(action, &QAction::triggered, this, [this, id] { setCurrent(id); });

    if (!m_current || id == m_pending) show(workspace);
    if (id == m_pending) m_pending.clear();
}

void WorkspaceHost::setCurrent(const QString& id) {
    for (Workspace* workspace : std::as_const(m_workspaces))
        if (workspace->id() == id) {
            m_pending.clear(); // a choice made now outranks the one saved
            show(workspace);
            return;
        }
}

void WorkspaceHost::show(Workspace* next) {
    if (next == m_current) return;
    if (Workspace* previous = m_current) {
        previous->deactivated();
        for (QDockWidget* dock : previous->docks()) {
            m_dockHidden[dock] = dock->isHidden();
            dock->hide();
        }
    }
    m_current = next;
    m_stack->setCurrentWidget(next->centralWidget());
    for (QDockWidget* dock : next->docks())
        dock->setVisible(!m_dockHidden.value(dock));
    const int index = int(m_workspaces.indexOf(next));
    {
        const QSignalBlocker quiet(m_tabs);
        m_tabs->setCurrentIndex(index);
    }
    m_actions->actions().at(index)->setChecked(true);
    next->activated();
    emit currentChanged(next->id());
}

void WorkspaceHost::restoreDocks() {
    if (!m_current) return;
    for (QDockWidget* dock : m_current->docks())
        dock->setVisible(!savedHidden(dock, dock->isHidden()));
}

void WorkspaceHost::store(QSettings& settings) const {
    QStringList hidden;
    for (Workspace* workspace : m_workspaces)
        for (QDockWidget* dock : workspace->docks())
            if (workspace == m_current ? dock->isHidden() : m_dockHidden.value(dock))
                hidden << dock->objectName();
    settings.setValue(SettingsKeys::hiddenDocks, hidden);
    if (m_current)
        settings.setValue(SettingsKeys::workspace,
                          m_pending.isEmpty() ? m_current->id() : m_pending);
}

} // namespace ae
