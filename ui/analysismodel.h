// AnalysisModel: the analysis of the Scene's selected function — its properties (range,
// monotonicity, extrema…) once per parameter or selection change, its vanishing-gradient
// intervals also per ε or range change — read by the plot overlays and the side panel.
#pragma once

#include "properties.h"
#include "saturation.h"

#include <QObject>
#include <QString>

#include <vector>

class Scene;

class AnalysisModel : public QObject {
    Q_OBJECT
  public:
    explicit AnalysisModel(Scene* scene, QObject* parent = nullptr);

    QString functionId() const { return m_id; } // empty when nothing is selected or shown
    const ae::SaturationClass& saturationClass() const { return m_class; }
    const std::vector<ae::VanishingInterval>& intervals() const { return m_intervals; }
    const ae::Properties& properties() const { return m_properties; }

    // The analysis in translated sentences, e.g. "Sigmoid saturates on both sides (soft).
    // |f′| < 0.01 for x < −4.585 and for x > 4.585."
    QString summary() const;

  signals:
    void changed();

  private:
    void recompute(bool properties);

    Scene* m_scene;
    QString m_id;
    ae::SaturationClass m_class;
    std::vector<ae::VanishingInterval> m_intervals;
    ae::Properties m_properties;
};
