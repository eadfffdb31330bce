// Scene <-> QSettings: the last session's functions, parameters, range, ε and panels, restored on
// start. Every stored value goes back through the Scene's validating setters, so a corrupt or
// hand-edited settings file can at worst leave defaults in place.
#pragma once

class QSettings;
class Scene;

void saveScene(const Scene& scene, QSettings& settings);
void restoreScene(Scene& scene, const QSettings& settings);
