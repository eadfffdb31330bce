#include "model/scenedocument.h"

#include "model/scene.h"
#include "model/scenefile.h"
#include "model/settingskeys.h"

#include <QFileInfo>
#include <QSettings>

namespace ae {

namespace {
constexpr int maxRecent = 8;

// The part of options a document keeps.
FigureOptions kept(const FigureOptions& options) {
    FigureOptions figure;
    figure.theme = options.theme;
    figure.size = options.size;
    return figure;
}
} // namespace

SceneDocument::SceneDocument(Scene* scene, QSettings* settings, QObject* parent)
    : QObject(parent), m_scene(scene), m_settings(settings) {
    connect(scene, &Scene::changed, this, &SceneDocument::touched);
    markClean();
}

void SceneDocument::touched() {
    if (m_loading) return;
    setModified(true);
    emit sceneChanged();
}

bool SceneDocument::setFigureOptions(const FigureOptions& options) {
    const FigureOptions figure = kept(options);
    if (!validateFigureOptions(figure).isEmpty()) return false;
    if (figure.theme == m_figure.theme && figure.size == m_figure.size) return true;
    m_figure = figure;
    emit figureOptionsChanged();
    touched();
    return true;
}

void SceneDocument::load(const FigureOptions& figure) {
    m_loading = true;
    setFigureOptions(figure);
    m_loading = false;
}

void SceneDocument::markClean() {
    m_clean = SceneFileContent{m_scene->state(), m_figure};
}

void SceneDocument::newScene() {
    m_loading = true;
    m_scene->setState(Scene().state());
    m_loading = false;
    load(FigureOptions());
    setPath(QString());
    setModified(false);
    markClean();
}

void SceneDocument::adopt(const SessionDocument& session) {
    load(session.figure);
    setPath(session.path);
    setModified(session.modified);
    if (session.modified)
        m_clean.reset();
    else
        markClean();
}

QStringList SceneDocument::recentFiles() const {
    return m_settings ? m_settings->value(SettingsKeys::recentFiles).toStringList() : QStringList();
}

bool SceneDocument::open(const QString& path, QString* error) {
    FigureOptions figure = m_figure;
    m_loading = true;
    const bool ok = loadSceneFile(path, *m_scene, &figure, error);
    m_loading = false;
    if (!ok) return false;
    load(figure);
    setPath(QFileInfo(path).absoluteFilePath());
    setModified(false);
    markClean();
    remember(m_path);
    return true;
}

bool SceneDocument::saveAs(const QString& path, QString* error) {
    if (!saveSceneFile(path, *m_scene, m_figure, error)) return false; // stays modified
    setPath(QFileInfo(path).absoluteFilePath());
    setModified(false);
    markClean();
    remember(m_path);
    return true;
}

bool SceneDocument::save(QString* error) {
    if (m_path.isEmpty()) {
        if (error) *error = tr("The scene has no file yet.");
        return false;
    }
    return saveAs(m_path, error);
}

void SceneDocument::setModified(bool modified) {
    if (modified == m_modified) return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void SceneDocument::setPath(const QString& path) {
    if (path == m_path) return;
    m_path = path;
    emit pathChanged(path);
}

void SceneDocument::remember(const QString& path) {
    if (!m_settings) return;
    QStringList recent = recentFiles();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecent)
        recent.removeLast();
    m_settings->setValue(SettingsKeys::recentFiles, recent);
    emit recentFilesChanged();
}

} // namespace ae
