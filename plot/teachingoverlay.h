// TeachingOverlay: what the properties say, drawn on the plot for the selected function — a
// marker on each extremum labelled with its value (it follows β as Swish's minimum moves), the
// stretch where f′ < 0 shaded apart from saturation, and faint curves of the function's limits
// (Swish: x/2 at β = 0, ReLU as β → ∞) taken from the catalogue. A PlotOverlay of PlotRenderer.
#pragma once

#include "plot/itempool.h"
#include "plot/overlay.h"

#include <QList>
#include <QObject>
#include <QRectF>

#include <array>

class QCPAbstractItem;
class QCPAxisRect;
class QCPGraph;
class QCPItemRect;
class QCPItemText;
class QCPItemTracer;
class QCustomPlot;

namespace ae {

struct Activation;
class AnalysisModel;
class Scene;

class TeachingOverlay : public QObject, public PlotOverlay {
    Q_OBJECT
  public:
    TeachingOverlay(QCustomPlot* plot, Scene* scene, AnalysisModel* model, QObject* parent);

    void update(const Frame& frame) override;
    void detach() override;

    QList<QCPItemText*> extremumLabels() const { return m_extremumLabels; }
    // Every text label, extrema first (the order label placement gives way in).
    QList<QCPItemText*> labels() const override {
        return m_extremumLabels + m_otherLabels + m_referenceLabels;
    }
    // The extremum rings in pixels: labels are placed around them, never over them.
    QList<QRectF> obstacles() const override;
    QList<QCPItemRect*> decreasingBands() const { return m_decreasing; }
    QList<QCPGraph*> referenceCurves() const { return m_references; }

  private:
    void update(const Frame& frame, ItemPool& pool);
    void detachFrameItems();
    void detachReferences();
    void updateReferences(const Frame& frame, const ae::Activation& a);

    QCustomPlot* m_plot;
    Scene* m_scene;
    AnalysisModel* m_model;
    ItemPool m_pool;
    QList<QCPItemText*> m_extremumLabels;
    QList<QCPItemTracer*> m_markers;
    QList<QCPItemText*> m_otherLabels;
    QList<QCPItemRect*> m_decreasing;
    QList<QCPGraph*> m_references;
    QList<QCPItemText*> m_referenceLabels;
    QString m_referenceKey; // what m_references were drawn for; empty: none
};

} // namespace ae
