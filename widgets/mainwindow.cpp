#include "widgets/mainwindow.h"

#include "model/scene.h"
#include "model/scenedocument.h"
#include "model/scenefile.h"
#include "model/scenesession.h"
#include "model/settingskeys.h"
#include "model/throttle.h"
#include "plot/plotrenderer.h"
#include "widgets/exportdialog.h"
#include "widgets/plotview.h"
#include "widgets/workspacehost.h"

#include "model/atomicfile.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace ae {

MainWindow::MainWindow(Scene* scene, QSettings* settings, QWidget* parent)
    : QMainWindow(parent), m_scene(scene), m_settings(settings) {
    setWindowTitle(tr("Activation Explorer"));
    setObjectName(QStringLiteral("mainWindow"));
    // First of the window's children, so deleted first, with its analysis, as before the split.
    m_functionsWorkspace = new FunctionsWorkspace(scene, this);
    m_document = new SceneDocument(scene, settings, this);

    // The plot is drawn in the document's theme: the one of the scene file or session.
    auto followTheme = [this] {
        plotView()->renderer()->setTheme(m_document->figureOptions().theme);
    };
    connect(m_document, &SceneDocument::figureOptionsChanged, this, followTheme);
    followTheme();

    buildMenus();
    addWorkspace(m_functionsWorkspace);
    connect(m_host, &WorkspaceHost::currentChanged, this, &MainWindow::currentWorkspaceChanged);
    if (m_settings) {
        // The session is written shortly after every change, with its file name and modified
        // mark, so a crash, a kill or a power cut loses at most a second of work.
        auto* autosave = new Throttle(
            1000,
            [this] {
                if (m_closed) return; // the answer given on closing is final
                storeSession(Unsaved::Proceed);
                m_settings->sync();
            },
            this);
        connect(m_document, &SceneDocument::sceneChanged, autosave, &Throttle::request);
        connect(m_document, &SceneDocument::modifiedChanged, autosave, &Throttle::request);
        connect(m_document, &SceneDocument::pathChanged, autosave, &Throttle::request);
    }
    connect(m_document, &SceneDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &SceneDocument::pathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &SceneDocument::recentFilesChanged, this, &MainWindow::rebuildRecentMenu);
    updateTitle();
    statusBar();
    resize(1280, 800);
    if (m_settings) {
        restoreGeometry(m_settings->value(SettingsKeys::geometry).toByteArray());
        restoreState(m_settings->value(SettingsKeys::windowState).toByteArray());
        m_host->restoreDocks();
    }
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newScene = file->addAction(tr("&New Scene"), this, &MainWindow::newScene);
    newScene->setShortcut(QKeySequence::New);
    newScene->setObjectName(QStringLiteral("actionNewScene"));
    file->addAction(tr("&Open Scene…"), this, &MainWindow::openScene)
        ->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addAction(tr("&Save Scene"), this, [this] { saveScene(false); })
        ->setShortcut(QKeySequence::Save);
    QAction* saveAs = file->addAction(tr("Save Scene &As…"), this, [this] { saveScene(true); });
    // Not every platform theme binds QKeySequence::SaveAs; Ctrl+Shift+S is what users expect.
    saveAs->setShortcuts(QKeySequence::keyBindings(QKeySequence::SaveAs).isEmpty()
                             ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}
                             : QKeySequence::keyBindings(QKeySequence::SaveAs));
    saveAs->setObjectName(QStringLiteral("actionSaveSceneAs"));
    file->addSeparator();
    file->addAction(tr("&Export Figure…"), this, &MainWindow::showExportDialog)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(tr("&Copy Figure"), this, &MainWindow::copyFigure)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* reset = view->addAction(tr("&Reset View"), m_scene, &Scene::resetView);
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addAction(tr("Reset &Parameters"), m_scene, &Scene::resetParameters);
    view->addSeparator();
    QMenu* workspaces = view->addMenu(tr("&Workspace"));
    workspaces->setObjectName(QStringLiteral("workspaceMenu"));
    m_host = new WorkspaceHost(this, m_settings, workspaces);

    if (m_settings) {
        // Applied at start-up (main.cpp loads the translator before any widget exists).
        QMenu* language = view->addMenu(tr("Language"));
        auto* group = new QActionGroup(language);
        const QString current =
            m_settings->value(SettingsKeys::language, QStringLiteral("system")).toString();
        const std::pair<QString, QString> choices[] = {
            {QStringLiteral("system"), tr("System default")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
        for (const auto& choice : choices) {
            const QString code = choice.first,
                          label = choice.second; // clang 14: no captured bindings
            QAction* a = language->addAction(label);
            a->setCheckable(true);
            a->setChecked(code == current);
            group->addAction(a);
            connect(a, &QAction::triggered, this, [this, code] {
                m_settings->setValue(SettingsKeys::language, code);
                statusBar()->showMessage(
                    tr("The language changes the next time Activation Explorer starts."), 8000);
            });
        }
    }

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
    const Unsaved answer = maybeKeepChanges();
    if (answer == Unsaved::Cancelled) {
        event->ignore();
        return;
    }
    storeSession(answer);
    m_closed = true;
    event->accept();
}

void MainWindow::storeSession(Unsaved answer) {
    if (!m_settings) return;
    m_settings->setValue(SettingsKeys::geometry, saveGeometry());
    m_settings->setValue(SettingsKeys::windowState, saveState());
    m_host->store(*m_settings);
    const QString path = m_document->path();
    if (answer != Unsaved::Discarded) {
        ae::saveScene(*m_scene, *m_settings,
                      {path, m_document->isModified(), m_document->figureOptions()});
        return;
    }
    // Discarded changes are gone for good: the next start shows the scene as last saved.
    if (const auto clean = m_document->cleanState()) {
        ae::saveScene(clean->scene, m_scene->registry(), *m_settings, {path, false, clean->figure});
        return;
    }
    // The clean state is unknown (a restored modified session): reread the file, else defaults.
    Scene saved;
    FigureOptions figure;
    if (!path.isEmpty()) loadSceneFile(path, saved, &figure, nullptr);
    ae::saveScene(saved, *m_settings, {path, false, figure});
}

void MainWindow::addWorkspace(Workspace* workspace) {
    m_host->add(workspace);
}

void MainWindow::setCurrentWorkspace(const QString& id) {
    m_host->setCurrent(id);
}

QList<Workspace*> MainWindow::workspaces() const {
    return m_host->workspaces();
}

Workspace* MainWindow::currentWorkspace() const {
    return m_host->current();
}

QMenu* MainWindow::createPopupMenu() {
    // Qt's menu would list every workspace's docks; showing a hidden workspace's dock would mix
    // them.
    auto* menu = new QMenu(this);
    if (Workspace* current = m_host->current())
        for (QDockWidget* dock : current->docks())
            menu->addAction(dock->toggleViewAction());
    return menu;
}

void MainWindow::updateTitle() {
    const QString name =
        m_document->path().isEmpty() ? tr("Untitled") : QFileInfo(m_document->path()).fileName();
    setWindowTitle(tr("%1%2 — Activation Explorer")
                       .arg(name, m_document->isModified() ? QStringLiteral("*") : QString()));
}

void MainWindow::rebuildRecentMenu() {
    if (!m_recentMenu) return;
    m_recentMenu->clear();
    const QStringList recent = m_document->recentFiles();
    for (const QString& path : recent)
        m_recentMenu
            ->addAction(QFileInfo(path).fileName(), this, [this, path] { openScenePath(path); })
            ->setToolTip(path);
    m_recentMenu->setEnabled(!recent.isEmpty());
}

MainWindow::Unsaved MainWindow::maybeKeepChanges() {
    if (!m_document->isModified()) return Unsaved::Proceed;
    const QString name =
        m_document->path().isEmpty() ? tr("Untitled") : QFileInfo(m_document->path()).fileName();
    QMessageBox box(QMessageBox::Question, tr("Unsaved Changes"),
                    tr("The scene %1 has changes that are not saved. Save them first?").arg(name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save:
        return saveScene(false) ? Unsaved::Saved : Unsaved::Cancelled;
    case QMessageBox::Discard:
        return Unsaved::Discarded;
    default:
        return Unsaved::Cancelled;
    }
}

void MainWindow::newScene() {
    if (maybeKeepChanges() == Unsaved::Cancelled) return;
    m_document->newScene();
    statusBar()->showMessage(tr("New scene"), 3000);
}

QString MainWindow::sceneFolder() const {
    // Where the teacher last opened or saved a scene, else Documents — not the working directory
    // the program happened to be started from.
    const QString last =
        m_settings ? m_settings->value(SettingsKeys::lastFolder).toString() : QString();
    if (!last.isEmpty() && QFileInfo(last).isDir()) return last;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::openScene() {
    const QString start = m_document->path().isEmpty() ? sceneFolder() : m_document->path();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Scene"), start, tr("Activation Explorer scenes (*.json);;All files (*)"));
    if (!path.isEmpty()) openScenePath(path);
}

bool MainWindow::openScenePath(const QString& path) {
    QString error;
    // A file that cannot be opened is reported before asking about the current scene's changes:
    // the question would be pointless (the scene stays either way).
    Scene probe;
    if (!readSceneFile(path, probe, &error)) {
        QMessageBox::warning(this, tr("Cannot Open Scene"), error);
        return false;
    }
    if (maybeKeepChanges() == Unsaved::Cancelled) return false;
    if (!m_document->open(path, &error)) {
        QMessageBox::warning(this, tr("Cannot Open Scene"), error);
        return false;
    }
    if (m_settings) m_settings->setValue(SettingsKeys::lastFolder, QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
    return true;
}

QString MainWindow::askSavePath(const QString& start) {
    // An instance rather than getSaveFileName: only it adds ".json" to a name typed without one,
    // which the Open dialog's *.json filter would otherwise hide.
    QFileDialog dialog(this, tr("Save Scene"), start, tr("Activation Explorer scenes (*.json)"));
    dialog.setObjectName(QStringLiteral("saveSceneDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(QStringLiteral("json"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) return {};
    return dialog.selectedFiles().first();
}

bool MainWindow::saveScene(bool askForPath) {
    QString path = m_document->path();
    if (askForPath || path.isEmpty()) {
        path = askSavePath(path.isEmpty() ? QDir(sceneFolder()).filePath(tr("scene.json")) : path);
        if (path.isEmpty()) return false;
    }
    QString error;
    if (!m_document->saveAs(path, &error)) {
        QMessageBox::warning(this, tr("Cannot Save Scene"), error);
        return false;
    }
    if (m_settings) m_settings->setValue(SettingsKeys::lastFolder, QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

bool MainWindow::exportFigure(const QString& path, const FigureOptions& options, QString* error) {
    // A copy of the Scene: the export's renderer must not follow later edits of the window's.
    Scene copy;
    copy.setState(m_scene->state());
    QString why;
    if (exportFigureFile(path, copy, options, &why)) return true;
    if (error) *error = tr("Cannot export %1: %2").arg(path, why);
    return false;
}

QImage MainWindow::figureImage() const {
    Scene copy;
    copy.setState(m_scene->state());
    return renderFigureImage(copy, m_document->figureOptions());
}

void MainWindow::showExportDialog() {
    const FigureOptions current = m_document->figureOptions();
    ExportDialog dialog(current.size, current.theme, this, m_settings);
    if (dialog.exec() != QDialog::Accepted) return;
    QString error;
    if (!exportFigure(dialog.path(), dialog.options(), &error)) {
        QMessageBox::warning(this, tr("Export Failed"), error);
        return;
    }
    // The size is the document's (a scene file keeps it); the theme stays the window's.
    FigureOptions kept = m_document->figureOptions();
    kept.size = dialog.options().size;
    m_document->setFigureOptions(kept);
    statusBar()->showMessage(tr("Exported %1").arg(dialog.path()), 5000);
}

void MainWindow::copyFigure() {
    QApplication::clipboard()->setImage(figureImage());
    statusBar()->showMessage(tr("Figure copied to the clipboard"), 3000);
}

} // namespace ae
