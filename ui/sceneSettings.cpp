#include "sceneSettings.h"

#include "scene.h"
#include "scenefile.h"
#include "settingskeys.h"

#include <QSettings>

void saveScene(const Scene& scene, QSettings& settings) {
    settings.setValue(SettingsKeys::lastScene, QString::fromUtf8(sceneToJson(scene.state())));
}

void restoreScene(Scene& scene, const QSettings& settings) {
    if (!settings.contains(SettingsKeys::lastScene)) return;
    QString error;
    const auto state =
        sceneFromJson(settings.value(SettingsKeys::lastScene).toString().toUtf8(), scene, &error);
    if (state) scene.setState(*state);
}
