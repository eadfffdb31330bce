#include "model/scenedocument.h"

#include "model/scene.h"
#include "model/scenefile.h"
#include "model/settingskeys.h"

#include <QFileInfo>
#include <QSettings>

namespace ae {

namespace {
constexpr int maxRecent = 8;
}

SceneDocument::SceneDocument(Scene* scene, QSettings* settings, QObject* parent)
    : QObject(parent), m_scene(scene), m_settings(settings) {
    auto touched = [this] {
        if (m_loading) return;
        setModified(true);
        emit sceneChanged();
    };
    connect(scene, &Scene::changed, this, touched);
    m_clean = scene->state();
}

void SceneDocument::newScene() {
    m_loading = true;
    m_scene->setState(Scene().state());
    m_loading = false;
    setPath(QString());
    setModified(false);
    m_clean = m_scene->state();
}

void SceneDocument::adopt(const QString& path, bool modified) {
    setPath(path);
    setModified(modified);
    m_clean = modified ? std::nullopt : std::optional<SceneState>(m_scene->state());
}

QStringList SceneDocument::recentFiles() const {
    return m_settings ? m_settings->value(SettingsKeys::recentFiles).toStringList() : QStringList();
}

bool SceneDocument::open(const QString& path, QString* error) {
    m_loading = true;
    const bool ok = loadSceneFile(path, *m_scene, error);
    m_loading = false;
    if (!ok) return false;
    setPath(QFileInfo(path).absoluteFilePath());
    setModified(false);
    m_clean = m_scene->state();
    remember(m_path);
    return true;
}

bool SceneDocument::saveAs(const QString& path, QString* error) {
    if (!saveSceneFile(path, *m_scene, error)) return false; // stays modified
    setPath(QFileInfo(path).absoluteFilePath());
    setModified(false);
    m_clean = m_scene->state();
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
