// PlotView: adapts the Scene to a QCustomPlot with stacked panels sharing the x axis — f on top,
// then f′ and f″ when enabled. It samples through core only what a Scene change touches and
// replots once per event-loop turn; the saturation bands and the hover readout are its helpers.
// Frames stay consistent with the analysis, which runs on a worker (AnalysisModel): while the
// analysis of the Scene as it is now is pending, new curves, styles and y ranges are held back
// and the old frame stays; when it is published, curves and overlays are updated and replotted
// together. If it takes longer than holdLimitMs, the curves go ahead with the overlays hidden
// (never stale) until the analysis catches up.
#pragma once

#include "core/sampling.h"

#include <QStringList>
#include <QVector>
#include <QWidget>

#include <array>
#include <vector>

class QCPAxisRect;
class QCPGraph;
class QCPLegend;
class QCPTextElement;
class QCPItemText;
class QCPMarginGroup;
class QCustomPlot;

namespace ae {

class HoverReadout;
class AnalysisModel;
class BandLayer;
class SaturationOverlay;
class TeachingOverlay;
class Scene;

class PlotView : public QWidget {
    Q_OBJECT
  public:
    PlotView(Scene* scene, AnalysisModel* analysis, QWidget* parent = nullptr);
    ~PlotView() override;

    QCustomPlot* plot() const { return m_plot; }
    // Panel of derivative order 0, 1 or 2; null when that panel is hidden.
    QCPAxisRect* panel(int order) const;
    // The graph of a function's f (order 0), f′ (1) or f″ (2); null when that panel is hidden.
    QCPGraph* graph(const QString& id, int order) const;
    int sampleCount() const { return m_sampleCount; }
    // Fixes the points per curve (figures, --samples); otherwise it follows the pixel width.
    void setSampleCount(int n);
    // Device pixels per logical pixel of an export, so simplification stays below a pixel.
    void setRenderScale(double scale);
    SaturationOverlay* overlay() const { return m_overlay; }
    TeachingOverlay* teaching() const { return m_teaching; }
    BandLayer* bands() const { return m_bands; }
    // Figure extras: a title above the panels (empty: none) and the legend on or off.
    void setTitle(const QString& title);
    void setLegendShown(bool shown);
    // Transparent background for exported PNG/SVG; the window itself always paints one.
    void setTransparentBackground(bool transparent);
    // A line under the panels saying what the saturation bands mean and the ε they use (figures;
    // the window has the saturation sentence for that).
    void setBandKeyShown(bool shown);
    QString bandKey() const;
    HoverReadout* readout() const { return m_readout; }
    // The overlays' text labels in placement order (placed after every layout, never overlapping
    // each other, the legend or the hover box).
    QList<QCPItemText*> labels() const;
    // How long new curves wait for their analysis before they are drawn without overlays.
    static constexpr int holdLimitMs = 100;
    // True while new curves wait for the analysis, i.e. the plot shows the previous state.
    bool isHolding() const;
    // The analysis overran holdLimitMs: the curves are drawn without bands and labels until it
    // catches up.
    bool overlaysHidden() const { return m_overlaysHidden; }

  protected:
    void resizeEvent(QResizeEvent* event) override;

  private:
    struct Curve {
        QString id;
        int colorIndex = 0;
        bool stale = true; // samples out of date (hidden when last asked to resample)
        ae::Samples samples;
        std::array<QCPGraph*, 3> graphs{};
    };

    void syncCurves(); // one Curve per Scene function, in its order
    void rebuildPanels();
    void resample(const QString& id);
    void resampleAll();
    // Fits y, then hands the (simplified) samples to the graphs: only onlyId's when the y
    // ranges stayed, every curve's otherwise.
    void refreshData(const QString* onlyId);
    void publish(Curve& curve);
    void updateStyles();
    void applyTheme();
    void updateLegendNames();
    // The texts drawn on the plot that state parameter values (legend, hover readout): with
    // every frame of new curves, so the plot never shows two β.
    void updateFrameTexts();
    void updateOverlays(); // saturation and teaching overlays, band key, label placement
    void updateBandKey();
    void placeLabels();
    bool fitY(); // true when a panel's y range changed
    void syncXAxes();
    void replot();
    bool hold(); // true: the analysis is pending, keep the drawn state (starts the time limit)
    void release();

    Scene* m_scene;
    AnalysisModel* m_analysis;
    QCustomPlot* m_plot;
    QCPMarginGroup* m_margins = nullptr;
    QCPLegend* m_legend = nullptr;
    QCPTextElement* m_titleElement = nullptr;
    QCPTextElement* m_keyElement = nullptr;
    std::array<QCPAxisRect*, 3> m_panels{};
    std::vector<Curve> m_curves; // catalogue order, so legend and drawing order follow it
    Curve* curve(const QString& id);
    const Curve* curve(const QString& id) const;
    SaturationOverlay* m_overlay;
    TeachingOverlay* m_teaching;
    BandLayer* m_bands;
    HoverReadout* m_readout;
    int m_sampleCount = 0;
    bool m_fixedSampleCount = false;
    double m_renderScale = 1.0;
    QString m_title;
    bool m_legendShown = true;
    bool m_transparent = false;
    bool m_bandKeyShown = false;
    bool m_syncingAxes = false;
    // Held back until the analysis is current: styles, the curves named, or all of them.
    bool m_heldStyles = false, m_heldAll = false, m_heldReplot = false;
    QStringList m_heldIds;
    bool m_overlaysHidden = false; // the analysis overran holdLimitMs: curves drawn without
    class QTimer* m_holdTimer;
};

} // namespace ae
