#include "depthlab/labmodel.h"

#include "core/nn/background.h"
#include "depthlab/flowpicture.h"
#include "depthlab/regionmodel.h"
#include "model/atomicfile.h"
#include "model/scene.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <optional>

namespace ae {

class DepthLabModel::FlowWorker {
  public:
    explicit FlowWorker(DepthLabModel* owner) : m_owner(owner), m_thread([this] { run(); }) {}
    ~FlowWorker() {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }
    void post(FlowJob job) {
        {
            std::lock_guard lock(m_mutex);
            m_pending = std::move(job);
        }
        m_wake.notify_one();
    }

  private:
    void run() {
        for (;;) {
            FlowJob job;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [&] { return m_stop || m_pending.has_value(); });
                if (m_stop) return;
                job = std::move(*m_pending);
                m_pending.reset();
            }
            auto curves = computeFlow(job);
            QMetaObject::invokeMethod(
                m_owner,
                [owner = m_owner, g = job.generation, c = std::move(curves)]() mutable {
                    owner->publishFlow(g, std::move(c));
                },
                Qt::QueuedConnection);
        }
    }

    DepthLabModel* m_owner;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::optional<FlowJob> m_pending;
    bool m_stop = false;
    std::thread m_thread; // last: starts once the members above exist
};

struct DepthLabModel::Sweep {
    std::atomic<bool> cancel{false};
    std::thread thread;
};

DepthLabModel::DepthLabModel(Scene* scene, QObject* parent)
    : QObject(parent), m_scene(scene), m_experiment(*nn::preset("quick")),
      m_resultsDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                   QStringLiteral("/depth-lab")),
      m_regions(new DecisionRegionModel(this)) {
    m_flowWorker = std::make_unique<FlowWorker>(this);
    connect(scene, &Scene::functionsChanged, this, &DepthLabModel::requestFlow);
    connect(scene, &Scene::parameterChanged, this, &DepthLabModel::requestFlow);
    connect(scene, &Scene::epsilonChanged, this, &DepthLabModel::requestFlow);
    connect(scene, &Scene::functionRemoved, this, &DepthLabModel::requestFlow);
    requestFlow();
    loadResults();
}

DepthLabModel::~DepthLabModel() {
    if (m_sweep) {
        m_sweep->cancel = true;
        m_sweep->thread.join();
    }
}

void DepthLabModel::setFlowSettings(const FlowSettings& settings) {
    m_flow = settings;
    requestFlow();
}

static FlowJob makeFlowJob(const Scene& scene, const FlowSettings& settings, quint64 generation) {
    FlowJob job;
    job.generation = generation;
    job.settings = settings;
    job.epsilon = scene.epsilon();
    for (const QString& id : scene.enabledIds())
        if (const Activation* a = scene.activation(id)) {
            const auto p = scene.parameters(id);
            job.functions.push_back({id, *a, std::vector<double>(p.begin(), p.end())});
        }
    return job;
}

void DepthLabModel::requestFlow() {
    ++m_flowGeneration;
    m_flowWorker->post(makeFlowJob(*m_scene, m_flow, m_flowGeneration));
}

void DepthLabModel::publishFlow(quint64 generation, std::vector<FlowCurve> curves) {
    if (generation != m_flowGeneration || generation == m_flowPublished) return;
    m_curves = std::move(curves);
    m_flowPublished = generation;
    emit flowChanged();
}

void DepthLabModel::waitForFlow() {
    if (flowIsCurrent()) return;
    // Computing it here is simpler than waiting on the worker, and as fast; the worker's copy
    // is dropped when it arrives (already published).
    publishFlow(m_flowGeneration, computeFlow(makeFlowJob(*m_scene, m_flow, m_flowGeneration)));
}

void DepthLabModel::setExperiment(const nn::ExperimentConfig& config) {
    m_experiment = config;
    emit experimentChanged();
    if (!m_sweep) {
        loadResults();
        m_regions->clear(); // its run belongs to the setup before
    }
}

void DepthLabModel::setResultsDirectory(const QString& directory) {
    m_resultsDir = directory;
    if (!m_sweep) {
        loadResults();
        m_regions->clear();
    }
}

bool DepthLabModel::showDecisionRegion(const nn::RunResult& run) {
    const nn::ExperimentConfig& c = m_resultsSetup;
    const Activation* a = m_scene->activation(QString::fromStdString(run.function));
    if (!nn::isTwoDimensional(c.data.name) || !a) return false;
    const auto it = c.params.find(run.function);
    m_regions->request(c, run, *a, it != c.params.end() ? it->second : defaultParams(*a));
    return true;
}

nn::ExperimentConfig DepthLabModel::sweepConfig() const {
    nn::ExperimentConfig c = m_experiment;
    c.functions.clear();
    c.params.clear();
    for (const QString& id : m_scene->enabledIds()) {
        const auto p = m_scene->parameters(id);
        c.functions.push_back(id.toStdString());
        c.params[id.toStdString()] = std::vector<double>(p.begin(), p.end());
    }
    return c;
}

// The setup in one line of text; its hash names the results file. Every field that changes a
// run's numbers is in it, the functions with their parameters included.
QString DepthLabModel::resultsPath() const {
    const nn::ExperimentConfig c = sweepConfig();
    QString key = QStringLiteral("v1|%1|%2,%3,%4,%5,%6|")
                      .arg(QString::fromStdString(c.preset), QString::fromStdString(c.data.name))
                      .arg(c.data.size)
                      .arg(c.data.noise, 0, 'g', 17)
                      .arg(c.data.testFraction, 0, 'g', 17)
                      .arg(c.data.seed);
    for (int d : c.depths)
        key += QString::number(d) + QLatin1Char(',');
    const nn::TrainConfig& t = c.train;
    key += QStringLiteral("|%1,%2|%3,%4,%5,%6,%7,%8,%9")
               .arg(c.seeds)
               .arg(c.seed)
               .arg(t.width)
               .arg(int(t.batchNorm))
               .arg(t.dropout, 0, 'g', 17)
               .arg(int(t.init))
               .arg(t.batch)
               .arg(t.epochs)
               .arg(int(t.optimizer.kind));
    key += QStringLiteral(",%1,%2|")
               .arg(t.optimizer.learningRate, 0, 'g', 17)
               .arg(t.optimizer.momentum, 0, 'g', 17);
    for (const auto& f : c.functions) {
        key += QString::fromStdString(f);
        for (double v : c.params.at(f))
            key += QLatin1Char(':') + QString::number(v, 'g', 17);
        key += QLatin1Char(';');
    }
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1);
    return m_resultsDir + QStringLiteral("/sweep-") + QString::fromLatin1(hash.toHex().left(16)) +
           QStringLiteral(".csv");
}

void DepthLabModel::loadResults() {
    m_results.clear();
    m_resultsSetup = sweepConfig();
    QFile f(resultsPath());
    if (f.open(QIODevice::ReadOnly)) {
        while (!f.atEnd())
            if (auto r = nn::parseCsvRow(f.readLine().trimmed().toStdString()))
                m_results.push_back(*r);
    }
    emit resultsChanged();
}

void DepthLabModel::clearResults() {
    if (m_sweep) return;
    QFile::remove(resultsPath());
    m_results.clear();
    m_regions->clear();
    emit resultsChanged();
}

void DepthLabModel::startSweep() {
    if (m_sweep) return;
    const nn::ExperimentConfig c = sweepConfig();
    const auto lookup = [this](const std::string& id) {
        return m_scene->activation(QString::fromStdString(id));
    };
    const std::string problem = nn::validate(c, lookup);
    if (!problem.empty()) {
        emit sweepFinished(false, QString::fromStdString(problem));
        return;
    }
    loadResults();
    std::set<nn::RunKey> done;
    for (const auto& r : m_results)
        done.insert({r.function, r.depth, r.seed});
    // The worker needs the functions for the whole sweep: copies, so removing one from the
    // Scene meanwhile cannot pull it from under a run.
    auto functions = std::make_shared<std::map<std::string, Activation>>();
    for (const auto& id : c.functions)
        (*functions)[id] = *lookup(id);
    m_saveProblem.clear();
    m_live = LiveRun{};
    emit liveRunChanged();
    m_sweep = std::make_unique<Sweep>();
    Sweep* sweep = m_sweep.get();
    const int threads = std::max(1, int(std::thread::hardware_concurrency()));
    const bool background = m_sweepInBackground;
    sweep->thread = std::thread([this, c, functions, done, sweep, threads, background] {
        // Before the workers start: they inherit it.
        if (background) nn::lowerThisThreadsPriority();
        auto lastProgress = std::chrono::steady_clock::now() - std::chrono::seconds(1);
        // The runs' losses as they come in (under runExperiment's lock), by worker thread.
        std::map<int, LiveRun> live;
        int followed = -1;
        const auto snapshot = [&] {
            LiveRun shown = followed >= 0 ? live[followed] : LiveRun{};
            shown.inProgress = int(std::count_if(live.begin(), live.end(),
                                                 [](const auto& w) { return !w.second.finished; }));
            return shown;
        };
        const bool completed = nn::runExperiment(
            c,
            [&](const std::string& id) -> const Activation* {
                const auto it = functions->find(id);
                return it == functions->end() ? nullptr : &it->second;
            },
            threads, done, &sweep->cancel,
            [this](const nn::RunResult& r) {
                QMetaObject::invokeMethod(
                    this,
                    [this, r] {
                        m_results.push_back(r);
                        // Saved after every run: closing the window keeps what is finished.
                        std::string all = nn::csvHeader() + "\n";
                        for (const auto& x : m_results)
                            all += nn::csvRow(x) + "\n";
                        QDir().mkpath(m_resultsDir);
                        QString error;
                        if (!writeFileAtomically(resultsPath(), QByteArray::fromStdString(all),
                                                 &error))
                            m_saveProblem = error;
                        emit resultsChanged();
                    },
                    Qt::QueuedConnection);
            },
            [&](const nn::ExperimentProgress& p) {
                LiveRun& run = live[p.worker];
                if (run.run != p.run) {
                    run = LiveRun{};
                    run.run = p.run;
                    run.worker = p.worker;
                    run.epochs = c.train.epochs;
                }
                run.stepsPerEpoch = p.stepsPerEpoch;
                run.stepLoss.insert(run.stepLoss.end(), p.stepLoss.begin(), p.stepLoss.end());
                run.trainLoss = p.trainLoss;
                run.testLoss = p.testLoss;
                run.finished = p.runFinished;
                if (followed < 0 || (live[followed].finished && p.worker != followed))
                    followed = p.worker;
                // At most 20 updates a second reach the window, whatever the number of runs
                // and their pace; what is skipped here rides on the next one.
                const auto now = std::chrono::steady_clock::now();
                if (now - lastProgress < std::chrono::milliseconds(50) && p.runsDone < p.runsTotal)
                    return;
                lastProgress = now;
                nn::ExperimentProgress status = p;
                status.stepLoss.clear();
                status.trainLoss.clear();
                status.testLoss.clear();
                QMetaObject::invokeMethod(
                    this,
                    [this, status, shown = snapshot()] {
                        m_live = shown;
                        emit liveRunChanged();
                        emit sweepProgress(status);
                    },
                    Qt::QueuedConnection);
            });
        QMetaObject::invokeMethod(
            this,
            [this, completed, shown = snapshot()] {
                m_live = shown;
                m_live.inProgress = 0; // a run cut short by Cancel is not training any more
                emit liveRunChanged();
                finishSweep(completed);
            },
            Qt::QueuedConnection);
    });
    emit sweepStarted();
}

void DepthLabModel::cancelSweep() {
    if (m_sweep) m_sweep->cancel = true;
}

void DepthLabModel::finishSweep(bool completed) {
    if (!m_sweep) return;
    m_sweep->thread.join();
    m_sweep.reset();
    emit sweepFinished(completed, m_saveProblem);
}

} // namespace ae
