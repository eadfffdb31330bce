#include "model/analysismodel.h"
#include "model/names.h"

#include "model/nobreak.h"
#include "model/propertiestext.h"
#include "model/scene.h"
#include "model/throttle.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

#ifdef __linux__
#include <pthread.h>
#endif

namespace ae {

// The inputs of one analysis, copied, so the worker never reads the Scene.
struct AnalysisModel::Job {
    quint64 generation = 0;
    QString id;
    // Built-ins live for the whole run and are shared as they are; a function added at run time
    // is copied, so removing it while its job runs cannot pull it from under the worker.
    std::shared_ptr<const ae::Activation> activation;
    std::vector<double> params;
    double xMin = 0, xMax = 0, epsilon = 0;

    bool sameInputs(const Job& o) const {
        return id == o.id && activation == o.activation && params == o.params && xMin == o.xMin &&
               xMax == o.xMax && epsilon == o.epsilon;
    }
};

// A whole analysis, or one of its two parts as a worker returns it.
struct AnalysisModel::Result {
    quint64 generation = 0;
    QString id;
    std::optional<ae::Properties> properties;
    std::optional<std::vector<ae::VanishingInterval>> intervals;
};

namespace {

// Properties depend on the function and its parameters only: an ε or range change reuses them.
struct PropertiesCache {
    std::shared_ptr<const ae::Activation> activation; // held, so its address is never reused
    std::vector<double> params;
    ae::Properties properties;
};

} // namespace

// The two parts of an analysis are independent, so each has a worker of its own: on two cores
// they run side by side while the GUI thread waits (properties ≈ 0.6 ms, intervals ≈ 0.4 ms for
// Swish, docs/benchmarks.md).
enum class Part { Properties, Intervals };
static AnalysisModel::Result analyse(const AnalysisModel::Job& job, Part part,
                                     PropertiesCache& cache);

class AnalysisModel::Worker {
  public:
    Worker(AnalysisModel* owner, Part part)
        : m_owner(owner), m_part(part), m_thread([this] { run(); }) {}
    ~Worker() {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        m_thread.join(); // a running job finishes (milliseconds); its result is dropped with us
    }
    // Replaces a job that has not started yet: only the newest state is worth analysing.
    void post(Job job) {
        {
            std::lock_guard lock(m_mutex);
            m_next = std::move(job);
        }
        m_wake.notify_one();
    }

  private:
    void run() {
#ifdef __linux__
        // Named, so that top, perf and gdb tell the workers from the GUI thread.
        pthread_setname_np(pthread_self(),
                           m_part == Part::Properties ? "ae-properties" : "ae-intervals");
#endif
        PropertiesCache cache;
        for (;;) {
            Job job;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stop || m_next; });
                if (m_stop) return;
                job = std::move(*m_next);
                m_next.reset();
            }
            Result r = analyse(job, m_part, cache);
            // Back on the GUI thread; Qt drops the call if the model is destroyed first.
            AnalysisModel* owner = m_owner;
            QMetaObject::invokeMethod(
                owner, [owner, r = std::move(r)] { owner->receive(Result(r)); },
                Qt::QueuedConnection);
        }
    }

    AnalysisModel* m_owner;
    Part m_part;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::optional<Job> m_next;
    bool m_stop = false;
    std::thread m_thread; // last: starts once the members above exist
};

static AnalysisModel::Result analyse(const AnalysisModel::Job& job, Part part,
                                     PropertiesCache& cache) {
    AnalysisModel::Result r;
    r.generation = job.generation;
    r.id = job.id;
    if (part == Part::Properties) {
        if (cache.activation != job.activation || cache.params != job.params) {
            cache.properties = ae::analyseProperties(*job.activation, job.params);
            cache.activation = job.activation;
            cache.params = job.params;
        }
        r.properties = cache.properties;
    } else {
        r.intervals =
            ae::vanishingIntervals(*job.activation, job.params, job.xMin, job.xMax, job.epsilon);
    }
    return r;
}

// Both parts on the calling thread.
static AnalysisModel::Result analyseNow(const AnalysisModel::Job& job) {
    PropertiesCache cache;
    AnalysisModel::Result r = analyse(job, Part::Properties, cache);
    r.intervals = analyse(job, Part::Intervals, cache).intervals;
    return r;
}

namespace {

std::optional<AnalysisModel::Job> jobFor(const Scene& scene) {
    const QString id = scene.selected();
    const ae::Activation* a = scene.activation(id);
    if (!a || !scene.isEnabled(id)) return std::nullopt;
    AnalysisModel::Job job;
    job.id = id;
    if (ae::findActivation(a->id) == a)
        job.activation = std::shared_ptr<const ae::Activation>(a, [](const ae::Activation*) {});
    else
        job.activation = std::make_shared<const ae::Activation>(*a);
    const auto p = scene.parameters(id);
    job.params.assign(p.begin(), p.end());
    job.xMin = scene.xMin();
    job.xMax = scene.xMax();
    job.epsilon = scene.epsilon();
    return job;
}

} // namespace

AnalysisModel::AnalysisModel(Scene* scene, QObject* parent, Mode mode)
    : QObject(parent), m_scene(scene), m_mode(mode), m_texts(new Throttle(
                                                         200, [this] { emitTexts(); }, this)) {
    connect(this, &AnalysisModel::changed, this, &AnalysisModel::requestTexts);
    connect(scene, &Scene::parameterChanged, this, [this](const QString& id) {
        if (id == m_scene->selected())
            request();
        else
            requestTexts(); // another function's legend entry
    });
    connect(scene, &Scene::selectionChanged, this, &AnalysisModel::request);
    connect(scene, &Scene::functionsChanged, this, &AnalysisModel::request);
    connect(scene, &Scene::epsilonChanged, this, &AnalysisModel::request);
    connect(scene, &Scene::rangeChanged, this, &AnalysisModel::request);
    request(); // before the worker exists: the first state is analysed on the spot
    if (m_mode == Mode::Worker) {
        m_propertiesWorker = std::make_unique<Worker>(this, Part::Properties);
        m_intervalsWorker = std::make_unique<Worker>(this, Part::Intervals);
    }
}

AnalysisModel::~AnalysisModel() = default; // joins the workers before the QObject goes

void AnalysisModel::request() {
    std::optional<Job> job = jobFor(*m_scene);
    if (job && m_lastJob && job->sameInputs(*m_lastJob)) {
        // Nothing the analysis reads changed (another function shown or hidden): no new
        // generation. Listeners still hear changed() when the current one is in, as before.
        if (isCurrent()) emit changed();
        return;
    }
    ++m_generation;
    m_partial.reset();
    if (!job) { // nothing selected or shown: nothing to compute
        m_lastJob.reset();
        Result none;
        none.generation = m_generation;
        none.properties.emplace();
        none.intervals.emplace();
        receive(none);
        return;
    }
    job->generation = m_generation;
    m_lastJob = std::make_unique<Job>(*job);
    if (m_propertiesWorker) {
        m_propertiesWorker->post(*job);
        m_intervalsWorker->post(std::move(*job));
    } else {
        receive(analyseNow(*job));
    }
}

void AnalysisModel::waitForCurrent() {
    if (isCurrent() || !m_lastJob) return;
    receive(analyseNow(*m_lastJob)); // the workers' copies will find it already published
}

void AnalysisModel::receive(const Result& r) {
    // Only the newest generation is shown; anything older (or already shown) is dropped.
    if (r.generation != m_generation || r.generation <= m_published) return;
    if (!m_partial) m_partial = std::make_unique<Result>();
    Result& whole = *m_partial;
    whole.generation = r.generation;
    whole.id = r.id;
    if (r.properties) whole.properties = r.properties;
    if (r.intervals) whole.intervals = r.intervals;
    if (!whole.properties || !whole.intervals) return; // the other part is still running
    m_published = whole.generation;
    m_id = whole.id;
    m_properties = std::move(*whole.properties);
    m_class = m_properties.saturation;
    m_intervals = std::move(*whole.intervals);
    m_partial.reset();
    emit changed();
}

void AnalysisModel::setTextsEveryFrame(bool everyFrame) {
    m_textsEveryFrame = everyFrame;
    if (!everyFrame) m_texts->request(); // end on the latest state
}

void AnalysisModel::requestTexts() {
    if (m_textsEveryFrame)
        emitTexts();
    else
        m_texts->request();
}

void AnalysisModel::emitTexts() {
    // Not while a newer state is being analysed: the texts would name a β whose curves and
    // bands are not drawn yet. publish() asks again.
    if (isCurrent()) emit textsChanged();
}

QString AnalysisModel::summary() const {
    const ae::Activation* a = m_scene->activation(m_id);
    if (!a) return tr("Select a shown function to see where its gradient vanishes.");
    const QString name = legendName(*m_scene, m_id); // with its parameters, like the legend
    // "Sigmoid saturates on both sides (soft). |f′| < 0.01 for x < −4.585 and for x > 4.585."
    return keepExpressionsTogether(tr("%1 %2. %3.")
                                       .arg(name, saturationPhrase(m_class),
                                            vanishingClause(m_intervals, m_scene->epsilon())));
}

} // namespace ae
