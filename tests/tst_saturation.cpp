// Saturation analysis and the article's landmark numbers, checked against independently known
// values (the boundaries are where |f'| = ε, found by the code through bisection).
#include "activation.h"
#include "saturation.h"
#include "stable.h"

#include <QtTest>

#include <cmath>

using namespace ae;

namespace {
const char* name(Saturation s) {
    switch (s) {
    case Saturation::None:
        return "none";
    case Saturation::Soft:
        return "soft";
    case Saturation::Hard:
        return "hard";
    }
    return "?";
}
std::vector<double> params(const char* id, QList<double> values) {
    const Activation* a = findActivation(id);
    std::vector<double> p = defaultParams(*a);
    for (int i = 0; i < values.size(); ++i)
        p[std::size_t(i)] = values[i];
    return p;
}

// Golden-section minimisation; independent of the code under test's bisection.
double argmin(const Activation& a, std::span<const double> p, double lo, double hi) {
    const double g = (std::sqrt(5.0) - 1) / 2;
    for (int i = 0; i < 200; ++i) {
        const double c = hi - g * (hi - lo), d = lo + g * (hi - lo);
        if (evaluate(a, c, p).f < evaluate(a, d, p).f)
            hi = d;
        else
            lo = c;
    }
    return 0.5 * (lo + hi);
}
} // namespace

class TestSaturation : public QObject {
    Q_OBJECT
  private slots:
    void classification_data();
    void classification();
    void boundaries_data();
    void boundaries();
    void sigmoidHasTwoBandsThatMoveWithEpsilon();
    void reluBandIsHard();
    void swishDipAroundMinimumIsNotATail();
    void minima_data();
    void minima();
    void mishSlopeAtZero();
    void degenerateInputs();
};

void TestSaturation::classification_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::newRow("sigmoid") << "sigmoid" << QList<double>{} << "soft"
                             << "soft";
    QTest::newRow("tanh") << "tanh" << QList<double>{} << "soft"
                          << "soft";
    QTest::newRow("relu") << "relu" << QList<double>{} << "hard"
                          << "none";
    QTest::newRow("leaky a=0.1") << "leaky_relu" << QList<double>{0.1} << "none"
                                 << "none";
    QTest::newRow("leaky a=0") << "leaky_relu" << QList<double>{0.0} << "hard"
                               << "none";
    QTest::newRow("swish beta=1") << "swish" << QList<double>{1.0} << "soft"
                                  << "none";
    QTest::newRow("swish beta=10") << "swish" << QList<double>{10.0} << "soft"
                                   << "none";
    QTest::newRow("swish beta=0.01") << "swish" << QList<double>{0.01} << "soft"
                                     << "none";
    QTest::newRow("swish beta=0") << "swish" << QList<double>{0.0} << "none"
                                  << "none";
    QTest::newRow("mish") << "mish" << QList<double>{} << "soft"
                          << "none";
}

void TestSaturation::classification() {
    QFETCH(QString, id);
    QFETCH(QList<double>, values);
    QFETCH(QString, left);
    QFETCH(QString, right);
    const Activation* a = findActivation(id.toStdString());
    QVERIFY(a);
    const auto p = params(a->id.c_str(), values);
    const SaturationClass c = classifySaturation(*a, p);
    QCOMPARE(QString(name(c.left)), left);
    QCOMPARE(QString(name(c.right)), right);
}

void TestSaturation::boundaries_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("beta");
    QTest::addColumn<double>("expectedLo"); // boundary of the left tail band, or NaN
    QTest::addColumn<double>("expectedHi"); // boundary of the right tail band, or NaN
    const double nan = std::nan("");
    QTest::newRow("sigmoid") << "sigmoid" << 1.0 << -4.5849 << 4.5849;
    QTest::newRow("tanh") << "tanh" << 1.0 << -2.9932 << 2.9932;
    QTest::newRow("swish beta=1") << "swish" << 1.0 << -6.2614 << nan;
    QTest::newRow("mish") << "mish" << 1.0 << -6.2640 << nan;
}

void TestSaturation::boundaries() {
    QFETCH(QString, id);
    QFETCH(double, beta);
    QFETCH(double, expectedLo);
    QFETCH(double, expectedHi);
    const Activation* a = findActivation(id.toStdString());
    auto p = defaultParams(*a);
    if (!p.empty()) p[0] = beta;
    const auto bands = vanishingIntervals(*a, p, -8, 8, 0.01);
    const VanishingInterval* leftTail = nullptr;
    const VanishingInterval* rightTail = nullptr;
    for (const auto& b : bands) {
        if (b.tail && b.clippedLeft) leftTail = &b;
        if (b.tail && b.clippedRight) rightTail = &b;
    }
    QVERIFY(leftTail);
    QCOMPARE(leftTail->lo, -8.0);
    QVERIFY2(std::fabs(leftTail->hi - expectedLo) < 1e-4,
             qPrintable(QString::number(leftTail->hi, 'g', 12)));
    // Located to 1e-9: |f'| crosses ε right at the reported boundary.
    const double eps = 0.01;
    QVERIFY(std::fabs(evaluate(*a, leftTail->hi - 1e-9, p).df) < eps);
    QVERIFY(std::fabs(evaluate(*a, leftTail->hi + 1e-9, p).df) >= eps);
    if (std::isnan(expectedHi)) {
        QVERIFY(!rightTail);
    } else {
        QVERIFY(rightTail);
        QVERIFY(std::fabs(rightTail->lo - expectedHi) < 1e-4);
        QVERIFY(std::fabs(evaluate(*a, rightTail->lo + 1e-9, p).df) < eps);
        QVERIFY(std::fabs(evaluate(*a, rightTail->lo - 1e-9, p).df) >= eps);
    }
}

void TestSaturation::sigmoidHasTwoBandsThatMoveWithEpsilon() {
    const Activation* a = findActivation("sigmoid");
    const auto p = defaultParams(*a);
    const auto wide = vanishingIntervals(*a, p, -8, 8, 0.01);
    const auto narrow = vanishingIntervals(*a, p, -8, 8, 0.001);
    QCOMPARE(wide.size(), std::size_t(2));
    QCOMPARE(narrow.size(), std::size_t(2));
    QVERIFY(narrow[0].hi < wide[0].hi - 1.0); // a smaller ε pushes the band outwards
    // σ'(x) = ε solved in closed form: σ = (1 - sqrt(1 - 4ε))/2, x = logit(σ).
    const double s = (1 - std::sqrt(1 - 4 * 0.001)) / 2;
    QVERIFY(std::fabs(narrow[0].hi - std::log(s / (1 - s))) < 1e-9);
    QVERIFY(!wide[0].hard && !wide[1].hard);
}

void TestSaturation::reluBandIsHard() {
    const Activation* a = findActivation("relu");
    const auto bands = vanishingIntervals(*a, defaultParams(*a), -8, 8, 0.01);
    QCOMPARE(bands.size(), std::size_t(1));
    QVERIFY(bands[0].hard);
    QVERIFY(bands[0].tail);
    QVERIFY(std::fabs(bands[0].hi) < 1e-9);
}

void TestSaturation::swishDipAroundMinimumIsNotATail() {
    const Activation* a = findActivation("swish");
    const auto p = defaultParams(*a);
    const auto bands = vanishingIntervals(*a, p, -8, 8, 0.01);
    QCOMPARE(bands.size(), std::size_t(2));
    QVERIFY(!bands[1].tail);
    QVERIFY(bands[1].lo < -1.2784645428 && bands[1].hi > -1.2784645428);
}

void TestSaturation::minima_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("beta");
    QTest::addColumn<double>("xmin");
    QTest::addColumn<double>("fmin");
    QTest::newRow("swish beta=1") << "swish" << 1.0 << -1.2784645428 << -0.2784645428;
    // x·σ(βx) = (1/β)·(βx)·σ(βx): location and value both scale as 1/β.
    QTest::newRow("swish beta=2") << "swish" << 2.0 << -1.2784645428 / 2 << -0.2784645428 / 2;
    QTest::newRow("swish beta=0.5") << "swish" << 0.5 << -1.2784645428 * 2 << -0.2784645428 * 2;
    QTest::newRow("mish") << "mish" << 0.0 << -1.1924312240 << -0.3088434130;
}

void TestSaturation::minima() {
    QFETCH(QString, id);
    QFETCH(double, beta);
    QFETCH(double, xmin);
    QFETCH(double, fmin);
    const Activation* a = findActivation(id.toStdString());
    auto p = defaultParams(*a);
    if (!p.empty()) p[0] = beta;
    const double x = argmin(*a, p, -5, 0);
    QVERIFY2(std::fabs(x - xmin) < 1e-7, qPrintable(QString::number(x, 'g', 12)));
    QVERIFY(std::fabs(evaluate(*a, x, p).f - fmin) < 1e-9);
    // f' vanishes at the minimum. (The Mish location, -1.1924312240, is off by 1e-8:
    // mpmath puts it at -1.19243121451549521, so the location is only compared to 1e-7.)
    QVERIFY(evaluate(*a, xmin - 1e-7, p).df < 0.0);
    QVERIFY(evaluate(*a, xmin + 1e-7, p).df > 0.0);
}

void TestSaturation::mishSlopeAtZero() {
    const Activation* a = findActivation("mish");
    QCOMPARE(evaluate(*a, 0.0, {}).df, 0.6);
}

void TestSaturation::degenerateInputs() {
    const Activation* a = findActivation("sigmoid");
    const auto p = defaultParams(*a);
    QVERIFY(vanishingIntervals(*a, p, 1, -1, 0.01).empty());
    QVERIFY(vanishingIntervals(*a, p, std::nan(""), 1, 0.01).empty());
    QVERIFY(vanishingIntervals(*a, p, -8, 8, 0.0).empty());
    QVERIFY(vanishingIntervals(*a, p, -8, 8, std::nan("")).empty());
    // Far out in the tail the whole range is one band, clipped on both sides.
    const auto far = vanishingIntervals(*a, p, -1e6, -1e3, 0.01);
    QCOMPARE(far.size(), std::size_t(1));
    QVERIFY(far[0].clippedLeft && far[0].clippedRight && far[0].tail);
}

QTEST_GUILESS_MAIN(TestSaturation)
#include "tst_saturation.moc"
