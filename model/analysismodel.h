// AnalysisModel: the analysis of the Scene's selected function — its properties (range,
// monotonicity, extrema…) and its vanishing-gradient intervals — read by the plot overlays and
// the side panel.
//
// Off the GUI thread. Every Scene change the analysis depends on (the selected function's
// parameters, the selection, which functions are shown, ε, the x-range) bumps generation() and
// hands a copy of the inputs to two worker threads, one for the properties and one for the
// vanishing intervals, which run side by side. Each worker coalesces: a job that has not
// started is replaced by a newer one, so a drag never queues up work. Each result carries its
// generation and is published (changed()) only if it is still the newest; results of an older
// generation — a β already passed, a function deselected meanwhile — are dropped, so a
// published analysis is always the analysis of the Scene as it is now (isCurrent()).
//
// Frames stay consistent because the plot holds its new curves back until isCurrent() (see
// PlotRenderer), and the texts are only emitted when current. Why a plain std::thread and not
// QThread or Qt Concurrent: long-lived workers with a one-slot mailbox each are all that is needed,
// libQt6Concurrent's headers are not a build dependency here, and a worker QObject would need
// its own event loop only to receive what a condition variable delivers. Results come back as a
// queued call on this object, which Qt drops if the model is gone.
//
// Headless paths (figures, the command line) use Mode::Synchronous: every change is analysed
// on the spot, as before, and isCurrent() always holds. waitForCurrent() lets a caller in
// worker mode (tests, an export from the window) block until the current result is in.
#pragma once

#include "core/properties.h"
#include "core/saturation.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace ae {

class Scene;

class AnalysisModel : public QObject {
    Q_OBJECT
  public:
    enum class Mode { Synchronous, Worker };
    explicit AnalysisModel(Scene* scene, QObject* parent = nullptr, Mode mode = Mode::Synchronous);
    ~AnalysisModel() override;

    QString functionId() const { return m_id; } // empty when nothing is selected or shown
    const ae::SaturationClass& saturationClass() const { return m_class; }
    const std::vector<ae::VanishingInterval>& intervals() const { return m_intervals; }
    const ae::Properties& properties() const { return m_properties; }

    Mode mode() const { return m_mode; }
    // The Scene state the model has been asked about, counted; and whether the published
    // analysis is of that state.
    quint64 generation() const { return m_generation; }
    quint64 publishedGeneration() const { return m_published; }
    bool isCurrent() const { return m_published == m_generation; }
    // Publishes the current generation's analysis now, computing it on the calling thread if
    // the worker's result is not in (the worker's copy is then dropped as already published).
    // For callers that need the analysis without running the event loop.
    void waitForCurrent();

    // The analysis in translated sentences, e.g. "Sigmoid saturates on both sides (soft).
    // |f′| < 0.01 for x < −4.585 and for x > 4.585."
    QString summary() const;

    // While a ▶ sweep runs, the texts follow every frame instead of every 200 ms: the sweep's
    // 33 ms ticks leave room for their relayout, and a projected sweep must never show a legend
    // one β behind its curve.
    void setTextsEveryFrame(bool everyFrame);

  signals:
    // A new analysis is published; it is the current one (isCurrent()).
    void changed();
    // The texts that state parameter values — properties panel, saturation sentence, and again
    // the legend and hover readout (the plot also refreshes those two with every frame of new
    // curves, so a plot never shows two β) — are due, all in the same turn. At
    // most every 200 ms while changes keep coming (their rich-text relayout cost more than a
    // replot, docs/benchmarks.md), always ending on the latest state, and only while the
    // analysis is current (so they never name a β whose curves and bands are not drawn yet).
    void textsChanged();

  public:
    // The worker's job and result (analysismodel.cpp).
    struct Job;
    struct Result;

  private:
    class Worker;
    void request();
    // Takes a whole result or one part of one; publishes once both parts of the current
    // generation are in.
    void receive(const Result& r);
    void requestTexts();
    void emitTexts();

    Scene* m_scene;
    Mode m_mode;
    std::unique_ptr<Job> m_lastJob; // the inputs of generation m_generation; null: nothing shown
    std::unique_ptr<Worker> m_propertiesWorker, m_intervalsWorker;
    std::unique_ptr<Result> m_partial; // the part of generation m_generation already in
    class Throttle* m_texts;
    bool m_textsEveryFrame = false;
    quint64 m_generation = 0, m_published = 0;
    QString m_id;
    ae::SaturationClass m_class;
    std::vector<ae::VanishingInterval> m_intervals;
    ae::Properties m_properties;
};

} // namespace ae
