// Scene files: JSON {"format": "activation-explorer-scene", "version": 1, …} <-> SceneState.
// Read from File ▸ Open, --scene and the last session; parsing checks every field before the
// caller applies anything, and writing keeps every double exact.
#pragma once

#include "model/scene.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ae {

inline constexpr qint64 maxSceneFileBytes = 1 << 20;

QByteArray sceneToJson(const SceneState& state, const ae::Registry& functions);

// A fully checked state, or nullopt with *error naming the field and the problem. Fields that
// are absent keep the defaults of a new Scene.
std::optional<SceneState> sceneFromJson(const QByteArray& json, const Scene& scene, QString* error);

// Reads, checks and applies a scene file; on any failure the Scene is unchanged and *error
// starts with the file's name.
bool loadSceneFile(const QString& path, Scene& scene, QString* error);
bool saveSceneFile(const QString& path, const Scene& scene, QString* error);

} // namespace ae
