// Properties computed by core from the evaluators, against what the literature states for each
// function (and the Swish/Mish landmarks the article's figures show).
#include "core/properties.h"

#include "ulps.h"

#include <QtTest>

#include <cmath>
#include <cstring>
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
// "(-inf,-0.5)U{0}U(0.5,inf)": a set of intervals, numbers to 6 significant digits.
QString str(const std::vector<Interval>& set) {
    QStringList parts;
    for (const auto& iv : set) {
        if (iv.isPoint() && iv.loClosed) {
            parts << QString("{%1}").arg(iv.lo, 0, 'g', 6);
            continue;
        }
        parts << QString("%1%2,%3%4")
                     .arg(iv.loClosed ? '[' : '(')
                     .arg(iv.lo, 0, 'g', 6)
                     .arg(iv.hi, 0, 'g', 6)
                     .arg(iv.hiClosed ? ']' : ')');
    }
    return parts.join('U');
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
    void image_data();
    void image();
    void strictness_data();
    void strictness();
    void maxSlopeWhere_data();
    void maxSlopeWhere();
    void stationaryPointsToFewUlp_data();
    void stationaryPointsToFewUlp();
    void decreasingSets_data();
    void decreasingSets();
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
    QVERIFY(!pr.maxSlopeAt.at.empty());
    QVERIFY(near(pr.maxSlopeAt.at.front().lo, maxAtLo, 1e-4));
    QVERIFY(near(pr.maxSlopeAt.at.back().hi, maxAtHi, 1e-4));
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

// The range is the image, not its hull: jumps leave gaps, flat pieces isolated values.
void TestProperties::image_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QList<double>>("params");
    QTest::addColumn<QString>("image");
    QTest::newRow("step {0, 1}") << "step" << QList<double>{} << "{0}U{1}";
    QTest::newRow("hardshrink") << "hardshrink" << QList<double>{0.5}
                                << "(-inf,-0.5)U{0}U(0.5,inf)";
    QTest::newRow("hardshrink lambda=2")
        << "hardshrink" << QList<double>{2.0} << "(-inf,-2)U{0}U(2,inf)";
    QTest::newRow("hardshrink lambda=0 is the identity")
        << "hardshrink" << QList<double>{0.0} << "(-inf,inf)";
    QTest::newRow("threshold t=1 v=0") << "threshold" << QList<double>{1.0, 0.0} << "{0}U(1,inf)";
    QTest::newRow("threshold t=1 v=3 (value inside the upper piece)")
        << "threshold" << QList<double>{1.0, 3.0} << "(1,inf)";
    QTest::newRow("threshold t=-1 v=2") << "threshold" << QList<double>{-1.0, 2.0} << "(-1,inf)";
    QTest::newRow("relu") << "relu" << QList<double>{} << "[0,inf)";
    QTest::newRow("sigmoid") << "sigmoid" << QList<double>{} << "(0,1)";
    QTest::newRow("hardtanh") << "hardtanh" << QList<double>{} << "[-1,1]";
    QTest::newRow("hardtanh constant 0") << "hardtanh" << QList<double>{0.0, 0.0} << "{0}";
    QTest::newRow("softshrink") << "softshrink" << QList<double>{} << "(-inf,inf)";
    QTest::newRow("elu alpha=0 is ReLU") << "elu" << QList<double>{0.0} << "[0,inf)";
}

void TestProperties::image() {
    QFETCH(QString, id);
    QFETCH(QList<double>, params);
    QFETCH(QString, image);
    const Properties pr = analyse(id, params);
    QCOMPARE(str(pr.range), image);
    QCOMPARE(pr.lower.value, pr.range.front().lo);
    QCOMPARE(pr.upper.value, pr.range.back().hi);
}

void TestProperties::strictness_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QList<double>>("params");
    QTest::addColumn<int>("order");
    using M = Monotonicity;
    QTest::newRow("sigmoid strictly") << "sigmoid" << QList<double>{} << int(M::StrictlyIncreasing);
    QTest::newRow("tanh strictly") << "tanh" << QList<double>{} << int(M::StrictlyIncreasing);
    QTest::newRow("softplus strictly")
        << "softplus" << QList<double>{} << int(M::StrictlyIncreasing);
    QTest::newRow("softsign strictly")
        << "softsign" << QList<double>{} << int(M::StrictlyIncreasing);
    QTest::newRow("elu strictly") << "elu" << QList<double>{1.0} << int(M::StrictlyIncreasing);
    QTest::newRow("celu alpha=0.05 strictly")
        << "celu" << QList<double>{0.05} << int(M::StrictlyIncreasing);
    QTest::newRow("leaky 0.1 strictly")
        << "leaky_relu" << QList<double>{0.1} << int(M::StrictlyIncreasing);
    QTest::newRow("identity strictly")
        << "identity" << QList<double>{} << int(M::StrictlyIncreasing);
    QTest::newRow("tanhshrink strictly (f'(0) = 0 at a point only)")
        << "tanhshrink" << QList<double>{} << int(M::StrictlyIncreasing);
    QTest::newRow("relu non-decreasing") << "relu" << QList<double>{} << int(M::NonDecreasing);
    QTest::newRow("leaky a=0 non-decreasing")
        << "leaky_relu" << QList<double>{0.0} << int(M::NonDecreasing);
    QTest::newRow("step non-decreasing") << "step" << QList<double>{} << int(M::NonDecreasing);
    QTest::newRow("hardshrink non-decreasing")
        << "hardshrink" << QList<double>{0.5} << int(M::NonDecreasing);
    QTest::newRow("hardshrink narrow dead zone")
        << "hardshrink" << QList<double>{0.004} << int(M::NonDecreasing);
    QTest::newRow("hardsigmoid non-decreasing")
        << "hardsigmoid" << QList<double>{} << int(M::NonDecreasing);
    QTest::newRow("hardtanh 0..0 constant")
        << "hardtanh" << QList<double>{0.0, 0.0} << int(M::Constant);
    QTest::newRow("threshold jumping down is not monotonic")
        << "threshold" << QList<double>{0.0, 2.0} << int(M::None);
    QTest::newRow("swish not monotonic") << "swish" << QList<double>{1.0} << int(M::None);
}

void TestProperties::strictness() {
    QFETCH(QString, id);
    QFETCH(QList<double>, params);
    QFETCH(int, order);
    const Properties pr = analyse(id, params);
    QCOMPARE(int(pr.monotonicity), order);
    QCOMPARE(pr.monotonic, order != int(Monotonicity::None));
}

// Where sup |f'| is reached, against the closed forms: a value that only rounds to the sup
// (σ(x) = 1 in double from x ≈ 36.7) is not reached.
void TestProperties::maxSlopeWhere_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QList<double>>("params");
    QTest::addColumn<double>("sup");
    QTest::addColumn<QString>("at");
    QTest::addColumn<bool>("toMinusInf");
    QTest::addColumn<bool>("toPlusInf");
    QTest::newRow("softplus") << "softplus" << QList<double>{1.0} << 1.0 << "" << false << true;
    QTest::newRow("softplus beta=10")
        << "softplus" << QList<double>{10.0} << 1.0 << "" << false << true;
    QTest::newRow("logsigmoid") << "logsigmoid" << QList<double>{} << 1.0 << "" << true << false;
    QTest::newRow("squareplus") << "squareplus" << QList<double>{4.0} << 1.0 << "" << false << true;
    QTest::newRow("tanhshrink") << "tanhshrink" << QList<double>{} << 1.0 << "" << true << true;
    QTest::newRow("softshrink") << "softshrink" << QList<double>{0.5} << 1.0
                                << "(-inf,-0.5)U(0.5,inf)" << false << false;
    QTest::newRow("hardshrink") << "hardshrink" << QList<double>{0.5} << 1.0
                                << "(-inf,-0.5)U(0.5,inf)" << false << false;
    QTest::newRow("elu") << "elu" << QList<double>{1.0} << 1.0 << "[0,inf)" << false << false;
    QTest::newRow("elu alpha=2 (f'(0) = 2)")
        << "elu" << QList<double>{2.0} << 2.0 << "{0}" << false << false;
    QTest::newRow("celu") << "celu" << QList<double>{1.0} << 1.0 << "[0,inf)" << false << false;
    QTest::newRow("relu") << "relu" << QList<double>{} << 1.0 << "(0,inf)" << false << false;
    QTest::newRow("leaky") << "leaky_relu" << QList<double>{0.1} << 1.0 << "(0,inf)" << false
                           << false;
    QTest::newRow("relu6") << "relu6" << QList<double>{} << 1.0 << "(0,6)" << false << false;
    QTest::newRow("hardsigmoid") << "hardsigmoid" << QList<double>{} << 1.0 / 6 << "(-3,3)" << false
                                 << false;
    QTest::newRow("hardswish f'(3) = 3/2")
        << "hardswish" << QList<double>{} << 1.5 << "{3}" << false << false;
    QTest::newRow("sigmoid") << "sigmoid" << QList<double>{} << 0.25 << "{0}" << false << false;
    QTest::newRow("tanh") << "tanh" << QList<double>{} << 1.0 << "{0}" << false << false;
    QTest::newRow("identity") << "identity" << QList<double>{} << 1.0 << "(-inf,inf)" << false
                              << false;
    QTest::newRow("step") << "step" << QList<double>{} << 0.0 << "(-inf,inf)" << false << false;
    QTest::newRow("selu") << "selu" << QList<double>{} << 1.7580993408473768 << "{0}" << false
                          << false;
}

void TestProperties::maxSlopeWhere() {
    QFETCH(QString, id);
    QFETCH(QList<double>, params);
    QFETCH(double, sup);
    QFETCH(QString, at);
    QFETCH(bool, toMinusInf);
    QFETCH(bool, toPlusInf);
    const Properties pr = analyse(id, params);
    QCOMPARE(pr.maxSlope, sup);
    QCOMPARE(str(pr.maxSlopeAt.at), at);
    QCOMPARE(pr.maxSlopeAt.approachedAtMinusInf, toMinusInf);
    QCOMPARE(pr.maxSlopeAt.approachedAtPlusInf, toPlusInf);
}

// Extrema, the place of max |f'| and the ends of f' < 0, to 4 ulp of the roots mpmath finds
// (50 digits: findroot on mp.diff(f, x, 1) or (f, x, 2), rounded to double), e.g.
//   mish = lambda x: x*tanh(log(1+exp(x))); float(findroot(lambda x: diff(mish, x), -1.19))
void TestProperties::stationaryPointsToFewUlp_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QList<double>>("params");
    QTest::addColumn<QString>("what"); // "min": the extremum and the end of f' < 0; "slope"
    QTest::addColumn<double>("x");
    QTest::newRow("mish min") << "mish" << QList<double>{} << "min" << -1.192431214515495212;
    QTest::newRow("mish max slope") << "mish" << QList<double>{} << "slope" << 1.490571179485428459;
    QTest::newRow("swish beta=1 min")
        << "swish" << QList<double>{1.0} << "min" << -1.278464542761073795;
    QTest::newRow("swish beta=1 max slope")
        << "swish" << QList<double>{1.0} << "slope" << 2.399357280515467668;
    QTest::newRow("swish beta=2 min")
        << "swish" << QList<double>{2.0} << "min" << -0.6392322713805368976;
    QTest::newRow("swish beta=0.5 min")
        << "swish" << QList<double>{0.5} << "min" << -2.556929085522147590;
    QTest::newRow("silu min") << "silu" << QList<double>{} << "min" << -1.278464542761073795;
    QTest::newRow("gelu min") << "gelu" << QList<double>{} << "min" << -0.7517915246935644575;
    QTest::newRow("gelu max slope (sqrt 2)")
        << "gelu" << QList<double>{} << "slope" << 1.414213562373095049;
    QTest::newRow("gelu_tanh min")
        << "gelu_tanh" << QList<double>{} << "min" << -0.7524614220710162585;
    QTest::newRow("gelu_tanh max slope")
        << "gelu_tanh" << QList<double>{} << "slope" << 1.418504008790828356;
    QTest::newRow("hardswish min") << "hardswish" << QList<double>{} << "min" << -1.5;
}

void TestProperties::stationaryPointsToFewUlp() {
    QFETCH(QString, id);
    QFETCH(QList<double>, params);
    QFETCH(QString, what);
    QFETCH(double, x);
    const Properties pr = analyse(id, params);
    if (what == "min") {
        QCOMPARE(pr.extrema.size(), std::size_t(1));
        QVERIFY(pr.extrema[0].minimum);
        QVERIFY2(ulpDistance(pr.extrema[0].x, x) <= 4,
                 qPrintable(QString::number(pr.extrema[0].x, 'g', 17)));
        QCOMPARE(pr.decreasing.size(), std::size_t(1));
        QVERIFY2(ulpDistance(pr.decreasing[0].hi, x) <= 4,
                 qPrintable(QString::number(pr.decreasing[0].hi, 'g', 17)));
        QVERIFY(!pr.decreasing[0].hiClosed); // f'(root) = 0 is not < 0
    } else {
        QCOMPARE(pr.maxSlopeAt.at.size(), std::size_t(1));
        QVERIFY(pr.maxSlopeAt.at[0].isPoint());
        QVERIFY2(ulpDistance(pr.maxSlopeAt.at[0].lo, x) <= 4,
                 qPrintable(QString::number(pr.maxSlopeAt.at[0].lo, 'g', 17)));
    }
}

// Where f' < 0, with the ends that belong to it: Hardswish'(-3) = -1/2 (PyTorch) closes [-3.
void TestProperties::decreasingSets_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QList<double>>("params");
    QTest::addColumn<QString>("set");
    QTest::newRow("hardswish") << "hardswish" << QList<double>{} << "[-3,-1.5)";
    QTest::newRow("swish") << "swish" << QList<double>{1.0} << "(-inf,-1.27846)";
    QTest::newRow("sigmoid") << "sigmoid" << QList<double>{} << "";
}

void TestProperties::decreasingSets() {
    QFETCH(QString, id);
    QFETCH(QList<double>, params);
    QFETCH(QString, set);
    QCOMPARE(str(analyse(id, params).decreasing), set);
}

QTEST_GUILESS_MAIN(TestProperties)
#include "tst_properties.moc"
