#include "depthlab/regionmodel.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <limits>
#include <mutex>
#include <thread>

namespace ae {

namespace {

struct RegionJob {
    quint64 generation = 0;
    nn::ExperimentConfig setup;
    nn::RunResult run;
    Activation activation; // a copy: a function removed meanwhile stays valid here
    std::vector<double> params;
};

// The grid covers every point, train and test, with a margin of a tenth of the wider side on
// each side and the same margin in both directions, so the map is not stretched.
void frame(DecisionRegion& r) {
    float lo[2] = {std::numeric_limits<float>::max(), std::numeric_limits<float>::max()};
    float hi[2] = {std::numeric_limits<float>::lowest(), std::numeric_limits<float>::lowest()};
    for (const Eigen::MatrixXf* m : {&r.trainX, &r.testX})
        for (int d = 0; d < 2 && m->rows() == 2; ++d)
            if (m->cols() > 0) {
                lo[d] = std::min(lo[d], m->row(d).minCoeff());
                hi[d] = std::max(hi[d], m->row(d).maxCoeff());
            }
    if (lo[0] > hi[0]) lo[0] = lo[1] = -1, hi[0] = hi[1] = 1;
    const double margin = 0.1 * std::max({double(hi[0] - lo[0]), double(hi[1] - lo[1]), 1e-3});
    r.x0 = lo[0] - margin;
    r.x1 = hi[0] + margin;
    r.y0 = lo[1] - margin;
    r.y1 = hi[1] + margin;
    r.nx = r.ny = DecisionRegionModel::resolution;
}

std::optional<DecisionRegion> compute(const RegionJob& job, const std::atomic<bool>* cancel) {
    std::string error;
    const auto data = nn::loadDataset(job.setup.data, &error);
    if (!data || data->features != 2) return std::nullopt;
    DecisionRegion r;
    r.run = job.run;
    r.classes = data->classes;
    r.trainX = data->trainX;
    r.testX = data->testX;
    r.trainY = data->trainY;
    r.testY = data->testY;
    frame(r);
    Eigen::MatrixXf grid(2, Eigen::Index(r.nx) * r.ny);
    for (int j = 0; j < r.ny; ++j)
        for (int i = 0; i < r.nx; ++i) {
            grid(0, Eigen::Index(j) * r.nx + i) = float(r.x(i));
            grid(1, Eigen::Index(j) * r.nx + i) = float(r.y(j));
        }
    const nn::RunResult again = nn::trainOne(
        *data, job.activation, job.params, job.setup.train, job.run.depth, job.run.seed, cancel, {},
        [&](nn::Mlp& net) { r.predicted = net.predict(grid); });
    if (again.cancelled || (cancel && cancel->load())) return std::nullopt;
    if (r.predicted.size() != std::size_t(grid.cols())) return std::nullopt;
    r.retrainedAccuracy = again.testAccuracy;
    return r;
}

} // namespace

// One thread; a request not yet started is replaced by a newer one, and the one in progress is
// cancelled (a long re-training would otherwise hold up the region the user clicked last).
class DecisionRegionModel::Worker {
  public:
    explicit Worker(DecisionRegionModel* owner) : m_owner(owner), m_thread([this] { run(); }) {}
    ~Worker() {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_cancel = true;
        m_wake.notify_one();
        m_thread.join();
    }
    void post(std::optional<RegionJob> job) {
        {
            std::lock_guard lock(m_mutex);
            m_pending.emplace(std::move(job));
            m_cancel = true; // the job in progress, if any; reset when the next one starts
        }
        m_wake.notify_one();
    }

  private:
    void run() {
        for (;;) {
            RegionJob job;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [&] { return m_stop || m_pending.has_value(); });
                if (m_stop) return;
                if (!*m_pending) { // a clear(): nothing to compute
                    m_pending.reset();
                    continue;
                }
                job = std::move(**m_pending);
                m_pending.reset();
                m_cancel = false;
            }
            auto region = compute(job, &m_cancel);
            QMetaObject::invokeMethod(
                m_owner,
                [owner = m_owner, g = job.generation, r = std::move(region)]() mutable {
                    owner->publish(g, std::move(r));
                },
                Qt::QueuedConnection);
        }
    }

    DecisionRegionModel* m_owner;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::optional<std::optional<RegionJob>> m_pending; // an empty job: cancel only
    std::atomic<bool> m_cancel{false};
    bool m_stop = false;
    std::thread m_thread; // last: starts once the members above exist
};

DecisionRegionModel::DecisionRegionModel(QObject* parent)
    : QObject(parent), m_worker(std::make_unique<Worker>(this)) {}

DecisionRegionModel::~DecisionRegionModel() = default;

void DecisionRegionModel::request(const nn::ExperimentConfig& setup, const nn::RunResult& run,
                                  const Activation& activation, const std::vector<double>& params) {
    ++m_requested;
    m_run = run;
    m_worker->post(RegionJob{m_requested, setup, run, activation, params});
    emit regionChanged(); // busy now: the chart says it is re-training
}

void DecisionRegionModel::clear() {
    if (!m_run && !m_region) return;
    ++m_requested;
    m_published = m_requested;
    m_run.reset();
    m_region.reset();
    m_worker->post(std::nullopt);
    emit regionChanged();
}

void DecisionRegionModel::publish(quint64 generation, std::optional<DecisionRegion> region) {
    if (generation != m_requested) return;
    m_published = generation;
    m_region = std::move(region);
    emit regionChanged();
}

} // namespace ae
