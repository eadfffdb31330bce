// SceneDocument: the Scene as a file the user opens and saves — current path, "modified" flag
// (set by any Scene change, cleared only by a save that really landed), recent files. The
// window's File menu drives it; every failure leaves both the file and the Scene as they were.
#pragma once

#include <QObject>
#include <QStringList>

class QSettings;
class Scene;

class SceneDocument : public QObject {
    Q_OBJECT
  public:
    SceneDocument(Scene* scene, QSettings* settings, QObject* parent = nullptr);

    QString path() const { return m_path; }
    bool isModified() const { return m_modified; }
    QStringList recentFiles() const;

    bool open(const QString& path, QString* error);
    bool saveAs(const QString& path, QString* error);
    bool save(QString* error); // to path(); false if there is none

  signals:
    void modifiedChanged(bool modified);
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
};
