// Every QSettings key the app reads or writes, in one place, so a renamed key cannot leave a
// stale reader behind. Written by MainWindow and sceneSettings; read back at start-up.
#pragma once

#include <QString>

namespace SettingsKeys {
inline const QString geometry = QStringLiteral("window/geometry");
inline const QString windowState = QStringLiteral("window/state");
inline const QString lastScene = QStringLiteral("session/scene"); // scene-file JSON
inline const QString recentFiles = QStringLiteral("session/recentScenes");
inline const QString lastFolder = QStringLiteral("session/lastFolder");
inline const QString language = QStringLiteral("ui/language");         // "system", "en", "zh_CN"
inline const QString exportOptions = QStringLiteral("export/options"); // format, scale, theme…
} // namespace SettingsKeys
