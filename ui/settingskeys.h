// Every QSettings key the app reads or writes, in one place, so a renamed key cannot leave a
// stale reader behind. Written by MainWindow and sceneSettings; read back at start-up.
#pragma once

#include <QString>

namespace SettingsKeys {
inline const QString geometry = QStringLiteral("window/geometry");
inline const QString windowState = QStringLiteral("window/state");
inline const QString enabled = QStringLiteral("scene/enabledFunctions");
inline const QString paramsGroup = QStringLiteral("scene/parameters"); // + "/<fn>.<param>"
inline const QString xMin = QStringLiteral("scene/xMin");
inline const QString xMax = QStringLiteral("scene/xMax");
inline const QString epsilon = QStringLiteral("scene/epsilon");
inline const QString showD1 = QStringLiteral("scene/showFirstDerivative");
inline const QString showD2 = QStringLiteral("scene/showSecondDerivative");
inline const QString selected = QStringLiteral("scene/selected");
} // namespace SettingsKeys
