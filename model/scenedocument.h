// SceneDocument: the Scene as a file the user opens and saves — current path, "modified" flag
// (set by any Scene change, cleared only by a save that really landed), recent files. The
// window's File menu drives it; every failure leaves both the file and the Scene as they were.
#pragma once

#include "model/scene.h"

#include <QObject>
#include <QStringList>

#include <optional>

class QSettings;

namespace ae {

class SceneDocument : public QObject {
    Q_OBJECT
  public:
    SceneDocument(Scene* scene, QSettings* settings, QObject* parent = nullptr);

    QString path() const { return m_path; }
    bool isModified() const { return m_modified; }
    QStringList recentFiles() const;

    bool open(const QString& path, QString* error);
    // A new, Untitled scene with the defaults (File ▸ New).
    void newScene();
    // Takes on the file and modified mark of a restored session without touching the Scene.
    void adopt(const QString& path, bool modified);
    // The Scene as it was last opened, saved or started: what "Discard" goes back to. Empty when
    // unknown (a session restored with unsaved changes).
    std::optional<SceneState> cleanState() const { return m_clean; }
    bool saveAs(const QString& path, QString* error);
    bool save(QString* error); // to path(); false if there is none

  signals:
    void modifiedChanged(bool modified);
    // Any change of the Scene by the user (not by opening a file): what the session autosave
    // follows.
    void sceneChanged();
    void pathChanged(const QString& path);
    void recentFilesChanged();

  private:
    void setModified(bool modified);
    void setPath(const QString& path);
    void remember(const QString& path);

    Scene* m_scene;
    QSettings* m_settings;
    QString m_path;
    bool m_modified = false;
    bool m_loading = false;
    std::optional<SceneState> m_clean;
};

} // namespace ae
