// PlotRenderer: draws a Scene onto a QCustomPlot — the window's, or an off-screen one for
// figures — as stacked panels sharing the x axis (f on top, then f′ and f″ when enabled), with
// the overlays of overlay.h. It is not a widget: the window's PlotView hosts it and adds what
// only a window has (mouse, zoom), and figures use it without any window.
//
// Every change of the Scene, the analysis or the look ends in one call, composeFrame(), which
// builds a frame in one fixed order:
//   1. sample what changed (core; hidden functions wait until shown),
//   2. styles (pens, layers, legend entries),
//   3. fit the y axes to the samples (or the Scene's fixed ranges),
//   4. publish the simplified curves to the graphs,
//   5. the overlays, in drawing order: saturation bands, teaching marks, random-slope ranges,
//      hover readout — each reads the axes as fitted in step 3,
//   6. the texts that state parameters (legend, readout numbers, the figure's band key),
//   7. one queued replot; after its layout the overlays' labels are placed clear of each other.
// While the Scene is adjusting (a slider held down, the ▶ sweep) the y axes stay as they are while
// the curves stay inside them and only grow when one leaves, so the frame stands still and the
// curve moves in it; and the layers nothing but the selected function touches (its curves, the
// bands, the legend, the labels) get their own paint buffers, so step 7 redraws just those
// while the other curves, grid and axes stay cached (CachedPlot). When the adjustment ends the
// axes are fitted again and everything is redrawn.
// While the analysis of the Scene as it is now is pending (it runs on a worker, AnalysisModel),
// the frame is held: the old one stays on screen, so every painted frame shows one state. If it
// takes longer than holdLimitMs the frame goes ahead with the analysis overlays off (never
// stale) until the analysis catches up.
#pragma once

#include "core/sampling.h"
#include "plot/overlay.h"

#include <QObject>
#include <QStringList>

#include <array>
#include <vector>

class QCPGraph;
class QCPLegend;
class QCPTextElement;
class QCPMarginGroup;
class QCustomPlot;
class QImage;
class QPaintDevice;
class QTimer;

namespace ae {

class AnalysisModel;
class BandLayer;
class HoverReadout;
class SaturationOverlay;
class TeachingOverlay;
class Scene;

class PlotRenderer : public QObject {
    Q_OBJECT
  public:
    // Draws scene (analysed by analysis) onto plot; both must outlive the renderer. The plot's
    // font gives the title's and the band key's family; its size, the points per curve.
    PlotRenderer(QCustomPlot* plot, Scene* scene, AnalysisModel* analysis,
                 QObject* parent = nullptr);
    ~PlotRenderer() override;

    QCustomPlot* plot() const { return m_plot; }
    // Panel of derivative order 0, 1 or 2; null when that panel is hidden.
    QCPAxisRect* panel(int order) const;
    // The graph of a function's f (order 0), f′ (1) or f″ (2); null when that panel is hidden.
    QCPGraph* graph(const QString& id, int order) const;

    // The look: a theme id of model/themeids.h ("light" until set).
    QString theme() const { return m_theme; }
    void setTheme(const QString& id);
    // Figure extras: a title above the panels (empty: none) and the legend on or off.
    void setTitle(const QString& title);
    void setLegendShown(bool shown);
    // Transparent background for exported PNG/SVG; the window itself always paints one.
    void setTransparentBackground(bool transparent);
    // A line under the panels saying what the saturation bands mean and the ε they use (figures;
    // the window has the saturation sentence for that).
    void setBandKeyShown(bool shown);
    QString bandKey() const;

    int sampleCount() const { return m_sampleCount; }
    // Fixes the points per curve (figures, --samples); otherwise it follows the pixel width.
    void setSampleCount(int n);
    // Device pixels per logical pixel of an export, so simplification stays below a pixel.
    void setRenderScale(double scale);

    // The current frame drawn onto any paint device (an SVG generator, a PDF writer, a printer)
    // at size logical units, as vectors where the device takes them. False when the device
    // cannot be painted on.
    bool paint(QPaintDevice* device, QSize size);
    // The current frame as an image of size × scale device pixels.
    QImage image(QSize size, double scale);

    // Another overlay (a workspace's own marks), drawn after the built-in ones in step 5. Not
    // owned; it must outlive the renderer or be removed with removeOverlay() first.
    void addOverlay(PlotOverlay* overlay);
    void removeOverlay(PlotOverlay* overlay);

    SaturationOverlay* overlay() const { return m_saturation; }
    TeachingOverlay* teaching() const { return m_teaching; }
    BandLayer* bands() const { return m_bands; }
    HoverReadout* readout() const { return m_readout; }
    // The overlays' text labels in placement order (placed after every layout, never overlapping
    // each other, the legend or the hover box).
    QList<QCPItemText*> labels() const;

    // How long a frame waits for its analysis before it is drawn without the analysis overlays.
    static constexpr int holdLimitMs = 100;
    // True while a new frame waits for the analysis, i.e. the plot shows the previous state.
    bool isHolding() const;
    // The analysis overran holdLimitMs: frames are drawn without its bands and labels until it
    // catches up.
    bool overlaysHidden() const { return m_overlaysHidden; }

  signals:
    // A frame is about to be drawn / has been drawn onto the plot: a full replot, or the redraw
    // of the moving layers only (which QCustomPlot's before/afterReplot do not report).
    void aboutToDraw();
    void drawn();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    struct Curve {
        QString id;
        int colorIndex = 0;
        // What the samples were taken for; sampleChanged() compares it with the Scene.
        bool sampled = false;
        std::vector<double> params;
        double xMin = 0, xMax = 0;
        int count = 0;
        bool unpublished = false; // sampled since its graphs last got data
        ae::Samples samples;
        std::array<QCPGraph*, 3> graphs{};
    };

    // What composeFrame() has still to do besides what sampleChanged() finds by itself.
    struct Pending {
        bool all = false; // publish every curve (new graphs, new pixel size)
        bool styles = false;
        bool replotAll = false; // something outside the moving layers changed
    };

    void composeFrame();
    void syncCurves(); // one Curve per Scene function, in its order
    void rebuildPanels();
    void sampleChanged(); // step 1
    void publish(Curve& curve);
    void updateStyles();
    void applyTheme();
    bool updateLegendNames(); // false: a legend entry outgrew the legend's last layout
    void updateOverlays();
    void updateBandKey();
    void placeLabels();
    bool fitY(); // true when a panel's y range changed
    void syncXAxes();
    void sizeChanged();
    void adjustingChanged();
    void draw(bool full); // step 7
    static QStringList movingLayers();
    bool holding(); // true: the analysis is pending, keep the drawn frame (starts the time limit)
    Curve* curve(const QString& id);
    const Curve* curve(const QString& id) const;

    QCustomPlot* m_plot;
    Scene* m_scene;
    AnalysisModel* m_analysis;
    QString m_theme;
    QCPMarginGroup* m_margins = nullptr;
    QCPLegend* m_legend = nullptr;
    QCPTextElement* m_titleElement = nullptr;
    QCPTextElement* m_keyElement = nullptr;
    Panels m_panels{};
    std::vector<Curve> m_curves; // registry order, so legend and drawing order follow it
    SaturationOverlay* m_saturation;
    TeachingOverlay* m_teaching;
    BandLayer* m_bands;
    HoverReadout* m_readout;
    std::vector<PlotOverlay*> m_overlays; // step 5's order
    int m_sampleCount = 0;
    bool m_fixedSampleCount = false;
    double m_renderScale = 1.0;
    QString m_title;
    bool m_legendShown = true;
    bool m_transparent = false;
    bool m_bandKeyShown = false;
    bool m_syncingAxes = false;
    Pending m_pending;
    bool m_movingLayersBuffered = false;
    bool m_buffersSetUp = false; // a full replot has set up the paint buffers for the modes
    bool m_overlaysHidden = false;
    QTimer* m_holdTimer;
};

} // namespace ae
