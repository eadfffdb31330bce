// The depth lab's engine additions for its charts: histogram bins (counts, edges, NaN), the
// sweep's live losses (every batch reported once, epochs as they finish, a last report per
// run) and the trained network handed out of trainOne (the decision region's source).
#include "core/nn/experiment.h"
#include "core/nn/histogram.h"
#include "core/registry.h"

#include "nnlookup.h"

#include <QtTest>

#include <cmath>
#include <limits>
#include <map>

using namespace ae;
using namespace ae::nn;

namespace {

ExperimentConfig tinySweep() {
    ExperimentConfig c = *preset("quick");
    c.data.name = "moons";
    c.data.size = 200;
    c.functions = {"tanh", "mish"};
    c.depths = {1, 2};
    c.seeds = 1;
    c.train.epochs = 2;
    c.train.width = 8;
    return c;
}

constexpr float fnan = std::numeric_limits<float>::quiet_NaN();
constexpr float finf = std::numeric_limits<float>::infinity();

} // namespace

class TestNnLab : public QObject {
    Q_OBJECT
  private slots:
    void histogramBins_data();
    void histogramBins();
    void histogramCountsEveryValue();
    void centralRangeDropsTails();
    void sweepReportsEveryBatchLoss();
    void trainedNetworkIsTheRunsNetwork();
};

void TestNnLab::histogramBins_data() {
    QTest::addColumn<QList<float>>("values");
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::addColumn<int>("bins");
    QTest::addColumn<QList<int>>("counts");
    QTest::addColumn<int>("below");
    QTest::addColumn<int>("above");
    QTest::addColumn<int>("nonFinite");
    QTest::addColumn<double>("rangeLo");
    QTest::addColumn<double>("rangeHi");
    // Edges: lo belongs to the first bin, an inner edge to the bin above it, hi to the last.
    QTest::newRow("edges") << QList<float>{0, 0.25f, 0.5f, 0.75f, 1} << 0.0 << 1.0 << 4
                           << QList<int>{1, 1, 1, 2} << 0 << 0 << 0 << 0.0 << 1.0;
    QTest::newRow("outside") << QList<float>{-0.001f, 1.001f, 0.5f} << 0.0 << 1.0 << 2
                             << QList<int>{0, 1} << 1 << 1 << 0 << 0.0 << 1.0;
    QTest::newRow("nan and inf") << QList<float>{fnan, finf, -finf, 0.1f} << 0.0 << 1.0 << 2
                                 << QList<int>{1, 0} << 0 << 0 << 3 << 0.0 << 1.0;
    QTest::newRow("constant batch") << QList<float>{2, 2, 2} << 2.0 << 2.0 << 3
                                    << QList<int>{0, 3, 0} << 0 << 0 << 0 << 1.5 << 2.5;
    QTest::newRow("nan range") << QList<float>{0.2f} << double(fnan) << double(fnan) << 1
                               << QList<int>{1} << 0 << 0 << 0 << -0.5 << 0.5;
    QTest::newRow("no bins asked")
        << QList<float>{3} << 0.0 << 4.0 << 0 << QList<int>{1} << 0 << 0 << 0 << 0.0 << 4.0;
    QTest::newRow("empty") << QList<float>{} << -1.0 << 1.0 << 2 << QList<int>{0, 0} << 0 << 0 << 0
                           << -1.0 << 1.0;
}

void TestNnLab::histogramBins() {
    QFETCH(QList<float>, values);
    QFETCH(double, lo);
    QFETCH(double, hi);
    QFETCH(int, bins);
    QFETCH(QList<int>, counts);
    const std::vector<float> v(values.begin(), values.end());
    const Histogram h = histogram(v, lo, hi, bins);
    QCOMPARE(int(h.counts.size()), int(counts.size()));
    for (qsizetype i = 0; i < counts.size(); ++i)
        QCOMPARE(int(h.counts[std::size_t(i)]), counts[i]);
    QTEST(int(h.below), "below");
    QTEST(int(h.above), "above");
    QTEST(int(h.nonFinite), "nonFinite");
    QTEST(h.lo, "rangeLo");
    QTEST(h.hi, "rangeHi");
    QCOMPARE(h.total(), std::uint64_t(v.size()));
}

void TestNnLab::histogramCountsEveryValue() {
    // Values just below hi, where (v − lo)·bins/(hi − lo) rounds up to bins, land in the last bin.
    std::vector<float> v;
    for (int i = 0; i < 10000; ++i)
        v.push_back(std::nextafter(1.0f, 0.0f) * float(i) / 9999.0f);
    v.push_back(0.1f);
    const Histogram h = histogram(v, 0.0, double(v[9999]), 7);
    QCOMPARE(h.total(), std::uint64_t(v.size()));
    QCOMPARE(h.below + h.above + h.nonFinite, std::uint64_t(0));
    std::uint64_t sum = 0;
    for (auto c : h.counts)
        sum += c;
    QCOMPARE(sum, std::uint64_t(v.size()));
    QVERIFY(h.counts.back() > 0);
    QCOMPARE(h.binCentre(0), h.hi / 14);
}

void TestNnLab::centralRangeDropsTails() {
    std::vector<float> v;
    for (int i = 0; i <= 1000; ++i)
        v.push_back(float(i));
    v.push_back(fnan);
    v.push_back(1e30f); // a stray value: cut by the tail, not stretching the range
    const auto [lo, hi] = centralRange(v, 0.01);
    QCOMPARE(lo, 10.0);
    QCOMPARE(hi, 991.0);
    const auto whole = centralRange(v, 0.0);
    QCOMPARE(whole.first, 0.0);
    QCOMPARE(whole.second, double(1e30f));
    const auto none = centralRange(std::vector<float>{fnan, finf}, 0.01);
    QCOMPARE(none.first, 0.0);
    QCOMPARE(none.second, 0.0);
}

void TestNnLab::sweepReportsEveryBatchLoss() {
    const ExperimentConfig c = tinySweep();
    std::map<std::pair<std::string, int>, std::vector<double>> steps;
    std::map<std::pair<std::string, int>, ExperimentProgress> last;
    std::vector<RunResult> results;
    bool ordered = true;
    const bool completed = runExperiment(
        c, [](const std::string& id) { return registry().find(id); }, 2, {}, nullptr,
        [&](const RunResult& r) { results.push_back(r); },
        [&](const ExperimentProgress& p) {
            auto& s = steps[{p.run.function, p.run.depth}];
            ordered = ordered && p.firstStep == int(s.size());
            s.insert(s.end(), p.stepLoss.begin(), p.stepLoss.end());
            last[{p.run.function, p.run.depth}] = p;
        });
    QVERIFY(completed);
    QVERIFY(ordered);
    QCOMPARE(int(results.size()), 4);
    for (const RunResult& r : results) {
        const ExperimentProgress& p = last.at({r.function, r.depth});
        QVERIFY(p.runFinished);
        QCOMPARE(p.run.seed, r.seed);
        QCOMPARE(p.trainLoss, r.trainLoss);
        QCOMPARE(p.testLoss, r.testLoss);
        const auto& s = steps.at({r.function, r.depth});
        QCOMPARE(int(s.size()), c.train.epochs * p.stepsPerEpoch);
        // The first epoch's mean is the mean of its batches' losses.
        double sum = 0;
        for (int i = 0; i < p.stepsPerEpoch; ++i)
            sum += s[std::size_t(i)];
        QVERIFY(std::fabs(sum / p.stepsPerEpoch - r.trainLoss[0]) < 1e-9);
    }
}

void TestNnLab::trainedNetworkIsTheRunsNetwork() {
    const ExperimentConfig c = tinySweep();
    std::string error;
    const Dataset d = *loadDataset(c.data, &error);
    const Activation& mish = *registry().find("mish");
    std::vector<int> predicted;
    const RunResult r = trainOne(d, mish, {}, c.train, 2, 3, nullptr, {},
                                 [&](Mlp& net) { predicted = net.predict(d.testX); });
    QCOMPARE(int(predicted.size()), int(d.testY.size()));
    int right = 0;
    for (std::size_t i = 0; i < predicted.size(); ++i)
        right += predicted[i] == d.testY[i];
    QCOMPARE(double(right) / double(predicted.size()), r.testAccuracy);
    // Re-trained from the seed, the same network: what the decision region relies on.
    const RunResult again = trainOne(d, mish, {}, c.train, 2, 3);
    QCOMPARE(again.testAccuracy, r.testAccuracy);
    QCOMPARE(again.trainLoss, r.trainLoss);
}

QTEST_GUILESS_MAIN(TestNnLab)
#include "tst_nn_lab.moc"
