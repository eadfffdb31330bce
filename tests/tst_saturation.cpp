// Saturation analysis and the article's landmark numbers, checked against independently known
// values (the boundaries are where |f'| = ε, found by the code through bisection).
#include "core/activation.h"
#include "core/saturation.h"
#include "core/stable.h"

#include "ulps.h"

#include <QtTest>

#include <cmath>
#include <cstring>
#include <limits>

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
    void edgesInAnyView_data();
    void edgesInAnyView();
    void hardBandsAreExact();
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

// Band edges in wide, narrow and far views, against the crossings |f'(x)| = ε that mpmath finds
// (50 digits; findroot(lambda x: abs(diff(f, x)) - eps, x0), rounded to double). The edges must
// not depend on the view: a band inside it is found whatever its width. "edges" lists the
// expected bands' ends in order; NaN stands for an end clipped at the view's edge.
void TestSaturation::edgesInAnyView_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QList<double>>("params");
    QTest::addColumn<double>("xmin");
    QTest::addColumn<double>("xmax");
    QTest::addColumn<double>("eps");
    QTest::addColumn<QList<double>>("edges");
    const double c = std::nan("");
    const double sig = 4.584863339122355, tanhEdge = 2.993222846126381;
    for (double w : {8.0, 5000.0, 1e6}) {
        const QString v = QString::number(w);
        QTest::newRow(qPrintable("sigmoid ±" + v))
            << "sigmoid" << QList<double>{} << -w << w << 0.01 << QList<double>{c, -sig, sig, c};
        QTest::newRow(qPrintable("tanh ±" + v)) << "tanh" << QList<double>{} << -w << w << 0.01
                                                << QList<double>{c, -tanhEdge, tanhEdge, c};
        QTest::newRow(qPrintable("mish eps=0.1 ±" + v))
            << "mish" << QList<double>{} << -w << w << 0.1
            << QList<double>{c, -2.827473364971097, -1.8334398761458635, -0.8910183719290384};
        QTest::newRow(qPrintable("gelu eps=0.1 ±" + v))
            << "gelu" << QList<double>{} << -w << w << 0.1
            << QList<double>{c, -1.8613007789263534, -1.07788173227453, -0.5543756155869642};
        QTest::newRow(qPrintable("swish eps=0.01 ±" + v))
            << "swish" << QList<double>{1.0} << -w << w << 0.01
            << QList<double>{c, -6.261388848819966, -1.3258798555790822, -1.2338979768643046};
        QTest::newRow(qPrintable("mish eps=0.01 ±" + v))
            << "mish" << QList<double>{} << -w << w << 0.01
            << QList<double>{c, -6.263968785699261, -1.231024840697212, -1.1559962858941728};
    }
    QTest::newRow("gelu_tanh eps=0.1 ±1e6")
        << "gelu_tanh" << QList<double>{} << -1e6 << 1e6 << 0.1
        << QList<double>{c, -1.8690699876082726, -1.0796169323410838, -0.5546516950705312};
    // Swish with β = 0.001: every feature 1000 times further out.
    QTest::newRow("swish beta=0.001 ±1e6")
        << "swish" << QList<double>{0.001} << -1e6 << 1e6 << 0.01
        << QList<double>{c, -6261.3888488199655, -1325.8798555790822, -1233.8979768643046};
    // Narrow views (1e-9 relative) around an edge and inside a band.
    QTest::newRow("sigmoid narrow across the edge") << "sigmoid" << QList<double>{} << sig - 4e-9
                                                    << sig + 4e-9 << 0.01 << QList<double>{sig, c};
    QTest::newRow("sigmoid narrow inside")
        << "sigmoid" << QList<double>{} << 1000.0 << 1000.000001 << 0.01 << QList<double>{c, c};
    QTest::newRow("sigmoid narrow outside")
        << "sigmoid" << QList<double>{} << 1.0 << 1.000000001 << 0.01 << QList<double>{};
    QTest::newRow("swish beta=0.001 narrow dip")
        << "swish" << QList<double>{0.001} << -1278.5 << -1278.4 << 0.01 << QList<double>{c, c};
}

void TestSaturation::edgesInAnyView() {
    QFETCH(QString, id);
    QFETCH(QList<double>, params);
    QFETCH(double, xmin);
    QFETCH(double, xmax);
    QFETCH(double, eps);
    QFETCH(QList<double>, edges);
    const Activation* a = findActivation(id.toStdString());
    auto p = defaultParams(*a);
    for (int i = 0; i < params.size(); ++i)
        p[std::size_t(i)] = params[i];
    const auto bands = vanishingIntervals(*a, p, xmin, xmax, eps);
    QCOMPARE(int(bands.size()) * 2, edges.size());
    for (std::size_t i = 0; i < bands.size(); ++i) {
        const double lo = edges[int(2 * i)], hi = edges[int(2 * i + 1)];
        QCOMPARE(bands[i].clippedLeft, std::isnan(lo));
        QCOMPARE(bands[i].clippedRight, std::isnan(hi));
        for (auto [got, want] : {std::pair{bands[i].lo, lo}, std::pair{bands[i].hi, hi}}) {
            if (std::isnan(want)) continue;
            QVERIFY2(ulpDistance(got, want) <= 4,
                     qPrintable(QString("%1 vs %2").arg(got, 0, 'g', 17).arg(want, 0, 'g', 17)));
        }
        // Between the edges |f'| < ε, just outside it is not.
        QVERIFY(std::fabs(evaluate(*a, 0.5 * (bands[i].lo + bands[i].hi), p).df) < eps);
        if (!bands[i].clippedRight)
            QVERIFY(std::fabs(evaluate(*a, std::nextafter(bands[i].hi, 1e300), p).df) >= eps);
        if (!bands[i].clippedLeft)
            QVERIFY(std::fabs(evaluate(*a, std::nextafter(bands[i].lo, -1e300), p).df) >= eps);
    }
}

// Hard bands: f' is exactly 0 on them and their edges are the exact kink.
void TestSaturation::hardBandsAreExact() {
    struct Case {
        const char* id;
        double lo, hi; // expected band (NaN: clipped)
    };
    const double c = std::nan("");
    for (const Case& k : {Case{"relu", c, 0.0}, Case{"relu6", c, 0.0}, Case{"hardsigmoid", c, -3.0},
                          Case{"softshrink", -0.5, 0.5}}) {
        const Activation* a = findActivation(k.id);
        const auto bands = vanishingIntervals(*a, defaultParams(*a), -1e6, 1e6, 0.01);
        QVERIFY2(!bands.empty(), k.id);
        QVERIFY2(bands[0].hard, k.id);
        if (!std::isnan(k.lo)) QCOMPARE(bands[0].lo, k.lo);
        QCOMPARE(bands[0].hi, k.hi);
    }
    // Hardswish'(−3) = −1/2: the hard band is x < −3, its last double just below −3.
    const Activation* hs = findActivation("hardswish");
    const auto bands = vanishingIntervals(*hs, {}, -8, 8, 0.01);
    QVERIFY(bands[0].hard);
    QCOMPARE(bands[0].hi, std::nextafter(-3.0, -4.0));
    // Sigmoid's tail in a far view is exact zeros only by underflow: soft, not hard.
    const Activation* s = findActivation("sigmoid");
    const auto far = vanishingIntervals(*s, {}, -1e6, -1e3, 0.01);
    QCOMPARE(far.size(), std::size_t(1));
    QVERIFY(!far[0].hard);
}

QTEST_GUILESS_MAIN(TestSaturation)
#include "tst_saturation.moc"
