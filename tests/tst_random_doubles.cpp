// Property test over random doubles, per catalogue function at its default parameters: every
// exponent, both signs, subnormals, infinities and NaN (raw random bit patterns), plus samples
// dense where the functions have their features. Checks: no NaN unless the input is NaN; ±inf
// only where the true value is infinite; f' and f'' agree with central differences where the
// function is smooth; f is monotonic in the direction the properties state.
// AE_RANDOM_SAMPLES=N sets the samples per function (default 10^6; smaller under sanitizers);
// AE_RANDOM_SEED=S the seed (default fixed, printed either way).
#include "core/activation.h"
#include "core/properties.h"

#include <QtTest>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>

using namespace ae;

namespace {

std::uint64_t envOr(const char* name, std::uint64_t fallback) {
    const QByteArray v = qgetenv(name);
    bool ok = false;
    const qulonglong n = v.toULongLong(&ok);
    return ok ? n : fallback;
}

std::uint64_t sampleCount() {
    return envOr("AE_RANDOM_SAMPLES", 1000000);
}
std::uint64_t seed() {
    return envOr("AE_RANDOM_SEED", 20240607);
}

// A quarter each: raw bit patterns (every exponent, subnormals, ±inf, NaN), uniform in
// [-40, 40], log-uniform magnitude 1e-8 .. 1e6 with a random sign, and raw patterns again.
double draw(std::mt19937_64& rng, std::uint64_t i) {
    switch (i % 4) {
    case 1:
        return std::uniform_real_distribution<double>(-40.0, 40.0)(rng);
    case 2: {
        const double m = std::pow(10.0, std::uniform_real_distribution<double>(-8.0, 6.0)(rng));
        return (rng() & 1) ? m : -m;
    }
    default:
        return std::bit_cast<double>(rng());
    }
}

double ulp(double v) {
    v = std::fabs(v);
    return std::nextafter(v, std::numeric_limits<double>::infinity()) - v;
}

} // namespace

class TestRandomDoubles : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase();
    void properties_data();
    void properties();
    void cleanupTestCase();

  private:
    std::uint64_t m_cases = 0;
    std::uint64_t m_derivativeChecks = 0;
    std::uint64_t m_monotonicPairs = 0;
};

void TestRandomDoubles::initTestCase() {
    qInfo(
        "random doubles: %llu samples per function, seed %llu (AE_RANDOM_SAMPLES, AE_RANDOM_SEED)",
        static_cast<unsigned long long>(sampleCount()), static_cast<unsigned long long>(seed()));
}

void TestRandomDoubles::cleanupTestCase() {
    qInfo("random doubles: %llu cases, %llu derivative checks, %llu ordered pairs checked",
          static_cast<unsigned long long>(m_cases),
          static_cast<unsigned long long>(m_derivativeChecks),
          static_cast<unsigned long long>(m_monotonicPairs));
}

void TestRandomDoubles::properties_data() {
    QTest::addColumn<QString>("id");
    for (const auto& a : catalogue())
        QTest::newRow(a.id.c_str()) << QString::fromStdString(a.id);
}

void TestRandomDoubles::properties() {
    QFETCH(QString, id);
    const Activation& a = *findActivation(id.toStdString());
    const std::vector<double> p = defaultParams(a);
    const Properties pr = analyseProperties(a, p);
    constexpr double big = std::numeric_limits<double>::max();

    // Places where f, f' or f'' jump: no difference quotient across them.
    std::vector<double> special = pr.jumps;
    special.insert(special.end(), pr.kinks.begin(), pr.kinks.end());
    special.insert(special.end(), pr.curvatureJumps.begin(), pr.curvatureJumps.end());
    // f is infinite at ±inf only if it grows without bound there.
    const bool infAtMinus = std::fabs(evaluate(a, -0x1p1023, p).f) > 1e300;
    const bool infAtPlus = std::fabs(evaluate(a, 0x1p1023, p).f) > 1e300;

    std::mt19937_64 rng(seed() ^ std::hash<std::string>{}(a.id));
    const std::uint64_t n = sampleCount();
    std::vector<std::pair<double, double>> ordered; // (x, f) for the monotonicity check
    ordered.reserve(std::size_t(n / 2));
    int failures = 0;
    auto fail = [&](const QString& what) {
        if (++failures <= 10) qWarning("%s: %s", a.id.c_str(), qPrintable(what));
    };
    for (std::uint64_t i = 0; i < n; ++i) {
        const double x = draw(rng, i);
        const Derivs d = evaluate(a, x, p);
        ++m_cases;
        if (std::isnan(x)) {
            if (!(std::isnan(d.f) && std::isnan(d.df) && std::isnan(d.d2f)))
                fail(QString("NaN input gave a number"));
            continue;
        }
        if (std::isnan(d.f) || std::isnan(d.df) || std::isnan(d.d2f)) {
            fail(QString("NaN at x = %1: %2 %3 %4")
                     .arg(x, 0, 'g', 17)
                     .arg(d.f)
                     .arg(d.df)
                     .arg(d.d2f));
            continue;
        }
        // ±inf in f: at ±inf where f grows without bound, or at finite x where the true value
        // may pass DBL_MAX (|f| <= |f(0)| + sup|f'|·|x|). f' and f'' are bounded.
        if (std::isinf(d.f)) {
            const bool allowed = std::isinf(x)
                                     ? (x < 0 ? infAtMinus : infAtPlus)
                                     : std::fabs(x) >= big / std::fmax(pr.maxSlope, 1e-300) -
                                                           std::fabs(pr.valueAtZero);
            if (!allowed) fail(QString("f = inf at x = %1").arg(x, 0, 'g', 17));
        }
        if (std::isinf(d.df) || std::isinf(d.d2f))
            fail(QString("f' or f'' infinite at x = %1").arg(x, 0, 'g', 17));
        if (std::isinf(x)) continue;
        if (std::isfinite(d.f)) ordered.push_back({x, d.f});

        // Derivatives against central differences, where the function is smooth around x and
        // the magnitudes are sane.
        const double ax = std::fabs(x);
        if (ax < 1e-6 || ax > 1e4) continue;
        const double h = 1e-5 * std::fmax(1.0, ax);
        if (std::any_of(special.begin(), special.end(),
                        [&](double s) { return std::fabs(s - x) <= 2 * h; }))
            continue;
        const Derivs l = evaluate(a, x - h, p), r = evaluate(a, x + h, p);
        const double f3 = (r.d2f - l.d2f) / (2 * h); // estimate of f'''
        const double fd1 = (r.f - l.f) / (2 * h);
        // Truncation h²·f'''/6 (doubled for the estimate) plus rounding of f at x ± h over 2h.
        const double tol1 = h * h * std::fabs(f3) / 3 + 8 * (ulp(l.f) + ulp(r.f)) / (2 * h) +
                            1e-9 * std::fabs(d.df);
        const double fd2 = (r.df - l.df) / (2 * h);
        const double f4 = (r.d2f - 2 * d.d2f + l.d2f) / (h * h);
        const double tol2 = h * std::fabs(f3) + h * h * std::fabs(f4) / 3 +
                            8 * (ulp(l.df) + ulp(r.df)) / (2 * h) + 1e-9 * std::fabs(d.d2f);
        ++m_derivativeChecks;
        if (!(std::fabs(fd1 - d.df) <= tol1))
            fail(QString("f'(%1) = %2, difference quotient %3 (tol %4)")
                     .arg(x, 0, 'g', 17)
                     .arg(d.df, 0, 'g', 17)
                     .arg(fd1, 0, 'g', 17)
                     .arg(tol1));
        if (!(std::fabs(fd2 - d.d2f) <= tol2))
            fail(QString("f''(%1) = %2, difference quotient %3 (tol %4)")
                     .arg(x, 0, 'g', 17)
                     .arg(d.d2f, 0, 'g', 17)
                     .arg(fd2, 0, 'g', 17)
                     .arg(tol2));
    }

    // Monotonic where the properties say so: sorted by x, f never steps the other way (by more
    // than the rounding of f, two ulp).
    if (pr.monotonic && pr.monotonicity != Monotonicity::Constant) {
        std::sort(ordered.begin(), ordered.end());
        const double dir = pr.increasing ? 1.0 : -1.0;
        for (std::size_t i = 1; i < ordered.size(); ++i) {
            ++m_monotonicPairs;
            const double step = dir * (ordered[i].second - ordered[i - 1].second);
            if (step < -2 * ulp(ordered[i].second))
                fail(QString("not monotonic: f(%1) = %2, f(%3) = %4")
                         .arg(ordered[i - 1].first, 0, 'g', 17)
                         .arg(ordered[i - 1].second, 0, 'g', 17)
                         .arg(ordered[i].first, 0, 'g', 17)
                         .arg(ordered[i].second, 0, 'g', 17));
        }
    }
    QVERIFY2(failures == 0, qPrintable(QString("%1 failures").arg(failures)));
}

QTEST_GUILESS_MAIN(TestRandomDoubles)
#include "tst_random_doubles.moc"
