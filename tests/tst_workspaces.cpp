// The main window as a frame for workspaces: a second, empty workspace added next to the function
// explorer gets the tab bar and a View ▸ Workspace entry; switching shows its central widget and
// only its docks; docks the user hid stay hidden; the workspace last shown comes back at start.
#include "model/scene.h"
#include "model/settingskeys.h"
#include "widgets/plotview.h"
#include "widgets/mainwindow.h"
#include "widgets/workspace.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <memory>

using namespace ae;

namespace {

// The least a workspace can be: a label in the centre and one dock. Counts its hooks.
class EmptyWorkspace : public Workspace {
  public:
    explicit EmptyWorkspace(const QString& id = QStringLiteral("empty")) : m_id(id) {
        m_label = new QLabel(QStringLiteral("empty workspace"));
        m_label->setObjectName(m_id + QStringLiteral("Centre"));
        m_dock = new QDockWidget(QStringLiteral("Empty"));
        m_dock->setObjectName(m_id + QStringLiteral("Dock"));
        m_dock->setWidget(new QLabel(QStringLiteral("dock content")));
    }
    ~EmptyWorkspace() override {
        for (QWidget* w : {static_cast<QWidget*>(m_label), static_cast<QWidget*>(m_dock)})
            if (w && !w->parentWidget()) delete w; // never added (a refused duplicate)
    }
    QString id() const override { return m_id; }
    QString title() const override { return QStringLiteral("Empty"); }
    QWidget* centralWidget() override { return m_label; }
    QList<QDockWidget*> docks() override { return {m_dock}; }
    void activated() override { ++activations; }
    void deactivated() override { ++deactivations; }

    QDockWidget* dock() const { return m_dock; }
    int activations = 0, deactivations = 0;

  private:
    QString m_id;
    QPointer<QLabel> m_label;
    QPointer<QDockWidget> m_dock;
};

QTabBar* tabBar(MainWindow* w) {
    return w->findChild<QTabBar*>(QStringLiteral("workspaceTabs"));
}
QStackedWidget* stack(MainWindow* w) {
    return w->findChild<QStackedWidget*>(QStringLiteral("workspaceStack"));
}
QDockWidget* controlsDock(MainWindow* w) {
    return w->findChild<QDockWidget*>(QStringLiteral("controlsDock"));
}
QAction* workspaceAction(MainWindow* w, const QString& id) {
    return w->findChild<QAction*>(QStringLiteral("actionWorkspace_") + id);
}

// The three ways to switch: the tab bar, the View-menu entry, and its keyboard shortcut's target.
enum class Via { TabBar, TabClick, MenuAction };

void switchTo(MainWindow* w, const QString& id, Via via) {
    int index = -1;
    for (int i = 0; i < w->workspaces().size(); ++i)
        if (w->workspaces()[i]->id() == id) index = i;
    QVERIFY(index >= 0);
    switch (via) {
    case Via::TabBar:
        tabBar(w)->setCurrentIndex(index);
        break;
    case Via::TabClick:
        QTest::mouseClick(tabBar(w), Qt::LeftButton, {}, tabBar(w)->tabRect(index).center());
        break;
    case Via::MenuAction:
        QAction* action = workspaceAction(w, id);
        QVERIFY(action);
        action->trigger();
        break;
    }
}

// As the user does from the dock's context menu; the explorer's dock has no close button, so
// the menu is its only way out.
void userToggles(QDockWidget* dock) {
    QAction* toggle = dock->toggleViewAction();
    if (toggle->isEnabled())
        toggle->trigger();
    else
        dock->setVisible(!dock->isVisible());
}

} // namespace

Q_DECLARE_METATYPE(Via)

class TestWorkspaces : public QObject {
    Q_OBJECT
  private slots:
    void init();
    void cleanup();
    void explorerIsTheOnlyWorkspaceAtFirst();
    void tabBarShowsWithTheSecondWorkspace();
    void switchingShowsOnlyThatWorkspace_data();
    void switchingShowsOnlyThatWorkspace();
    void hiddenDocksStayHidden_data();
    void hiddenDocksStayHidden();
    void dockMenuListsOnlyTheCurrentDocks();
    void duplicateIdIsRefused();
    void savedWorkspaceIsRestored_data();
    void savedWorkspaceIsRestored();
    void hiddenDockSurvivesARestart();
    void titlesFollowTheCatalogue();

  private:
    MainWindow* show(QSettings* settings = nullptr);
    std::unique_ptr<Scene> m_scene;
    std::unique_ptr<MainWindow> m_window;
};

void TestWorkspaces::init() {
    m_scene = std::make_unique<Scene>();
}

void TestWorkspaces::cleanup() {
    m_window.reset();
    m_scene.reset();
}

MainWindow* TestWorkspaces::show(QSettings* settings) {
    m_window = std::make_unique<MainWindow>(m_scene.get(), settings);
    m_window->resize(1280, 800);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get())) return nullptr;
    return m_window.get();
}

void TestWorkspaces::explorerIsTheOnlyWorkspaceAtFirst() {
    MainWindow* w = show();
    QVERIFY(w);
    QCOMPARE(w->workspaces().size(), 1);
    QCOMPARE(w->currentWorkspace()->id(), QString("functions"));
    QCOMPARE(w->currentWorkspace()->title(), QString("Functions"));
    // The window looks as before workspaces: the plot fills the centre, no tab bar above it.
    QVERIFY(!tabBar(w)->isVisible());
    QCOMPARE(stack(w)->currentWidget(), static_cast<QWidget*>(w->plotView()));
    QCOMPARE(w->plotView()->geometry().size(), stack(w)->size());
    QCOMPARE(stack(w)->geometry(), w->centralWidget()->rect());
    QVERIFY(controlsDock(w)->isVisible());
    QVERIFY(workspaceAction(w, "functions")->isChecked());
    QCOMPARE(workspaceAction(w, "functions")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
}

void TestWorkspaces::tabBarShowsWithTheSecondWorkspace() {
    MainWindow* w = show();
    QVERIFY(w);
    QSignalSpy changed(w, &MainWindow::currentWorkspaceChanged);
    auto* empty = new EmptyWorkspace;
    w->addWorkspace(empty);
    QCOMPARE(w->workspaces().size(), 2);
    QVERIFY(tabBar(w)->isVisible());
    QCOMPARE(tabBar(w)->count(), 2);
    QCOMPARE(tabBar(w)->tabText(1), QString("Empty"));
    QCOMPARE(workspaceAction(w, "empty")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));
    // Adding does not switch: the explorer stays in front, the new docks wait hidden.
    QCOMPARE(w->currentWorkspace()->id(), QString("functions"));
    QCOMPARE(changed.count(), 0);
    QVERIFY(!empty->dock()->isVisible());
    QCOMPARE(empty->activations, 0);
}

void TestWorkspaces::switchingShowsOnlyThatWorkspace_data() {
    QTest::addColumn<Via>("via");
    QTest::newRow("tab bar index") << Via::TabBar;
    QTest::newRow("tab click") << Via::TabClick;
    QTest::newRow("view menu action") << Via::MenuAction;
}

void TestWorkspaces::switchingShowsOnlyThatWorkspace() {
    QFETCH(Via, via);
    MainWindow* w = show();
    QVERIFY(w);
    auto* empty = new EmptyWorkspace;
    w->addWorkspace(empty);
    QSignalSpy changed(w, &MainWindow::currentWorkspaceChanged);

    switchTo(w, "empty", via);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QString("empty"));
    QCOMPARE(w->currentWorkspace(), static_cast<Workspace*>(empty));
    QCOMPARE(stack(w)->currentWidget(), empty->centralWidget());
    QVERIFY(empty->centralWidget()->isVisible());
    QVERIFY(!w->plotView()->isVisible());
    QVERIFY(empty->dock()->isVisible());
    QVERIFY(!controlsDock(w)->isVisible());
    QCOMPARE(tabBar(w)->currentIndex(), 1);
    QVERIFY(workspaceAction(w, "empty")->isChecked());
    QVERIFY(!workspaceAction(w, "functions")->isChecked());
    QCOMPARE(empty->activations, 1);

    switchTo(w, "functions", via);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).toString(), QString("functions"));
    QCOMPARE(stack(w)->currentWidget(), static_cast<QWidget*>(w->plotView()));
    QVERIFY(w->plotView()->isVisible());
    QVERIFY(controlsDock(w)->isVisible());
    QVERIFY(!empty->dock()->isVisible());
    QCOMPARE(tabBar(w)->currentIndex(), 0);
    QVERIFY(workspaceAction(w, "functions")->isChecked());
    QCOMPARE(empty->deactivations, 1);

    // Choosing the workspace already shown is no change.
    w->setCurrentWorkspace("functions");
    w->setCurrentWorkspace("no such workspace");
    QCOMPARE(changed.count(), 2);
}

void TestWorkspaces::hiddenDocksStayHidden_data() {
    QTest::addColumn<QString>("hideIn");
    QTest::addColumn<QString>("other");
    QTest::newRow("dock hidden in the empty workspace") << "empty"
                                                        << "functions";
    QTest::newRow("dock hidden in the explorer") << "functions"
                                                 << "empty";
}

void TestWorkspaces::hiddenDocksStayHidden() {
    QFETCH(QString, hideIn);
    QFETCH(QString, other);
    MainWindow* w = show();
    QVERIFY(w);
    auto* empty = new EmptyWorkspace;
    w->addWorkspace(empty);
    QDockWidget* hidden = hideIn == "empty" ? empty->dock() : controlsDock(w);
    QDockWidget* shown = hideIn == "empty" ? controlsDock(w) : empty->dock();

    w->setCurrentWorkspace(hideIn);
    QVERIFY(hidden->isVisible());
    userToggles(hidden);
    QVERIFY(!hidden->isVisible());

    w->setCurrentWorkspace(other);
    QVERIFY(shown->isVisible());
    QVERIFY(!hidden->isVisible());
    w->setCurrentWorkspace(hideIn);
    QVERIFY(!hidden->isVisible());
    QVERIFY(!shown->isVisible());

    // And shown again, it follows the workspace again.
    userToggles(hidden);
    w->setCurrentWorkspace(other);
    QVERIFY(!hidden->isVisible());
    w->setCurrentWorkspace(hideIn);
    QVERIFY(hidden->isVisible());
}

void TestWorkspaces::dockMenuListsOnlyTheCurrentDocks() {
    MainWindow* w = show();
    QVERIFY(w);
    auto* empty = new EmptyWorkspace;
    w->addWorkspace(empty);
    for (const QString& id : {QString("functions"), QString("empty")}) {
        w->setCurrentWorkspace(id);
        std::unique_ptr<QMenu> menu(w->createPopupMenu());
        QList<QAction*> expected;
        for (QDockWidget* dock : w->currentWorkspace()->docks())
            expected << dock->toggleViewAction();
        QCOMPARE(menu->actions(), expected);
    }
}

void TestWorkspaces::duplicateIdIsRefused() {
    MainWindow* w = show();
    QVERIFY(w);
    w->addWorkspace(new EmptyWorkspace);
    auto duplicate = std::make_unique<EmptyWorkspace>();
    w->addWorkspace(duplicate.get());
    QCOMPARE(w->workspaces().size(), 2);
    QCOMPARE(tabBar(w)->count(), 2);
    QVERIFY(!duplicate->parent());
    QVERIFY(!duplicate->centralWidget()->parentWidget());
}

void TestWorkspaces::savedWorkspaceIsRestored_data() {
    QTest::addColumn<QVariant>("saved");
    QTest::addColumn<QString>("expected");
    QTest::newRow("saved: empty") << QVariant("empty") << "empty";
    QTest::newRow("saved: functions") << QVariant("functions") << "functions";
    QTest::newRow("saved: unknown id") << QVariant("depthlab-from-the-future") << "functions";
    QTest::newRow("nothing saved") << QVariant() << "functions";
}

void TestWorkspaces::savedWorkspaceIsRestored() {
    QFETCH(QVariant, saved);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QSettings settings(dir.filePath("settings.ini"), QSettings::IniFormat);
    if (saved.isValid()) settings.setValue(SettingsKeys::workspace, saved);
    MainWindow* w = show(&settings);
    QVERIFY(w);
    auto* empty = new EmptyWorkspace;
    w->addWorkspace(empty); // after the window is built, as the depth lab will be
    QCOMPARE(w->currentWorkspace()->id(), expected);
    QCOMPARE(tabBar(w)->tabText(tabBar(w)->currentIndex()), w->currentWorkspace()->title());
    QCOMPARE(empty->dock()->isVisible(), expected == "empty");
    QCOMPARE(controlsDock(w)->isVisible(), expected == "functions");

    // What is shown when the window closes is what the next start shows.
    w->setCurrentWorkspace(expected == "empty" ? "functions" : "empty");
    QVERIFY(w->close());
    QCOMPARE(settings.value(SettingsKeys::workspace).toString(), w->currentWorkspace()->id());
}

void TestWorkspaces::hiddenDockSurvivesARestart() {
    QTemporaryDir dir;
    QSettings settings(dir.filePath("settings.ini"), QSettings::IniFormat);
    MainWindow* w = show(&settings);
    QVERIFY(w);
    auto* empty = new EmptyWorkspace;
    w->addWorkspace(empty);
    w->setCurrentWorkspace("empty");
    userToggles(empty->dock());
    w->setCurrentWorkspace("functions"); // the saved window state has the empty docks hidden…
    QVERIFY(w->close());

    w = show(&settings);
    QVERIFY(w);
    auto* again = new EmptyWorkspace;
    w->addWorkspace(again);
    QCOMPARE(w->currentWorkspace()->id(), QString("functions"));
    QVERIFY(controlsDock(w)->isVisible());
    w->setCurrentWorkspace("empty");
    QVERIFY(!again->dock()->isVisible()); // …and only this one was the user's doing
    userToggles(again->dock());
    QVERIFY(again->dock()->isVisible());
    QVERIFY(w->close());

    w = show(&settings); // the explorer's dock, hidden only because "empty" was in front
    QVERIFY(w);
    w->addWorkspace(new EmptyWorkspace);
    QCOMPARE(w->currentWorkspace()->id(), QString("empty"));
    w->setCurrentWorkspace("functions");
    QVERIFY(controlsDock(w)->isVisible());
}

// The Chinese catalogue the app embeds, looked up as the app does: by the class name with its
// namespace ("ae::FunctionsWorkspace"). lupdate once wrote the contexts without "ae::", and every
// window text stayed English.
void TestWorkspaces::titlesFollowTheCatalogue() {
    QTranslator zh;
    QVERIFY(zh.load(QFileInfo(AE_EXECUTABLE).dir().filePath("activation-explorer_zh_CN.qm")));
    QCoreApplication::installTranslator(&zh);
    auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&zh); });
    MainWindow* w = show();
    QVERIFY(w);
    QCOMPARE(w->currentWorkspace()->title(), QString("函数"));
    QCOMPARE(workspaceAction(w, "functions")->text(), QString("函数"));
    QCOMPARE(controlsDock(w)->windowTitle(), QString("控制面板"));
    auto* workspaceMenu = w->findChild<QMenu*>("workspaceMenu");
    QVERIFY(workspaceMenu);
    QCOMPARE(workspaceMenu->title(), QString("工作区(&W)"));
}

QTEST_MAIN(TestWorkspaces)
#include "tst_workspaces.moc"
