// SaturationOverlay: draws the AnalysisModel's intervals as vertical bands across every panel
// (soft: tinted in the function's colour; hard: grey hatching), labels the boundaries in the top
// panel and marks ±ε on the f′ panel. Owned by PlotView, which tells it when panels change.
#pragma once

#include <QList>
#include <QObject>

#include <array>

class QCPAbstractItem;
class QCPAxisRect;
class QCPItemRect;
class QCPItemText;
class QCustomPlot;
class AnalysisModel;
class Scene;

class SaturationOverlay : public QObject {
    Q_OBJECT
  public:
    SaturationOverlay(QCustomPlot* plot, Scene* scene, AnalysisModel* model, QObject* parent);

    void update(const std::array<QCPAxisRect*, 3>& panels);
    void detach(); // removes every item before the panels they hang on are deleted

    // The band items of the f panel, one per interval, for tests and the figure exporter.
    QList<QCPItemRect*> bands() const { return m_bands; }
    QList<QCPItemText*> labels() const { return m_labels; }

  private:
    QCustomPlot* m_plot;
    Scene* m_scene;
    AnalysisModel* m_model;
    QList<QCPAbstractItem*> m_items;
    QList<QCPItemRect*> m_bands;
    QList<QCPItemText*> m_labels;
};
