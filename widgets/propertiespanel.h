// PropertiesPanel: the selected function's properties (range, monotonicity, smoothness,
// zero-centring, f′(0), max |f′|, saturation, extrema) as computed by core, refreshed whenever
// the AnalysisModel recomputes — so dragging β visibly moves Swish's minimum here too.
#pragma once

#include <QLabel>

namespace ae {

class AnalysisModel;
class Scene;

class PropertiesPanel : public QLabel {
    Q_OBJECT
  public:
    PropertiesPanel(Scene* scene, AnalysisModel* model, QWidget* parent = nullptr);

  private:
    void refresh();

    Scene* m_scene;
    AnalysisModel* m_model;
};

} // namespace ae
