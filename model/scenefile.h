// Scene files: JSON {"format": "activation-explorer-scene", "version": 1, …} <-> a SceneState and
// the figure options kept beside it ("theme", "export": {width, height}). Read from File ▸ Open,
// --scene and the last session; parsing checks every field before the caller applies anything,
// and writing keeps every double exact.
#pragma once

#include "model/figureoptions.h"
#include "model/scene.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ae {

inline constexpr qint64 maxSceneFileBytes = 1 << 20;

// What one scene file holds.
struct SceneFileContent {
    SceneState scene;
    // Of these a file keeps only theme and size; the rest stays at its defaults.
    FigureOptions figure;
};

QByteArray sceneToJson(const SceneFileContent& content, const ae::Registry& functions);

// A fully checked content, or nullopt with *error naming the field and the problem. Fields that
// are absent keep the defaults of a new Scene and of FigureOptions.
std::optional<SceneFileContent> sceneFromJson(const QByteArray& json, const Scene& scene,
                                              QString* error);

// Reads and checks a scene file without applying anything; on failure *error starts with the
// file's name.
std::optional<SceneFileContent> readSceneFile(const QString& path, const Scene& scene,
                                              QString* error);
// Reads, checks and applies a scene file: the Scene part to scene, and the file's theme and size
// to *figure (when given; its other fields stay). On any failure neither changes.
bool loadSceneFile(const QString& path, Scene& scene, FigureOptions* figure, QString* error);
// Writes scene with figure's theme and size.
bool saveSceneFile(const QString& path, const Scene& scene, const FigureOptions& figure,
                   QString* error);

} // namespace ae
