// AnalysisModel: the analysis of the Scene's selected function — its properties (range,
// monotonicity, extrema…) once per parameter or selection change, its vanishing-gradient
// intervals also per ε or range change — read by the plot overlays and the side panel.
#pragma once

#include "core/properties.h"
#include "core/saturation.h"

#include <QObject>
#include <QString>

#include <vector>

namespace ae {

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

    // While a ▶ sweep runs, the texts follow every frame instead of every 200 ms: the sweep's
    // 33 ms ticks leave room for their relayout, and a projected sweep must never show a legend
    // one β behind its curve.
    void setTextsEveryFrame(bool everyFrame);

  signals:
    void changed();
    // The texts that state parameter values — legend, properties panel, saturation sentence,
    // hover readout — are due: all of them in the same turn, so a frame never shows two β. At
    // most every 200 ms while changes keep coming (their rich-text relayout cost more than a
    // replot, docs/benchmarks.md), always ending on the latest state.
    void textsChanged();

  private:
    void recompute(bool properties);
    void requestTexts();

    Scene* m_scene;
    class Throttle* m_texts;
    bool m_textsEveryFrame = false;
    QString m_id;
    ae::SaturationClass m_class;
    std::vector<ae::VanishingInterval> m_intervals;
    ae::Properties m_properties;
};

} // namespace ae
