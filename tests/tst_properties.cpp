// Properties computed by core from the evaluators, against what the literature states for each
// function (and the Swish/Mish landmarks the article's figures show).
#include "properties.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace ae;

namespace {
constexpr double inf = std::numeric_limits<double>::infinity();

Properties analyse(const QString& id, const QList<double>& values = {}) {
    const Activation* a = findActivation(id.toStdString());
    if (!a) return {};
    auto p = defaultParams(*a);
    for (int i = 0; i < values.size(); ++i)
        p[std::size_t(i)] = values[i];
    return analyseProperties(*a, p);
}
bool near(double a, double b, double tol) {
    return a == b || std::fabs(a - b) <= tol;
}
} // namespace

class TestProperties : public QObject {
    Q_OBJECT
  private slots:
    void range_data();
    void range();
    void monotonicity_data();
    void monotonicity();
    void smoothness_data();
    void smoothness();
    void symmetryAndSlopes_data();
    void symmetryAndSlopes();
    void swishMinimumMovesWithBeta_data();
    void swishMinimumMovesWithBeta();
};

void TestProperties::range_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QList<double>>("params");
    QTest::addColumn<double>("lo");
    QTest::addColumn<bool>("loClosed");
    QTest::addColumn<double>("hi");
    QTest::addColumn<bool>("hiClosed");
    QTest::newRow("sigmoid (0, 1)") << "sigmoid" << QList<double>{} << 0.0 << false << 1.0 << false;
    QTest::newRow("tanh (-1, 1)") << "tanh" << QList<double>{} << -1.0 << false << 1.0 << false;
    QTest::newRow("relu [0, inf)") << "relu" << QList<double>{} << 0.0 << true << inf << false;
    QTest::newRow("leaky (-inf, inf)")
        << "leaky_relu" << QList<double>{0.1} << -inf << false << inf << false;
    QTest::newRow("leaky a=0 [0, inf)")
        << "leaky_relu" << QList<double>{0.0} << 0.0 << true << inf << false;
    QTest::newRow("swish [-0.2785, inf)")
        << "swish" << QList<double>{1.0} << -0.2784645428 << true << inf << false;
    QTest::newRow("swish beta=0 (-inf, inf)")
        << "swish" << QList<double>{0.0} << -inf << false << inf << false;
    QTest::newRow("mish [-0.3088, inf)")
        << "mish" << QList<double>{} << -0.3088434130 << true << inf << false;
    QTest::newRow("hardtanh [-1, 1]")
        << "hardtanh" << QList<double>{} << -1.0 << true << 1.0 << true;
    QTest::newRow("elu (-1, inf)") << "elu" << QList<double>{1.0} << -1.0 << false << inf << false;
    QTest::newRow("softsign (-1, 1)")
        << "softsign" << QList<double>{} << -1.0 << false << 1.0 << false;
    QTest::newRow("logsigmoid (-inf, 0)")
        << "logsigmoid" << QList<double>{} << -inf << false << 0.0 << false;
    QTest::newRow("step [0, 1]") << "step" << QList<double>{} << 0.0 << true << 1.0 << true;
    QTest::newRow("gelu [min, inf)")
        << "gelu" << QList<double>{} << -0.16997120747 << true << inf << false;
}

void TestProperties::range() {
    QFETCH(QString, id);
    QFETCH(QList<double>, params);
    QFETCH(double, lo);
    QFETCH(bool, loClosed);
    QFETCH(double, hi);
    QFETCH(bool, hiClosed);
    const Properties pr = analyse(id, params);
    QVERIFY2(near(pr.lower.value, lo, 1e-9), qPrintable(QString::number(pr.lower.value, 'g', 12)));
    QCOMPARE(pr.lower.attained, loClosed);
    QVERIFY2(near(pr.upper.value, hi, 1e-9), qPrintable(QString::number(pr.upper.value, 'g', 12)));
    QCOMPARE(pr.upper.attained, hiClosed);
}

void TestProperties::monotonicity_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QList<double>>("params");
    QTest::addColumn<bool>("monotonic");
    QTest::addColumn<double>("decLo"); // the one interval where f' < 0, if not monotonic
    QTest::addColumn<double>("decHi");
    QTest::newRow("sigmoid") << "sigmoid" << QList<double>{} << true << 0.0 << 0.0;
    QTest::newRow("relu") << "relu" << QList<double>{} << true << 0.0 << 0.0;
    QTest::newRow("swish beta=1") << "swish" << QList<double>{1.0} << false << -inf
                                  << -1.2784645428;
    QTest::newRow("swish beta=2") << "swish" << QList<double>{2.0} << false << -inf
                                  << -1.2784645428 / 2;
    QTest::newRow("swish beta=0.01 (minimum far out)")
        << "swish" << QList<double>{0.01} << false << -inf << -127.84645428;
    QTest::newRow("swish beta=0") << "swish" << QList<double>{0.0} << true << 0.0 << 0.0;
    QTest::newRow("mish") << "mish" << QList<double>{} << false << -inf << -1.1924312145;
}

void TestProperties::monotonicity() {
    QFETCH(QString, id);
    QFETCH(QList<double>, params);
    QFETCH(bool, monotonic);
    QFETCH(double, decLo);
    QFETCH(double, decHi);
    const Properties pr = analyse(id, params);
    QCOMPARE(pr.monotonic, monotonic);
    if (monotonic) {
        QVERIFY(pr.decreasing.empty());
        return;
    }
    QCOMPARE(pr.decreasing.size(), std::size_t(1));
    QCOMPARE(pr.decreasing[0].lo, decLo);
    QVERIFY2(near(pr.decreasing[0].hi, decHi, 1e-8 * std::max(1.0, std::fabs(decHi))),
             qPrintable(QString::number(pr.decreasing[0].hi, 'g', 12)));
    QCOMPARE(pr.extrema.size(), std::size_t(1));
    QVERIFY(pr.extrema[0].minimum);
    QVERIFY(near(pr.extrema[0].x, decHi, 1e-8 * std::max(1.0, std::fabs(decHi))));
}

void TestProperties::smoothness_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QList<double>>("params");
    QTest::addColumn<int>("smoothness");
    QTest::addColumn<QList<double>>("kinks");
    QTest::newRow("sigmoid smooth")
        << "sigmoid" << QList<double>{} << int(Smoothness::Smooth) << QList<double>{};
    QTest::newRow("mish smooth") << "mish" << QList<double>{} << int(Smoothness::Smooth)
                                 << QList<double>{};
    QTest::newRow("swish beta=10 smooth")
        << "swish" << QList<double>{10.0} << int(Smoothness::Smooth) << QList<double>{};
    QTest::newRow("relu kink at 0")
        << "relu" << QList<double>{} << int(Smoothness::C0) << QList<double>{0.0};
    QTest::newRow("leaky kink at 0")
        << "leaky_relu" << QList<double>{0.3} << int(Smoothness::C0) << QList<double>{0.0};
    QTest::newRow("leaky a=1 is the identity")
        << "leaky_relu" << QList<double>{1.0} << int(Smoothness::Smooth) << QList<double>{};
    QTest::newRow("hardtanh kinks at ±1")
        << "hardtanh" << QList<double>{} << int(Smoothness::C0) << QList<double>{-1.0, 1.0};
    QTest::newRow("hardtanh -2..0.5") << "hardtanh" << QList<double>{-2.0, 0.5}
                                      << int(Smoothness::C0) << QList<double>{-2.0, 0.5};
    QTest::newRow("relu6 kinks at 0 and 6")
        << "relu6" << QList<double>{} << int(Smoothness::C0) << QList<double>{0.0, 6.0};
    QTest::newRow("elu alpha=1 is C1")
        << "elu" << QList<double>{1.0} << int(Smoothness::C1) << QList<double>{};
    QTest::newRow("elu alpha=2 has a kink")
        << "elu" << QList<double>{2.0} << int(Smoothness::C0) << QList<double>{0.0};
    QTest::newRow("softsign f'' jumps at 0")
        << "softsign" << QList<double>{} << int(Smoothness::C1) << QList<double>{};
    // x(x+3)/6 has slope −1/2 at −3 and 3/2 at 3, against 0 and 1 outside: kinks, not just f''.
    QTest::newRow("hardswish kinks at ±3")
        << "hardswish" << QList<double>{} << int(Smoothness::C0) << QList<double>{-3.0, 3.0};
    QTest::newRow("gelu smooth") << "gelu" << QList<double>{} << int(Smoothness::Smooth)
                                 << QList<double>{};
    QTest::newRow("step jumps") << "step" << QList<double>{} << int(Smoothness::Discontinuous)
                                << QList<double>{};
    QTest::newRow("hardshrink jumps")
        << "hardshrink" << QList<double>{} << int(Smoothness::Discontinuous) << QList<double>{};
}

void TestProperties::smoothness() {
    QFETCH(QString, id);
    QFETCH(QList<double>, params);
    QFETCH(int, smoothness);
    QFETCH(QList<double>, kinks);
    const Properties pr = analyse(id, params);
    QCOMPARE(int(pr.smoothness), smoothness);
    QCOMPARE(int(pr.kinks.size()), kinks.size());
    for (int i = 0; i < kinks.size(); ++i)
        QCOMPARE(pr.kinks[std::size_t(i)], kinks[i]);
}

void TestProperties::symmetryAndSlopes_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("odd");
    QTest::addColumn<bool>("bothSigns");
    QTest::addColumn<double>("slopeAtZero");
    QTest::addColumn<double>("maxSlope");
    QTest::addColumn<double>("maxAtLo");
    QTest::addColumn<double>("maxAtHi");
    QTest::newRow("tanh") << "tanh" << true << true << 1.0 << 1.0 << 0.0 << 0.0;
    QTest::newRow("sigmoid") << "sigmoid" << false << false << 0.25 << 0.25 << 0.0 << 0.0;
    QTest::newRow("relu") << "relu" << false << false << 0.0 << 1.0 << 0.0 << inf;
    QTest::newRow("mish") << "mish" << false << true << 0.6 << 1.0885 << 1.4906 << 1.4906;
}

void TestProperties::symmetryAndSlopes() {
    QFETCH(QString, id);
    QFETCH(bool, odd);
    QFETCH(bool, bothSigns);
    QFETCH(double, slopeAtZero);
    QFETCH(double, maxSlope);
    QFETCH(double, maxAtLo);
    QFETCH(double, maxAtHi);
    const Properties pr = analyse(id);
    QCOMPARE(pr.odd, odd);
    QCOMPARE(pr.bothSigns, bothSigns);
    QVERIFY(near(pr.slopeAtZero, slopeAtZero, 1e-15));
    QVERIFY2(near(pr.maxSlope, maxSlope, 1e-4), qPrintable(QString::number(pr.maxSlope, 'g', 12)));
    QVERIFY(near(pr.maxSlopeAt.lo, maxAtLo, 1e-4));
    QVERIFY(near(pr.maxSlopeAt.hi, maxAtHi, 1e-4));
}

void TestProperties::swishMinimumMovesWithBeta_data() {
    QTest::addColumn<double>("beta");
    for (double b : {0.25, 0.5, 1.0, 1.5, 3.0, 10.0})
        QTest::newRow(qPrintable(QString("beta=%1").arg(b))) << b;
}

void TestProperties::swishMinimumMovesWithBeta() {
    QFETCH(double, beta);
    const Properties pr = analyse("swish", {beta});
    QCOMPARE(pr.extrema.size(), std::size_t(1));
    // x·σ(βx) = (1/β)·g(βx): the minimum's place and value both scale as 1/β.
    QVERIFY(near(pr.extrema[0].x, -1.2784645428 / beta, 1e-8 / beta));
    QVERIFY(near(pr.extrema[0].f, -0.2784645428 / beta, 1e-9 / beta));
    QVERIFY(near(pr.lower.value, pr.extrema[0].f, 0));
}

QTEST_GUILESS_MAIN(TestProperties)
#include "tst_properties.moc"
