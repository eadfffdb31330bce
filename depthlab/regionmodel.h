// DecisionRegionModel: the decision region of one finished run of a 2-D depth experiment — the
// class its network predicts over a grid covering the data, with the data on top. The sweep
// keeps no networks (a resumed sweep has only the CSV rows), so the run is re-trained from its
// seed on a worker thread: trainOne is deterministic for a seed, so the network is the one the
// sweep trained, and a 2-D run takes milliseconds to a second. A newer request cancels the
// one in progress; results carry their request's generation, so a stale region never shows.
#pragma once

#include "core/nn/experiment.h"

#include <QObject>

#include <algorithm>
#include <memory>
#include <optional>

namespace ae {

struct DecisionRegion {
    nn::RunResult run;            // the row of the sweep it re-trains
    double retrainedAccuracy = 0; // the re-trained network's test accuracy (the row's, re-found)
    int classes = 0;
    // The grid: nx × ny points from (x0, y0) to (x1, y1) inclusive, predicted row after row;
    // -1 where the network gives no finite output.
    double x0 = 0, x1 = 1, y0 = 0, y1 = 1;
    int nx = 0, ny = 0;
    std::vector<int> predicted;
    Eigen::MatrixXf trainX, testX; // the data, as the run was trained and tested on it
    std::vector<int> trainY, testY;

    double x(int i) const { return x0 + (x1 - x0) * i / std::max(nx - 1, 1); }
    double y(int j) const { return y0 + (y1 - y0) * j / std::max(ny - 1, 1); }
    int at(int i, int j) const { return predicted[std::size_t(j) * std::size_t(nx) + i]; }
};

class DecisionRegionModel : public QObject {
    Q_OBJECT
  public:
    explicit DecisionRegionModel(QObject* parent = nullptr);
    ~DecisionRegionModel() override;

    // Re-trains `run` of the sweep `setup` (its data, training settings) with `activation` at
    // `params`, and publishes its region.
    void request(const nn::ExperimentConfig& setup, const nn::RunResult& run,
                 const Activation& activation, const std::vector<double>& params);
    // Forgets the region (and drops any request in progress).
    void clear();
    bool busy() const { return m_requested != m_published; }
    // The run requested last (shown as "re-training …" while busy).
    const std::optional<nn::RunResult>& requested() const { return m_run; }
    const std::optional<DecisionRegion>& region() const { return m_region; }

    // Points per side of the grid.
    static constexpr int resolution = 121;

  signals:
    void regionChanged();

  private:
    class Worker;
    void publish(quint64 generation, std::optional<DecisionRegion> region);

    std::unique_ptr<Worker> m_worker;
    quint64 m_requested = 0, m_published = 0;
    std::optional<nn::RunResult> m_run;
    std::optional<DecisionRegion> m_region;
};

} // namespace ae
