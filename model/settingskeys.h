// Every QSettings key the app reads or writes, in one place, so a renamed key cannot leave a
// stale reader behind. Written by MainWindow, the workspace host and model/scenesession; read
// back at start-up.
#pragma once

#include <QString>

namespace ae {

namespace SettingsKeys {
inline const QString geometry = QStringLiteral("window/geometry");
inline const QString windowState = QStringLiteral("window/state");
inline const QString workspace = QStringLiteral("window/workspace");      // Workspace::id()
inline const QString hiddenDocks = QStringLiteral("window/hiddenDocks");  // dock objectNames
inline const QString lastScene = QStringLiteral("session/scene");         // scene-file JSON
inline const QString lastScenePath = QStringLiteral("session/scenePath"); // "" for Untitled
inline const QString lastSceneModified = QStringLiteral("session/sceneModified");
// A stored session that failed its checks, kept verbatim instead of erased.
inline const QString rejectedScene = QStringLiteral("session/rejectedScene");
inline const QString recentFiles = QStringLiteral("session/recentScenes");
inline const QString lastFolder = QStringLiteral("session/lastFolder");
inline const QString language = QStringLiteral("ui/language");         // "system", "en", "zh_CN"
inline const QString exportOptions = QStringLiteral("export/options"); // format, scale, theme…
} // namespace SettingsKeys

} // namespace ae
