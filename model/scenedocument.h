// SceneDocument: the Scene as a file the user opens and saves — current path, "modified" flag
// (set by any change of the Scene or of the figure options, cleared only by a save that really
// landed), recent files — and the figure options the file keeps beside the Scene (theme and
// export size), which the window's plot, Copy Figure and the export dialog start from. The
// window's File menu drives it; every failure leaves both the file and the Scene as they were.
#pragma once

#include "model/figureoptions.h"
#include "model/scene.h"
#include "model/scenefile.h"
#include "model/scenesession.h"

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

    // The document's theme and export size; the other fields keep their defaults.
    FigureOptions figureOptions() const { return m_figure; }
    // Takes theme and size from options (a scene file keeps only those; the rest belongs to each
    // export). Refused (false, nothing changes) when either is not valid.
    bool setFigureOptions(const FigureOptions& options);

    bool open(const QString& path, QString* error);
    // A new, Untitled scene with the defaults (File ▸ New).
    void newScene();
    // Takes on the file, modified mark and figure options of a restored session without
    // touching the Scene.
    void adopt(const SessionDocument& session);
    // The Scene and figure options as they were last opened, saved or started: what "Discard"
    // goes back to. Empty when unknown (a session restored with unsaved changes).
    std::optional<SceneFileContent> cleanState() const { return m_clean; }
    bool saveAs(const QString& path, QString* error);
    bool save(QString* error); // to path(); false if there is none

  signals:
    void modifiedChanged(bool modified);
    // Any change of the Scene or of the figure options by the user (not by opening a file):
    // what the session autosave follows.
    void sceneChanged();
    // Theme or export size, whoever changed them (opening a file included).
    void figureOptionsChanged();
    void pathChanged(const QString& path);
    void recentFilesChanged();

  private:
    void touched();
    void setModified(bool modified);
    void setPath(const QString& path);
    void remember(const QString& path);
    void markClean();
    // Sets theme and size as a file or session brings them: not a change by the user.
    void load(const FigureOptions& figure);

    Scene* m_scene;
    QSettings* m_settings;
    QString m_path;
    bool m_modified = false;
    bool m_loading = false;
    FigureOptions m_figure;
    std::optional<SceneFileContent> m_clean;
};

} // namespace ae
