#include "model/scenesession.h"

#include "model/scene.h"
#include "model/scenefile.h"
#include "model/settingskeys.h"

#include <QSettings>

namespace ae {

void saveScene(const Scene& scene, QSettings& settings, const SessionDocument& document) {
    saveScene(scene.state(), scene.registry(), settings, document);
}

void saveScene(const SceneState& state, const ae::Registry& functions, QSettings& settings,
               const SessionDocument& document) {
    settings.setValue(SettingsKeys::lastScene,
                      QString::fromUtf8(sceneToJson({state, document.figure}, functions)));
    settings.setValue(SettingsKeys::lastScenePath, document.path);
    settings.setValue(SettingsKeys::lastSceneModified, document.modified);
}

SessionDocument restoreScene(Scene& scene, QSettings& settings, QString* problem) {
    if (!settings.contains(SettingsKeys::lastScene)) return {};
    const QVariant stored = settings.value(SettingsKeys::lastScene);
    QString error;
    const auto content = sceneFromJson(stored.toString().toUtf8(), scene, &error);
    if (!content) {
        settings.setValue(SettingsKeys::rejectedScene, stored);
        settings.remove(SettingsKeys::lastScene);
        settings.remove(SettingsKeys::lastScenePath);
        settings.remove(SettingsKeys::lastSceneModified);
        if (problem) *problem = error;
        return {};
    }
    scene.setState(content->scene);
    return {settings.value(SettingsKeys::lastScenePath).toString(),
            settings.value(SettingsKeys::lastSceneModified, false).toBool(), content->figure};
}

} // namespace ae
