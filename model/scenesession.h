// Scene <-> QSettings: the last session — the scene and its figure options as a scene file's
// JSON, the file it belongs to and whether it had unsaved changes — written on close and
// restored on start. It is checked
// like any scene file: a corrupt or hand-edited value is set aside, never applied, never lost.
#pragma once

#include "model/figureoptions.h"

#include <QString>

class QSettings;

namespace ae {

class Scene;
struct SceneState;
class Registry;

// The document the restored scene belongs to: its file (empty: Untitled), its modified mark and
// its figure options (of which the session keeps theme and size, as a scene file does).
struct SessionDocument {
    QString path;
    bool modified = false;
    FigureOptions figure;
};

// functions names the parameters of state (the Scene's registry).
void saveScene(const SceneState& state, const Registry& functions, QSettings& settings,
               const SessionDocument& document);
void saveScene(const Scene& scene, QSettings& settings, const SessionDocument& document = {});

// Applies the stored scene and returns its document, with the stored theme and size. A stored
// scene that is refused leaves the Scene unchanged, is moved to SettingsKeys::rejectedScene (so a
// later fix or a bug report can still read it, and the next start does not refuse it again), and
// *problem says why.
SessionDocument restoreScene(Scene& scene, QSettings& settings, QString* problem = nullptr);

} // namespace ae
