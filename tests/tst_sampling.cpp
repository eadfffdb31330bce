// Sampling grids and jump detection (where plots break a line rather than draw a false segment).
#include "activation.h"
#include "sampling.h"

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
};

void TestSampling::gridIsExactAtEnds() {
    Samples s;
    const Activation* a = findActivation("tanh");
    sample(*a, {}, -0.3, 0.7, 1001, s);
    QCOMPARE(s.x.front(), -0.3);
    QCOMPARE(s.x.back(), 0.7);
    QCOMPARE(s.x.size(), std::size_t(1001));
    for (std::size_t i = 1; i < s.x.size(); ++i) QVERIFY(s.x[i] > s.x[i - 1]);
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
    for (std::size_t i : found) QVERIFY(s.x[i] <= 0.0 && s.x[i + 1] >= 0.0);
}

QTEST_GUILESS_MAIN(TestSampling)
#include "tst_sampling.moc"
