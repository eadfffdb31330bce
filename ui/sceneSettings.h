// Scene <-> QSettings: the last session, stored as a scene file's JSON under one key and restored
// on start. It is checked like any scene file, so a corrupt or hand-edited settings file can at
// worst leave the defaults in place.
#pragma once

class QSettings;
class Scene;

void saveScene(const Scene& scene, QSettings& settings);
void restoreScene(Scene& scene, const QSettings& settings);
