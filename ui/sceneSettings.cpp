#include "sceneSettings.h"

#include "scene.h"
#include "settingskeys.h"

#include <QSettings>

namespace {
QString paramKey(const QString& fn, const std::string& param) {
    return SettingsKeys::paramsGroup + QLatin1Char('/') + fn + QLatin1Char('.') +
           QString::fromStdString(param);
}
} // namespace

void saveScene(const Scene& scene, QSettings& settings) {
    settings.setValue(SettingsKeys::enabled, scene.enabledIds());
    for (const QString& id : scene.functionIds()) {
        const auto* a = scene.activation(id);
        const auto values = scene.parameters(id);
        for (std::size_t i = 0; i < a->params.size(); ++i)
            settings.setValue(paramKey(id, a->params[i].id), values[i]);
    }
    settings.setValue(SettingsKeys::xMin, scene.xMin());
    settings.setValue(SettingsKeys::xMax, scene.xMax());
    settings.setValue(SettingsKeys::epsilon, scene.epsilon());
    settings.setValue(SettingsKeys::showD1, scene.showFirstDerivative());
    settings.setValue(SettingsKeys::showD2, scene.showSecondDerivative());
    settings.setValue(SettingsKeys::selected, scene.selected());
}

void restoreScene(Scene& scene, const QSettings& settings) {
    auto number = [&](const QString& key, double fallback) {
        bool ok = false;
        const double v = settings.value(key).toDouble(&ok);
        return ok ? v : fallback;
    };
    if (settings.contains(SettingsKeys::enabled)) {
        const QStringList on = settings.value(SettingsKeys::enabled).toStringList();
        for (const QString& id : scene.functionIds()) scene.setEnabled(id, on.contains(id));
    }
    for (const QString& id : scene.functionIds()) {
        for (const auto& spec : scene.activation(id)->params) {
            const QString key = paramKey(id, spec.id);
            if (settings.contains(key))
                scene.setParameter(id, QString::fromStdString(spec.id),
                                   number(key, spec.defaultValue));
        }
    }
    scene.setRange(number(SettingsKeys::xMin, scene.xMin()), number(SettingsKeys::xMax, scene.xMax()));
    scene.setEpsilon(number(SettingsKeys::epsilon, scene.epsilon()));
    scene.setDerivativePanels(
        settings.value(SettingsKeys::showD1, scene.showFirstDerivative()).toBool(),
        settings.value(SettingsKeys::showD2, scene.showSecondDerivative()).toBool());
    if (settings.contains(SettingsKeys::selected))
        scene.setSelected(settings.value(SettingsKeys::selected).toString());
}
