// DepthLabModel: the depth lab's state and work. It reads the shared Scene (the functions shown,
// their β / a, ε) and feeds the lab's charts: the gradient flow of a freshly initialised network
// (recomputed on a worker whenever the Scene or the network settings change) and the depth
// experiment's sweep (on worker threads, each finished run saved to a resumable file), the
// losses of the sweep's run in progress, and the decision region of a finished run.
//
// Why workers: one gradient-flow picture is a forward and backward pass per shown function
// (tens of ms), and a sweep takes seconds to hours; neither may block a slider. The flow worker
// coalesces like AnalysisModel's (a job not yet started is replaced by a newer one) and every
// result carries its generation, so a stale picture is never published. Results come back as
// queued calls on this object, which Qt drops if the model is gone; the destructor cancels and
// joins.
#pragma once

#include "core/nn/experiment.h"
#include "core/nn/histogram.h"
#include "core/nn/landscape.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

namespace ae {

class Scene;

struct FlowSettings {
    std::string dataset = "digits";
    int width = 64;
    int depth = 20;
    int batch = 128;
    nn::Init init = nn::Init::Glorot;
    bool batchNorm = false;
    int seed = 1;
    double x = 2.0; // where the textbook picture |f'(x)|^L is taken
    nn::LandscapeSpec landscape{.resolution = 100};
};

struct FlowCurve {
    QString function;
    std::vector<nn::LayerStats> layers; // first hidden layer first
    std::vector<float> landscape;       // nn::outputLandscape at the flow's seed
    // Per hidden layer, first first, on one range for all of the curve's layers: the outputs
    // f(u), and log₁₀|∂L/∂(layer input)|. The gradients' logarithm because they span orders of
    // magnitude between layers: on a linear axis the layers near the input would all be one
    // spike at 0, on a log axis each layer is a bump and vanishing reads as the bumps drifting
    // left. A zero gradient has no logarithm: it counts as nonFinite.
    std::vector<nn::Histogram> activationHistograms, gradientHistograms;
};

// The run of a sweep the live loss chart follows: from its start until it finishes, then the
// next run to report. A sweep trains several runs at once (one per thread), and a chart that
// hopped between them would show none whole.
struct LiveRun {
    nn::RunKey run; // function id empty: none yet
    int worker = -1;
    int epochs = 0;
    int stepsPerEpoch = 0;
    std::vector<double> stepLoss, trainLoss, testLoss; // per batch; per finished epoch
    bool finished = false;
    int inProgress = 0; // runs training at the time of the snapshot, this one included
};

class DecisionRegionModel;

class DepthLabModel : public QObject {
    Q_OBJECT
  public:
    explicit DepthLabModel(Scene* scene, QObject* parent = nullptr);
    ~DepthLabModel() override;

    Scene* scene() const { return m_scene; }

    const FlowSettings& flowSettings() const { return m_flow; }
    void setFlowSettings(const FlowSettings& settings);
    // The published picture: one curve per shown function, in the Scene's order.
    const std::vector<FlowCurve>& flow() const { return m_curves; }
    quint64 flowGeneration() const { return m_flowGeneration; }
    bool flowIsCurrent() const { return m_flowPublished == m_flowGeneration; }
    // Blocks until the current generation's picture is published (tests, exports).
    void waitForFlow();

    // The sweep's setup; functions and their parameters are taken from the Scene when it
    // starts (the functions shown, at their current β / a).
    const nn::ExperimentConfig& experiment() const { return m_experiment; }
    void setExperiment(const nn::ExperimentConfig& config);
    // Where finished runs of the current setup are kept: a file per setup, so that starting the
    // same setup again resumes it.
    QString resultsPath() const;
    void setResultsDirectory(const QString& directory);

    void startSweep();
    void cancelSweep();
    // On (the default): the sweep's threads run at the lowest priority, so the window stays
    // responsive while they train. Tests on a loaded machine may want them at full speed.
    void setSweepInBackground(bool background) { m_sweepInBackground = background; }
    bool sweepRunning() const { return m_sweep != nullptr; }
    // Finished runs of the current setup (loaded from its file, then as they come in).
    const std::vector<nn::RunResult>& results() const { return m_results; }
    // Forgets the current setup's runs (and deletes its file); refused while a sweep runs.
    void clearResults();
    // The sweep's run the live loss chart follows (empty label before any sweep of this model).
    const LiveRun& liveRun() const { return m_live; }

    // Decision regions of finished runs of a 2-D set, re-trained from their seed on request.
    DecisionRegionModel* regions() const { return m_regions; }
    // Re-trains `run` (a finished run of the results' setup) on a worker and publishes its
    // decision region through regions(). False when the setup's data is not 2-D or the run's
    // function is unknown.
    bool showDecisionRegion(const nn::RunResult& run);

  signals:
    void flowChanged();
    void experimentChanged();
    void resultsChanged();
    void sweepProgress(const nn::ExperimentProgress& progress);
    void sweepStarted();
    void sweepFinished(bool completed, const QString& problem);
    void liveRunChanged();

  private:
    class FlowWorker;
    struct Sweep;
    void requestFlow();
    void publishFlow(quint64 generation, std::vector<FlowCurve> curves);
    nn::ExperimentConfig sweepConfig() const;
    void loadResults();
    void finishSweep(bool completed);

    Scene* m_scene;
    FlowSettings m_flow;
    std::vector<FlowCurve> m_curves;
    quint64 m_flowGeneration = 0, m_flowPublished = 0;
    std::unique_ptr<FlowWorker> m_flowWorker;

    nn::ExperimentConfig m_experiment;
    QString m_resultsDir;
    bool m_sweepInBackground = true;
    std::vector<nn::RunResult> m_results;
    std::unique_ptr<Sweep> m_sweep;
    QString m_saveProblem;
    LiveRun m_live;
    nn::ExperimentConfig m_resultsSetup; // the setup m_results were trained with
    DecisionRegionModel* m_regions;
};

} // namespace ae
