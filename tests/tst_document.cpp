// Work is never lost: the questions asked before unsaved changes go, the suffix a save adds, and
// the session that comes back after a restart (or a crash) with its file name and modified mark.
// Drives the real MainWindow, its menus and its dialogs.
#include "model/scene.h"
#include "model/scenedocument.h"
#include "model/scenefile.h"
#include "model/scenesession.h"
#include "model/settingskeys.h"
#include "plot/plotrenderer.h"
#include "widgets/mainwindow.h"
#include "widgets/plotview.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <memory>

using namespace ae;

namespace {

// Answers the next modal dialog of the given object name from inside its event loop, as a user
// would; seen() says whether it appeared at all. Scoped: it stops watching when the test ends.
class DialogAnswer {
  public:
    DialogAnswer(const QString& name, std::function<void(QWidget*)> answer) {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this, name, answer] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal || modal->objectName() != name) return;
            m_timer.stop();
            m_seen = true;
            answer(modal);
        });
        m_timer.start();
    }
    bool seen() const { return m_seen; }

  private:
    QTimer m_timer;
    bool m_seen = false;
};

void clickButton(QWidget* box, QMessageBox::StandardButton which) {
    auto* mb = qobject_cast<QMessageBox*>(box);
    QVERIFY(mb);
    mb->button(which)->click();
}

} // namespace

class TestDocument : public QObject {
    Q_OBJECT
  private slots:
    void init();
    void cleanup();
    void saveAsAddsTheJsonSuffix();
    void closingWithChangesAsks_data();
    void closingWithChangesAsks();
    void closingWithoutChangesDoesNotAsk();
    void openOnModifiedUntitledAsks_data();
    void openOnModifiedUntitledAsks();
    void newSceneAsks();
    void sessionKeepsFileNameAndModifiedMark();
    void discardedChangesDoNotComeBack();
    void refusedSessionIsKeptAside();
    void unreadableFileIsReportedBeforeAsking();
    void figureOptionsChangeMarksModified_data();
    void figureOptionsChangeMarksModified();
    void openRestoresFigureOptions();
    void sessionKeepsFigureOptions();
    void discardedFigureOptionsDoNotComeBack();

  private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Scene> m_scene;
    std::unique_ptr<MainWindow> m_window;
    QString file(const QString& name) const { return m_dir->filePath(name); }
    void makeWindow();
};

void TestDocument::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath("settings.ini"), QSettings::IniFormat);
    makeWindow();
}

void TestDocument::makeWindow() {
    m_window.reset();
    m_scene = std::make_unique<Scene>();
    m_window = std::make_unique<MainWindow>(m_scene.get(), m_settings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestDocument::cleanup() {
    m_window.reset();
    m_scene.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestDocument::saveAsAddsTheJsonSuffix() {
    m_scene->setParameter("swish", "beta", 2.5);
    auto* saveAs = m_window->findChild<QAction*>("actionSaveSceneAs");
    QVERIFY(saveAs);
    const QString dir = m_dir->path();
    DialogAnswer dialog("saveSceneDialog", [dir](QWidget* w) {
        auto* fileDialog = qobject_cast<QFileDialog*>(w);
        fileDialog->setDirectory(dir);
        // Typed as a teacher would: a name, no extension.
        auto* name = fileDialog->findChild<QLineEdit*>("fileNameEdit");
        name->setText("lesson3");
        QTest::keyClick(name, Qt::Key_Return);
    });
    saveAs->trigger();
    QVERIFY(dialog.seen());
    QVERIFY2(QFileInfo::exists(file("lesson3.json")), qPrintable(QDir(dir).entryList().join(' ')));
    QVERIFY(!QFileInfo::exists(file("lesson3")));
    QCOMPARE(m_window->document()->path(), QFileInfo(file("lesson3.json")).absoluteFilePath());
    Scene reread;
    QVERIFY(loadSceneFile(file("lesson3.json"), reread, nullptr, nullptr));
    QCOMPARE(reread.parameter("swish", "beta"), 2.5);
}

void TestDocument::closingWithChangesAsks_data() {
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("closed");
    QTest::addColumn<bool>("savedToFile");
    QTest::newRow("cancel keeps the window") << int(QMessageBox::Cancel) << false << false;
    QTest::newRow("discard closes") << int(QMessageBox::Discard) << true << false;
    QTest::newRow("save writes and closes") << int(QMessageBox::Save) << true << true;
}

void TestDocument::closingWithChangesAsks() {
    QFETCH(int, answer);
    QFETCH(bool, closed);
    QFETCH(bool, savedToFile);
    QVERIFY(saveSceneFile(file("lesson.json"), *m_scene, {}, nullptr));
    QVERIFY(m_window->openScenePath(file("lesson.json")));
    m_scene->setParameter("swish", "beta", 3.25);
    QVERIFY(m_window->document()->isModified());
    DialogAnswer box("unsavedChangesBox",
                     [answer](QWidget* w) { clickButton(w, QMessageBox::StandardButton(answer)); });
    QCOMPARE(m_window->close(), closed);
    QVERIFY(box.seen());
    QCOMPARE(m_window->isVisible(), !closed);
    Scene onDisk;
    QVERIFY(loadSceneFile(file("lesson.json"), onDisk, nullptr, nullptr));
    QCOMPARE(onDisk.parameter("swish", "beta"), savedToFile ? 3.25 : 1.0);
    QCOMPARE(m_scene->parameter("swish", "beta"), 3.25); // nothing changed under the user
}

void TestDocument::closingWithoutChangesDoesNotAsk() {
    DialogAnswer box("unsavedChangesBox", [](QWidget* w) { clickButton(w, QMessageBox::Cancel); });
    QVERIFY(m_window->close());
    QVERIFY(!box.seen());
}

void TestDocument::openOnModifiedUntitledAsks_data() {
    QTest::addColumn<int>("answer");
    QTest::addColumn<double>("betaAfter");
    QTest::newRow("cancel keeps the untitled scene") << int(QMessageBox::Cancel) << 4.5;
    QTest::newRow("discard opens the file") << int(QMessageBox::Discard) << 1.75;
}

void TestDocument::openOnModifiedUntitledAsks() {
    QFETCH(int, answer);
    QFETCH(double, betaAfter);
    Scene other;
    other.setParameter("swish", "beta", 1.75);
    QVERIFY(saveSceneFile(file("other.json"), other, {}, nullptr));
    m_scene->setParameter("swish", "beta", 4.5); // Untitled, modified
    QVERIFY(m_window->document()->path().isEmpty());
    DialogAnswer box("unsavedChangesBox",
                     [answer](QWidget* w) { clickButton(w, QMessageBox::StandardButton(answer)); });
    m_window->openScenePath(file("other.json"));
    QVERIFY(box.seen());
    QCOMPARE(m_scene->parameter("swish", "beta"), betaAfter);
}

void TestDocument::newSceneAsks() {
    m_scene->setParameter("swish", "beta", 4.5);
    auto* newAction = m_window->findChild<QAction*>("actionNewScene");
    QVERIFY(newAction);
    {
        DialogAnswer box("unsavedChangesBox",
                         [](QWidget* w) { clickButton(w, QMessageBox::Cancel); });
        newAction->trigger();
        QVERIFY(box.seen());
    }
    QCOMPARE(m_scene->parameter("swish", "beta"), 4.5);
    DialogAnswer box("unsavedChangesBox", [](QWidget* w) { clickButton(w, QMessageBox::Discard); });
    newAction->trigger();
    QVERIFY(box.seen());
    QCOMPARE(m_scene->parameter("swish", "beta"), 1.0);
    QVERIFY(!m_window->document()->isModified());
    QVERIFY(m_window->windowTitle().startsWith(QObject::tr("Untitled")));
}

// A crash or a kill after editing an opened file: the next start shows the changes, still marked
// as unsaved, under the file's name.
void TestDocument::sessionKeepsFileNameAndModifiedMark() {
    QVERIFY(saveSceneFile(file("lesson3.json"), *m_scene, {}, nullptr));
    QVERIFY(m_window->openScenePath(file("lesson3.json")));
    m_scene->setParameter("swish", "beta", 2.75);
    // The session autosave follows within a second.
    QTRY_VERIFY_WITH_TIMEOUT(m_settings->value(SettingsKeys::lastSceneModified).toBool(), 5000);
    m_window.reset(); // no close event: as after a crash

    Scene restored;
    QString problem;
    const SessionDocument session = restoreScene(restored, *m_settings, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(session.path, QFileInfo(file("lesson3.json")).absoluteFilePath());
    QVERIFY(session.modified);
    QCOMPARE(restored.parameter("swish", "beta"), 2.75);
    MainWindow again(&restored, m_settings.get());
    again.document()->adopt(session);
    QVERIFY2(again.windowTitle().startsWith("lesson3.json*"), qPrintable(again.windowTitle()));
}

void TestDocument::discardedChangesDoNotComeBack() {
    QVERIFY(saveSceneFile(file("lesson.json"), *m_scene, {}, nullptr));
    QVERIFY(m_window->openScenePath(file("lesson.json")));
    m_scene->setParameter("swish", "beta", 6.0);
    DialogAnswer box("unsavedChangesBox", [](QWidget* w) { clickButton(w, QMessageBox::Discard); });
    QVERIFY(m_window->close());
    QTest::qWait(1500); // a pending autosave must not bring the discarded state back
    Scene restored;
    const SessionDocument session = restoreScene(restored, *m_settings);
    QCOMPARE(restored.parameter("swish", "beta"), 1.0);
    QVERIFY(!session.modified);
    QCOMPARE(session.path, QFileInfo(file("lesson.json")).absoluteFilePath());
}

void TestDocument::refusedSessionIsKeptAside() {
    const QString bad = R"({"format":"activation-explorer-scene","version":1,"xRange":[0,1e400]})";
    m_settings->setValue(SettingsKeys::lastScene, bad);
    Scene s;
    s.setParameter("swish", "beta", 3.0);
    QString problem;
    const SessionDocument session = restoreScene(s, *m_settings, &problem);
    QVERIFY2(problem.contains("xRange[1]"), qPrintable(problem));
    QCOMPARE(s.parameter("swish", "beta"), 3.0); // unchanged
    QVERIFY(session.path.isEmpty());
    QCOMPARE(m_settings->value(SettingsKeys::rejectedScene).toString(), bad);
    QVERIFY(!m_settings->contains(SettingsKeys::lastScene));
}

// Asking Save/Discard/Cancel and then failing to open the file was a pointless question.
void TestDocument::unreadableFileIsReportedBeforeAsking() {
    QFile bad(file("bad.json"));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"format":"activation-explorer-scene","version":1,"epsilon":1e400})");
    bad.close();
    m_scene->setParameter("swish", "beta", 4.5);
    DialogAnswer question("unsavedChangesBox",
                          [](QWidget* w) { clickButton(w, QMessageBox::Discard); });
    QString warning;
    DialogAnswer report("", [&warning](QWidget* w) {
        auto* box = qobject_cast<QMessageBox*>(w);
        warning = box->text();
        box->button(QMessageBox::Ok)->click();
    });
    QVERIFY(!m_window->openScenePath(file("bad.json")));
    QVERIFY(report.seen());
    QVERIFY2(warning.contains("epsilon"), qPrintable(warning));
    QVERIFY(!question.seen());
    QCOMPARE(m_scene->parameter("swish", "beta"), 4.5);
    QVERIFY(m_window->document()->isModified());
}

void TestDocument::figureOptionsChangeMarksModified_data() {
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<bool>("modified");
    QTest::newRow("same options") << "light" << QSize(1200, 800) << true << false;
    QTest::newRow("new theme") << "print" << QSize(1200, 800) << true << true;
    QTest::newRow("new size") << "light" << QSize(1920, 1080) << true << true;
    QTest::newRow("unknown theme refused") << "neon" << QSize(1200, 800) << false << false;
    QTest::newRow("empty size refused") << "dark" << QSize(0, 800) << false << false;
}

void TestDocument::figureOptionsChangeMarksModified() {
    QFETCH(QString, theme);
    QFETCH(QSize, size);
    QFETCH(bool, accepted);
    QFETCH(bool, modified);
    SceneDocument* doc = m_window->document();
    QVERIFY(!doc->isModified());
    QSignalSpy changed(doc, &SceneDocument::figureOptionsChanged);
    QSignalSpy autosave(doc, &SceneDocument::sceneChanged);
    FigureOptions options;
    options.theme = theme;
    options.size = size;
    options.title = "not kept"; // belongs to each export, not to the document
    QCOMPARE(doc->setFigureOptions(options), accepted);
    QCOMPARE(doc->isModified(), modified);
    QCOMPARE(changed.count(), modified ? 1 : 0);
    QCOMPARE(autosave.count(), modified ? 1 : 0);
    QCOMPARE(m_window->windowTitle().contains("*"), modified);
    QCOMPARE(doc->figureOptions().theme, accepted ? theme : QString("light"));
    QCOMPARE(doc->figureOptions().size, accepted ? size : QSize(1200, 800));
    QVERIFY(doc->figureOptions().title.isEmpty());
    QCOMPARE(m_window->plotView()->renderer()->theme(), doc->figureOptions().theme);
    // Saving writes them and clears the mark; File ▸ New goes back to the defaults.
    QString error;
    QVERIFY2(doc->saveAs(file("figure.json"), &error), qPrintable(error));
    QVERIFY(!doc->isModified());
    Scene reread;
    FigureOptions onDisk;
    QVERIFY(loadSceneFile(file("figure.json"), reread, &onDisk, &error));
    QCOMPARE(onDisk.theme, doc->figureOptions().theme);
    QCOMPARE(onDisk.size, doc->figureOptions().size);
    doc->newScene();
    QCOMPARE(doc->figureOptions().theme, QString("light"));
    QCOMPARE(doc->figureOptions().size, QSize(1200, 800));
    QVERIFY(!doc->isModified());
}

void TestDocument::openRestoresFigureOptions() {
    FigureOptions dark;
    dark.theme = "dark";
    dark.size = QSize(640, 480);
    QVERIFY(saveSceneFile(file("dark.json"), *m_scene, dark, nullptr));
    QVERIFY(saveSceneFile(file("plain.json"), *m_scene, {}, nullptr));
    SceneDocument* doc = m_window->document();
    QSignalSpy changed(doc, &SceneDocument::figureOptionsChanged);
    QVERIFY(m_window->openScenePath(file("dark.json")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(doc->figureOptions().theme, QString("dark"));
    QCOMPARE(doc->figureOptions().size, QSize(640, 480));
    QCOMPARE(m_window->plotView()->renderer()->theme(), QString("dark"));
    QCOMPARE(m_window->figureImage().size(), QSize(640, 480));
    QVERIFY(!doc->isModified()); // opening is not a change
    QVERIFY(doc->cleanState());
    QCOMPARE(doc->cleanState()->figure.theme, QString("dark"));
    // A file without them (or with the defaults) brings the defaults back.
    QVERIFY(m_window->openScenePath(file("plain.json")));
    QCOMPARE(doc->figureOptions().theme, QString("light"));
    QCOMPARE(doc->figureOptions().size, QSize(1200, 800));
    QCOMPARE(m_window->plotView()->renderer()->theme(), QString("light"));
    QVERIFY(!doc->isModified());
}

// The window after a restart draws in the theme of the scene it restores.
void TestDocument::sessionKeepsFigureOptions() {
    FigureOptions print;
    print.theme = "print";
    print.size = QSize(800, 600);
    QVERIFY(saveSceneFile(file("print.json"), *m_scene, print, nullptr));
    QVERIFY(m_window->openScenePath(file("print.json")));
    QVERIFY(m_window->close());
    m_window.reset();

    Scene restored;
    QString problem;
    const SessionDocument session = restoreScene(restored, *m_settings, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(session.figure.theme, QString("print"));
    QCOMPARE(session.figure.size, QSize(800, 600));
    MainWindow again(&restored, m_settings.get());
    again.document()->adopt(session);
    QCOMPARE(again.plotView()->renderer()->theme(), QString("print"));
    QCOMPARE(again.document()->figureOptions().size, QSize(800, 600));
    QVERIFY(!again.document()->isModified());
}

void TestDocument::discardedFigureOptionsDoNotComeBack() {
    QVERIFY(saveSceneFile(file("lesson.json"), *m_scene, {}, nullptr));
    QVERIFY(m_window->openScenePath(file("lesson.json")));
    FigureOptions changed;
    changed.theme = "dark";
    changed.size = QSize(300, 300);
    QVERIFY(m_window->document()->setFigureOptions(changed));
    QVERIFY(m_window->document()->isModified());
    DialogAnswer box("unsavedChangesBox", [](QWidget* w) { clickButton(w, QMessageBox::Discard); });
    QVERIFY(m_window->close());
    QVERIFY(box.seen());
    QTest::qWait(1500); // a pending autosave must not bring the discarded options back
    Scene restored;
    const SessionDocument session = restoreScene(restored, *m_settings);
    QCOMPARE(session.figure.theme, QString("light"));
    QCOMPARE(session.figure.size, QSize(1200, 800));
    QVERIFY(!session.modified);
}

QTEST_MAIN(TestDocument)
#include "tst_document.moc"
