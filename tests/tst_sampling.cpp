// Sampling grids and jump detection (where plots break a line rather than draw a false segment).
#include "core/activation.h"
#include "core/sampling.h"
#include "core/simplify.h"

#include <QtTest>

using namespace ae;

class TestSampling : public QObject {
    Q_OBJECT
  private slots:
    void gridIsExactAtEnds();
    void samplesMatchEvaluate();
    void reusesCapacity();
    void jumps_data();
    void jumps();
    void simplifyStraightLine();
    void simplifyStaysWithinTolerance_data();
    void simplifyStaysWithinTolerance();
    void simplifyKeepsGaps();
};

void TestSampling::gridIsExactAtEnds() {
    Samples s;
    const Activation* a = findActivation("tanh");
    sample(*a, {}, -0.3, 0.7, 1001, s);
    QCOMPARE(s.x.front(), -0.3);
    QCOMPARE(s.x.back(), 0.7);
    QCOMPARE(s.x.size(), std::size_t(1001));
    for (std::size_t i = 1; i < s.x.size(); ++i)
        QVERIFY(s.x[i] > s.x[i - 1]);
}

void TestSampling::samplesMatchEvaluate() {
    Samples s;
    const Activation* a = findActivation("swish");
    const double p[] = {2.25};
    sample(*a, p, -8, 8, 333, s);
    for (std::size_t i = 0; i < s.x.size(); i += 11) {
        const Derivs d = evaluate(*a, s.x[i], p);
        QCOMPARE(s.f[i], d.f);
        QCOMPARE(s.df[i], d.df);
        QCOMPARE(s.d2f[i], d.d2f);
    }
}

void TestSampling::reusesCapacity() {
    Samples s;
    const Activation* a = findActivation("mish");
    sample(*a, {}, -8, 8, 1280, s);
    const double* data = s.f.data();
    sample(*a, {}, -4, 4, 1280, s);
    QCOMPARE(s.f.data(), data); // a slider drag re-samples without allocating
}

void TestSampling::jumps_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("param");
    QTest::addColumn<int>("order"); // 0: f against f', 1: f' against f''
    QTest::addColumn<int>("expected");
    QTest::newRow("relu f is continuous") << "relu" << 0.0 << 0 << 0;
    QTest::newRow("relu f' jumps at 0") << "relu" << 0.0 << 1 << 1;
    QTest::newRow("leaky f' jumps at 0") << "leaky_relu" << 0.1 << 1 << 1;
    QTest::newRow("leaky a=1 f' is constant") << "leaky_relu" << 1.0 << 1 << 0;
    QTest::newRow("sigmoid f'") << "sigmoid" << 0.0 << 1 << 0;
    QTest::newRow("swish beta=10 f (steep, smooth)") << "swish" << 10.0 << 0 << 0;
    QTest::newRow("swish beta=10 f' (steep, smooth)") << "swish" << 10.0 << 1 << 0;
    QTest::newRow("mish f'") << "mish" << 0.0 << 1 << 0;
}

void TestSampling::jumps() {
    QFETCH(QString, id);
    QFETCH(double, param);
    QFETCH(int, order);
    QFETCH(int, expected);
    const Activation* a = findActivation(id.toStdString());
    auto p = defaultParams(*a);
    if (!p.empty()) p[0] = param;
    Samples s;
    sample(*a, p, -8, 8, 1280, s);
    const auto found = order == 0 ? ae::jumps(s.x, s.f, s.df) : ae::jumps(s.x, s.df, s.d2f);
    QCOMPARE(int(found.size()), expected);
    for (std::size_t i : found)
        QVERIFY(s.x[i] <= 0.0 && s.x[i + 1] >= 0.0);
}

void TestSampling::simplifyStraightLine() {
    std::vector<double> x, y;
    for (int i = 0; i <= 1000; ++i)
        x.push_back(i * 0.01), y.push_back(3 * i * 0.01 - 1);
    QCOMPARE(simplifyPolyline(x, y, 0.01, 0.01), (std::vector<std::size_t>{0, 1000}));
}

void TestSampling::simplifyStaysWithinTolerance_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("order");
    QTest::newRow("mish f") << "mish" << 0;
    QTest::newRow("tanh f'") << "tanh" << 1;
    QTest::newRow("swish f''") << "swish" << 2;
}

void TestSampling::simplifyStaysWithinTolerance() {
    QFETCH(QString, id);
    QFETCH(int, order);
    const Activation* a = findActivation(id.toStdString());
    Samples s;
    sample(*a, defaultParams(*a), -8, 8, 1200, s);
    const std::vector<double>& y = order == 0 ? s.f : order == 1 ? s.df : s.d2f;
    const double tolX = 16.0 / 1200 * 0.1, tolY = 0.002;
    const auto keep = simplifyPolyline(s.x, y, tolX, tolY);
    QVERIFY(keep.size() < y.size() / 4); // it does thin the curve…
    QCOMPARE(keep.front(), std::size_t(0));
    QCOMPARE(keep.back(), y.size() - 1);
    // …and every dropped sample lies within the tolerance of the kept polyline's chord.
    for (std::size_t k = 0; k + 1 < keep.size(); ++k) {
        const std::size_t a0 = keep[k], b0 = keep[k + 1];
        for (std::size_t i = a0 + 1; i < b0; ++i) {
            const double t = (s.x[i] - s.x[a0]) / (s.x[b0] - s.x[a0]);
            const double line = y[a0] + t * (y[b0] - y[a0]);
            QVERIFY(std::fabs(line - y[i]) <=
                    tolY * std::hypot(1.0, (y[b0] - y[a0]) / tolY / ((s.x[b0] - s.x[a0]) / tolX)) *
                            1.0001 +
                        1e-15);
        }
    }
}

void TestSampling::simplifyKeepsGaps() {
    const std::vector<double> x{0, 1, 2, 3, 4, 5, 6};
    const std::vector<double> y{0, 1, 2, std::nan(""), 4, 5, 6};
    const auto keep = simplifyPolyline(x, y, 0.1, 0.1);
    QCOMPARE(keep, (std::vector<std::size_t>{0, 2, 3, 4, 6}));
    QCOMPARE(simplifyPolyline(x, y, 0.0, 0.1).size(), x.size()); // no tolerance: keep everything
}

QTEST_GUILESS_MAIN(TestSampling)
#include "tst_sampling.moc"
