// f' and f'' of every catalogue activation against an 8th-order central finite difference of f
// and f' respectively: catches a derivative formula that is accurate but of the wrong function
// (which the reference table, generated from the same closed forms, cannot).
#include "core/activation.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

namespace {

// |FD - exact| <= kTol * max(1, |exact|). The 8th-order stencil with the steps below is good to
// ~3e-13 on these functions (cleanupTestCase prints the worst case); 1e-9 leaves a factor of
// several thousand for other platforms' libm and still catches a formula off by 1e-8 relative.
constexpr double kTol = 1e-9;

// Kinks (jumps of f, f' or f'') of the piecewise functions, for parameters p: the stencil never
// straddles one, and x within kKinkSkip of one is not tested (the derivative there is a
// convention, checked in tst_accuracy and tst_catalogue).
std::vector<double> kinksOf(const ae::Activation& a, const std::vector<double>& p) {
    const std::string& id = a.id;
    auto param = [&](const char* name) {
        return p[static_cast<std::size_t>(ae::paramIndex(a, name))];
    };
    if (id == "relu" || id == "leaky_relu" || id == "rrelu" || id == "elu" || id == "selu" ||
        id == "celu" || id == "softsign" || id == "step")
        return {0.0};
    if (id == "relu6") return {0.0, 6.0};
    if (id == "hardsigmoid" || id == "hardswish") return {-3.0, 3.0};
    if (id == "hardtanh") return {param("min"), param("max")};
    if (id == "threshold") return {param("threshold")};
    if (id == "softshrink" || id == "hardshrink") return {-param("lambda"), param("lambda")};
    return {};
}
constexpr double kKinkSkip = 1e-3;

// Parameter values tried besides each parameter's default, min, max and midpoint.
const std::map<std::string, std::vector<double>> kExtraParams = {
    {"swish.beta", {0.5, 1.5, 3.7}}, {"leaky_relu.a", {0.25}},        {"elu.alpha", {0.5, 2.5}},
    {"celu.alpha", {0.3, 2.0}},      {"softplus.beta", {0.5, 3.7}},   {"squareplus.b", {0.1, 13.5}},
    {"hardtanh.min", {-2.5}},        {"hardtanh.max", {0.75}},        {"rrelu.lower", {0.05}},
    {"rrelu.upper", {0.45}},         {"threshold.threshold", {1.25}}, {"threshold.value", {-0.5}},
    {"softshrink.lambda", {1.7}},    {"hardshrink.lambda", {1.7}},
};

struct Case {
    const ae::Activation* a = nullptr;
    std::vector<double> params;
    double x = 0;
    double h = 0; // step of the stencil
};

// 8th-order central difference: f'(x) = sum_k c_k (g(x+kh) - g(x-kh)) / h + O(h^8).
template <class G> double centralDiff(G g, double x, double h) {
    constexpr double c[4] = {4.0 / 5.0, -1.0 / 5.0, 4.0 / 105.0, -1.0 / 280.0};
    double s = 0;
    for (int k = 4; k >= 1; --k)
        s += c[k - 1] * (g(x + k * h) - g(x - k * h));
    return s / h;
}

QString paramText(const ae::Activation& a, const std::vector<double>& p) {
    QStringList parts;
    for (std::size_t i = 0; i < p.size(); ++i)
        parts << QStringLiteral("%1=%2")
                     .arg(QString::fromStdString(a.params[i].id))
                     .arg(p[i], 0, 'g', 17);
    return parts.join(u';');
}

std::vector<std::vector<double>> paramSets(const ae::Activation& a) {
    std::vector<std::vector<double>> sets{ae::defaultParams(a)};
    auto add = [&](std::vector<double> p) {
        if (std::find(sets.begin(), sets.end(), p) == sets.end()) sets.push_back(std::move(p));
    };
    for (std::size_t i = 0; i < a.params.size(); ++i) {
        const auto& spec = a.params[i];
        std::vector<double> values{spec.min, spec.max, 0.5 * (spec.min + spec.max)};
        if (auto it = kExtraParams.find(a.id + "." + spec.id); it != kExtraParams.end())
            values.insert(values.end(), it->second.begin(), it->second.end());
        for (double v : values) {
            auto p = ae::defaultParams(a);
            p[i] = v;
            add(std::move(p));
        }
    }
    return sets;
}

// x in [-20, 20]: a dyadic grid (the stencil's nodes are then exact) and some arbitrary values.
std::vector<double> xValues() {
    std::vector<double> xs;
    for (int i = 0; i < 256; ++i)
        xs.push_back(-20.0 + i * (5.0 / 32.0) + 3.0 / 1024.0);
    unsigned state = 12345u;
    for (int i = 0; i < 48; ++i) {
        state = state * 1664525u + 1013904223u;
        xs.push_back(-20.0 + 40.0 * (state >> 8) / double(1u << 24));
    }
    return xs;
}

double stepFor(double x, const std::vector<double>& kinks) {
    // A power of two near 2^-9·max(1,|x|): small enough for the truncation error, large enough
    // for the rounding error (~eps·|f|/h), and exact nodes on the dyadic grid.
    double h = std::ldexp(1.0, -9 + std::ilogb(std::max(1.0, std::fabs(x))));
    for (double k : kinks)
        while (4 * h >= std::fabs(x - k) / 2)
            h /= 2;
    return h;
}

double worstD1 = 0, worstD2 = 0;
QString worstD1At, worstD2At;

} // namespace

Q_DECLARE_METATYPE(Case)

class TestDerivatives : public QObject {
    Q_OBJECT

  private slots:
    void cleanupTestCase() {
        qInfo("worst |FD - exact| / max(1,|exact|): f' %.3g at %s; f'' %.3g at %s (tolerance %g)",
              worstD1, qPrintable(worstD1At), worstD2, qPrintable(worstD2At), kTol);
    }

    void againstFiniteDifferences_data() {
        QTest::addColumn<Case>("c");
        const auto xs = xValues();
        for (const auto& a : ae::catalogue()) {
            for (const auto& p : paramSets(a)) {
                const std::vector<double> kinks = kinksOf(a, p);
                const QString prefix =
                    p.empty() ? QString::fromStdString(a.id)
                              : QStringLiteral("%1[%2]").arg(QString::fromStdString(a.id),
                                                             paramText(a, p));
                for (double x : xs) {
                    if (std::any_of(kinks.begin(), kinks.end(),
                                    [&](double k) { return std::fabs(x - k) < kKinkSkip; }))
                        continue;
                    const QString tag = QStringLiteral("%1@x=%2").arg(prefix).arg(x, 0, 'g', 17);
                    QTest::newRow(qPrintable(tag)) << Case{&a, p, x, stepFor(x, kinks)};
                }
            }
        }
    }

    void againstFiniteDifferences() {
        QFETCH(Case, c);
        auto at = [&](double t) { return ae::evaluate(*c.a, t, c.params); };
        const ae::Derivs d = at(c.x);
        const double fd1 = centralDiff([&](double t) { return at(t).f; }, c.x, c.h);
        const double fd2 = centralDiff([&](double t) { return at(t).df; }, c.x, c.h);
        const double e1 = std::fabs(fd1 - d.df) / std::max(1.0, std::fabs(d.df));
        const double e2 = std::fabs(fd2 - d.d2f) / std::max(1.0, std::fabs(d.d2f));
        const QString where = QString::fromUtf8(QTest::currentDataTag());
        if (!(e1 <= worstD1)) {
            worstD1 = e1;
            worstD1At = where;
        }
        if (!(e2 <= worstD2)) {
            worstD2 = e2;
            worstD2At = where;
        }
        QVERIFY2(e1 <= kTol,
                 qPrintable(QStringLiteral("f' = %1, finite difference of f = %2 (h = %3)")
                                .arg(d.df, 0, 'g', 17)
                                .arg(fd1, 0, 'g', 17)
                                .arg(c.h)));
        QVERIFY2(e2 <= kTol,
                 qPrintable(QStringLiteral("f'' = %1, finite difference of f' = %2 (h = %3)")
                                .arg(d.d2f, 0, 'g', 17)
                                .arg(fd2, 0, 'g', 17)
                                .arg(c.h)));
    }
};

QTEST_GUILESS_MAIN(TestDerivatives)
#include "tst_derivatives.moc"
