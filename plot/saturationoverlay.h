// SaturationOverlay: draws the AnalysisModel's intervals as vertical bands across every panel
// (soft saturation: tinted in the function's colour; f′ = 0: grey hatching; |f′| < ε where the
// function does not saturate — a dip, or Leaky ReLU's slope a < ε — dotted grey with dashed
// edges), labels the boundaries in the top panel and marks ±ε on the f′ panel. A PlotOverlay of
// PlotRenderer.
#pragma once

#include "plot/itempool.h"
#include "plot/overlay.h"

#include <QList>
#include <QObject>

#include <array>

class QCPAbstractItem;
class QCPAxisRect;
class QCPItemRect;
class QCPItemText;
class QCustomPlot;

namespace ae {

struct VanishingInterval;
struct SaturationClass;

class AnalysisModel;
class Scene;

class SaturationOverlay : public QObject, public PlotOverlay {
    Q_OBJECT
  public:
    SaturationOverlay(QCustomPlot* plot, Scene* scene, AnalysisModel* model, QObject* parent);

    void update(const Frame& frame) override;
    void detach() override;

    // The band items of the f panel, one per interval, for tests and the figure exporter.
    QList<QCPItemRect*> bands() const { return m_bands; }
    QList<QCPItemText*> labels() const override { return m_labels; }
    // What the bands drawn mean, with ε, e.g. "shaded: |f′| < 0.01 (saturation) · hatched:
    // f′ = 0"; empty when there are none. Exported figures print it under the panels.
    QString keyText() const { return m_key; }

    enum class Kind { Saturation, Flat, NotSaturating };
    // Saturation: a tail on a side the function saturates; Flat: f′ = 0 exactly; NotSaturating:
    // |f′| < ε all the same (a dip around a stationary point, or a slope that stays below ε).
    static Kind kind(const ae::VanishingInterval& iv, const ae::SaturationClass& c);

  private:
    void update(const Frame& frame, ItemPool& pool);

    QCustomPlot* m_plot;
    Scene* m_scene;
    AnalysisModel* m_model;
    ItemPool m_pool;
    QList<QCPItemRect*> m_bands;
    QList<QCPItemText*> m_labels;
    QString m_key;
};

} // namespace ae
