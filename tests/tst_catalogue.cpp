// The catalogue as data: the ids the command line knows, the grouping and order of the function
// list, parameter specs with PyTorch's defaults, values PyTorch documents, PyTorch's conventions
// at kinks and boundaries, limits at ±inf, saturation classes and RReLU's slope band.
#include "core/activation.h"
#include "core/saturation.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QTest>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kSeluScaleAlpha = 1.7580993408473768; // λα, PyTorch's SELU′(0)

const QStringList kArticle{"sigmoid", "tanh", "relu", "leaky_relu", "swish", "mish"};
// The issue's list, as the command line spells it.
const QStringList kAdded{
    "elu",        "selu",       "celu",        "gelu",      "gelu_tanh", "silu",  "softplus",
    "softsign",   "logsigmoid", "hardsigmoid", "hardswish", "hardtanh",  "relu6", "tanhshrink",
    "softshrink", "hardshrink", "rrelu",       "threshold", "identity",  "step",  "squareplus"};
const QStringList kFamilyOrder{"article", "rectifiers", "smooth", "piecewise", "shrinkage"};

const ae::Activation& fn(const QString& id) {
    const ae::Activation* a = ae::findActivation(id.toStdString());
    if (!a) qFatal("no activation '%s'", qPrintable(id));
    return *a;
}

// Default parameters with overrides "name=value;name=value".
std::vector<double> paramsOf(const ae::Activation& a, const QString& overrides) {
    std::vector<double> p = ae::defaultParams(a);
    for (const QString& kv : overrides.split(u';', Qt::SkipEmptyParts)) {
        const QStringList parts = kv.split(u'=');
        const int i = ae::paramIndex(a, parts.value(0).toStdString());
        if (parts.size() != 2 || i < 0) qFatal("bad parameter '%s'", qPrintable(kv));
        p[static_cast<std::size_t>(i)] = parts[1].toDouble();
    }
    return p;
}

std::uint64_t ulpDistance(double a, double b) {
    auto ordered = [](double d) {
        const auto i = std::bit_cast<std::int64_t>(d);
        return i < 0 ? std::numeric_limits<std::int64_t>::min() - i : i;
    };
    const std::int64_t ia = ordered(a), ib = ordered(b);
    return ia > ib ? std::uint64_t(ia) - std::uint64_t(ib) : std::uint64_t(ib) - std::uint64_t(ia);
}

QString show(double v) {
    return QString::number(v, 'g', 17);
}

// Exactly equal (±0 alike), or both NaN.
bool same(double a, double b) {
    return a == b || (std::isnan(a) && std::isnan(b));
}

const char* name(ae::Saturation s) {
    switch (s) {
    case ae::Saturation::None:
        return "none";
    case ae::Saturation::Soft:
        return "soft";
    case ae::Saturation::Hard:
        return "hard";
    }
    return "?";
}

} // namespace

class TestCatalogue : public QObject {
    Q_OBJECT

  private slots:
    void idsAreTheIssuesList() {
        QStringList ids;
        for (const auto& a : ae::catalogue())
            ids << QString::fromStdString(a.id);
        QCOMPARE(ids.size(), 27);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size()); // unique
        QCOMPARE(ids.mid(0, 6), kArticle);                                  // first, in order
        const QStringList rest = ids.mid(6);
        QCOMPARE(QSet<QString>(rest.begin(), rest.end()),
                 QSet<QString>(kAdded.begin(), kAdded.end()));
        for (const auto& a : ae::catalogue())
            QCOMPARE(ae::findActivation(a.id), &a);
        QVERIFY(!ae::findActivation("gelu-tanh"));
    }

    // The whole list as the function list shows it: the article's six in its order, then each
    // group in the order its family file lists it (screenshots and tutorials depend on it).
    void displayOrder() {
        QStringList ids;
        for (const auto& a : ae::catalogue())
            ids << QString::fromStdString(a.id);
        const QStringList want{
            "sigmoid",    "tanh",       "relu",      "leaky_relu",  "swish",    "mish",
            "elu",        "selu",       "celu",      "relu6",       "rrelu",    "threshold",
            "gelu",       "gelu_tanh",  "silu",      "softplus",    "softsign", "logsigmoid",
            "squareplus", "identity",   "step",      "hardsigmoid", "hardtanh", "hardswish",
            "softshrink", "hardshrink", "tanhshrink"};
        QCOMPARE(ids, want);
    }

    void familiesInOrder() {
        int rank = 0;
        for (std::size_t i = 0; i < ae::catalogue().size(); ++i) {
            const auto& a = ae::catalogue()[i];
            const int r = int(kFamilyOrder.indexOf(QString::fromStdString(a.family)));
            QVERIFY2(r >= 0, a.id.c_str());
            QVERIFY2((i < 6) == (r == 0), a.id.c_str()); // exactly the six are "article"
            QVERIFY2(r >= rank, qPrintable(QStringLiteral("%1 (%2) after a later group")
                                               .arg(QString::fromStdString(a.id),
                                                    QString::fromStdString(a.family))));
            rank = r;
        }
    }

    void family_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("family");
        for (const char* id : {"elu", "selu", "celu", "relu6", "rrelu", "threshold"})
            QTest::newRow(id) << id << "rectifiers";
        for (const char* id :
             {"gelu", "gelu_tanh", "silu", "softplus", "softsign", "logsigmoid", "squareplus"})
            QTest::newRow(id) << id << "smooth";
        for (const char* id : {"identity", "step", "hardsigmoid", "hardtanh", "hardswish"})
            QTest::newRow(id) << id << "piecewise";
        for (const char* id : {"softshrink", "hardshrink", "tanhshrink"})
            QTest::newRow(id) << id << "shrinkage";
    }
    void family() {
        QFETCH(QString, id);
        QFETCH(QString, family);
        QCOMPARE(QString::fromStdString(fn(id).family), family);
    }

    // Every entry is complete, and states a convention wherever f' or f'' has a kink or jump.
    void texts() {
        const QSet<QString> kinked{"relu",       "leaky_relu",  "elu",      "selu",
                                   "celu",       "relu6",       "rrelu",    "threshold",
                                   "step",       "hardsigmoid", "hardtanh", "hardswish",
                                   "softshrink", "hardshrink",  "softsign"};
        for (const auto& a : ae::catalogue()) {
            QVERIFY2(!a.name.empty() && !a.formula.empty() && !a.derivative.empty() &&
                         !a.secondDerivative.empty() && static_cast<bool>(a.eval),
                     a.id.c_str());
            if (kinked.contains(QString::fromStdString(a.id)))
                QVERIFY2((a.derivative + a.secondDerivative).find("PyTorch") != std::string::npos,
                         a.id.c_str());
        }
        QCOMPARE(QString::fromStdString(fn("silu").name), QStringLiteral("SiLU (Swish, β = 1)"));
        QCOMPARE(QString::fromStdString(fn("gelu_tanh").name),
                 QStringLiteral("GELU (tanh approx.)"));
        QCOMPARE(QString::fromStdString(fn("step").name), QStringLiteral("Binary step"));
    }

    void paramSpecs_data() {
        QTest::addColumn<const ae::Activation*>("a");
        QTest::addColumn<int>("index");
        for (const auto& a : ae::catalogue())
            for (std::size_t i = 0; i < a.params.size(); ++i)
                QTest::newRow(qPrintable(QString::fromStdString(a.id + "." + a.params[i].id)))
                    << &a << int(i);
    }
    void paramSpecs() {
        QFETCH(const ae::Activation*, a);
        QFETCH(int, index);
        const ae::ParamSpec& s = a->params[std::size_t(index)];
        QVERIFY(std::isfinite(s.min) && std::isfinite(s.max) && std::isfinite(s.defaultValue));
        QVERIFY(s.min <= s.defaultValue && s.defaultValue <= s.max);
        QVERIFY(s.min < s.max);
        QVERIFY(s.step > 0.0);
        QVERIFY(!s.symbol.empty() && !s.description.empty());
        for (char c : s.id)
            QVERIFY2((c >= 'a' && c <= 'z') || c == '_', s.id.c_str());
        QCOMPARE(ae::paramIndex(*a, s.id), index); // ids unique within the function
    }

    // PyTorch's defaults (and this app's choice where PyTorch has none), every parameter listed.
    void defaults_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("params");
        QTest::addColumn<QList<double>>("defaults");
        QTest::newRow("elu") << "elu" << QStringList{"alpha"} << QList<double>{1.0};
        QTest::newRow("celu") << "celu" << QStringList{"alpha"} << QList<double>{1.0};
        QTest::newRow("softplus") << "softplus" << QStringList{"beta"} << QList<double>{1.0};
        QTest::newRow("hardtanh") << "hardtanh" << QStringList{"min", "max"}
                                  << QList<double>{-1.0, 1.0};
        QTest::newRow("softshrink") << "softshrink" << QStringList{"lambda"} << QList<double>{0.5};
        QTest::newRow("hardshrink") << "hardshrink" << QStringList{"lambda"} << QList<double>{0.5};
        QTest::newRow("rrelu") << "rrelu" << QStringList{"lower", "upper"}
                               << QList<double>{1.0 / 8, 1.0 / 3};
        QTest::newRow("threshold")
            << "threshold" << QStringList{"threshold", "value"} << QList<double>{0.0, 0.0};
        QTest::newRow("squareplus") << "squareplus" << QStringList{"b"} << QList<double>{4.0};
        for (const char* id :
             {"selu", "gelu", "gelu_tanh", "silu", "softsign", "logsigmoid", "hardsigmoid",
              "hardswish", "relu6", "tanhshrink", "identity", "step"})
            QTest::newRow(id) << id << QStringList{} << QList<double>{};
    }
    void defaults() {
        QFETCH(QString, id);
        QFETCH(QStringList, params);
        QFETCH(QList<double>, defaults);
        const auto& a = fn(id);
        QStringList got;
        for (const auto& s : a.params)
            got << QString::fromStdString(s.id);
        QCOMPARE(got, params);
        for (qsizetype i = 0; i < defaults.size(); ++i)
            QCOMPARE(a.params[std::size_t(i)].defaultValue, defaults[i]);
    }

    // Values as PyTorch (float64) documents or computes them, within maxUlp.
    void values_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("params");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("f");
        QTest::addColumn<int>("maxUlp");
        QTest::newRow("selu(1)") << "selu"
                                 << "" << 1.0 << 1.0507009873554805 << 0;
        QTest::newRow("selu(-1)") << "selu"
                                  << "" << -1.0 << -1.1113307378125628 << 2;
        QTest::newRow("elu(-1)") << "elu"
                                 << "" << -1.0 << -0.6321205588285577 << 2;
        QTest::newRow("elu(2)") << "elu"
                                << "" << 2.0 << 2.0 << 0;
        QTest::newRow("celu(-1, a=2)") << "celu"
                                       << "alpha=2" << -1.0 << 2 * std::expm1(-0.5) << 2;
        QTest::newRow("gelu(1)") << "gelu"
                                 << "" << 1.0 << 0.8413447460685429 << 2;
        QTest::newRow("gelu(-1)") << "gelu"
                                  << "" << -1.0 << -0.15865525393145705 << 2;
        QTest::newRow("gelu_tanh(1)") << "gelu_tanh"
                                      << "" << 1.0 << 0.8411919906082768 << 2;
        QTest::newRow("gelu_tanh(-1)") << "gelu_tanh"
                                       << "" << -1.0 << -0.1588080093917233 << 2;
        QTest::newRow("silu(1)") << "silu"
                                 << "" << 1.0 << 0.7310585786300049 << 1;
        QTest::newRow("softplus(1)") << "softplus"
                                     << "" << 1.0 << 1.3132616875182228 << 2;
        QTest::newRow("softplus(-1)") << "softplus"
                                      << "" << -1.0 << 0.3132616875182228 << 2;
        QTest::newRow("softplus(1, b=2)") << "softplus"
                                          << "beta=2" << 1.0 << 1.0634640055214863 << 2;
        QTest::newRow("softsign(1)") << "softsign"
                                     << "" << 1.0 << 0.5 << 0;
        QTest::newRow("softsign(-3)") << "softsign"
                                      << "" << -3.0 << -0.75 << 0;
        QTest::newRow("logsigmoid(0)") << "logsigmoid"
                                       << "" << 0.0 << -0.6931471805599453 << 1;
        QTest::newRow("hardsigmoid(1)") << "hardsigmoid"
                                        << "" << 1.0 << 4.0 / 6.0 << 0;
        QTest::newRow("hardswish(1)") << "hardswish"
                                      << "" << 1.0 << 2.0 / 3.0 << 0;
        QTest::newRow("hardswish(-1)") << "hardswish"
                                       << "" << -1.0 << -1.0 / 3.0 << 0;
        QTest::newRow("hardtanh(2)") << "hardtanh"
                                     << "" << 2.0 << 1.0 << 0;
        QTest::newRow("hardtanh(-0.5)") << "hardtanh"
                                        << "" << -0.5 << -0.5 << 0;
        QTest::newRow("hardtanh(-9, -2..3)") << "hardtanh"
                                             << "min=-2;max=3" << -9.0 << -2.0 << 0;
        QTest::newRow("relu6(7)") << "relu6"
                                  << "" << 7.0 << 6.0 << 0;
        QTest::newRow("relu6(3)") << "relu6"
                                  << "" << 3.0 << 3.0 << 0;
        QTest::newRow("tanhshrink(1)") << "tanhshrink"
                                       << "" << 1.0 << 0.23840584404423512 << 2;
        QTest::newRow("softshrink(1)") << "softshrink"
                                       << "" << 1.0 << 0.5 << 0;
        QTest::newRow("softshrink(-2)") << "softshrink"
                                        << "" << -2.0 << -1.5 << 0;
        QTest::newRow("softshrink(-0.2)") << "softshrink"
                                          << "" << -0.2 << 0.0 << 0;
        QTest::newRow("hardshrink(0.6)") << "hardshrink"
                                         << "" << 0.6 << 0.6 << 0;
        QTest::newRow("hardshrink(0.4)") << "hardshrink"
                                         << "" << 0.4 << 0.0 << 0;
        QTest::newRow("rrelu(-1)") << "rrelu"
                                   << "" << -1.0 << -(1.0 / 8 + 1.0 / 3) / 2 << 1;
        QTest::newRow("threshold(-1)") << "threshold"
                                       << "" << -1.0 << 0.0 << 0;
        QTest::newRow("threshold(1, t=0.5, v=-2)") << "threshold"
                                                   << "threshold=0.5;value=-2" << 1.0 << 1.0 << 0;
        QTest::newRow("threshold(0.2, t=0.5, v=-2)")
            << "threshold"
            << "threshold=0.5;value=-2" << 0.2 << -2.0 << 0;
        QTest::newRow("identity(3.5)") << "identity"
                                       << "" << 3.5 << 3.5 << 0;
        QTest::newRow("step(-1e-300)") << "step"
                                       << "" << -1e-300 << 0.0 << 0;
        QTest::newRow("step(2)") << "step"
                                 << "" << 2.0 << 1.0 << 0;
        QTest::newRow("squareplus(0)") << "squareplus"
                                       << "" << 0.0 << 1.0 << 0;
        QTest::newRow("squareplus(1)") << "squareplus"
                                       << "" << 1.0 << 1.618033988749895 << 1;
        QTest::newRow("squareplus(-3, b=16)") << "squareplus"
                                              << "b=16" << -3.0 << 1.0 << 1;
    }
    void values() {
        QFETCH(QString, id);
        QFETCH(QString, params);
        QFETCH(double, x);
        QFETCH(double, f);
        QFETCH(int, maxUlp);
        const auto& a = fn(id);
        const double got = ae::evaluate(a, x, paramsOf(a, params)).f;
        QVERIFY2(ulpDistance(got, f) <= std::uint64_t(maxUlp),
                 qPrintable(QStringLiteral("got %1, expected %2").arg(show(got), show(f))));
    }

    // f, f', f'' exactly, at kinks and boundaries (PyTorch's autograd) and at ±inf (the limits).
    void conventions_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("params");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("f");
        QTest::addColumn<double>("df");
        QTest::addColumn<double>("d2f");
        // elu_backward takes the x <= 0 branch at 0; elu_double_backward masks with x < 0.
        QTest::newRow("elu'(0)") << "elu"
                                 << "" << 0.0 << 0.0 << 1.0 << 0.0;
        QTest::newRow("elu'(0), a=2") << "elu"
                                      << "alpha=2" << 0.0 << 0.0 << 2.0 << 0.0;
        QTest::newRow("selu'(0)") << "selu"
                                  << "" << 0.0 << 0.0 << kSeluScaleAlpha << 0.0;
        QTest::newRow("celu'(0), a=2") << "celu"
                                       << "alpha=2" << 0.0 << 0.0 << 1.0 << 0.0;
        QTest::newRow("relu6'(0)") << "relu6"
                                   << "" << 0.0 << 0.0 << 0.0 << 0.0;
        QTest::newRow("relu6'(6)") << "relu6"
                                   << "" << 6.0 << 6.0 << 0.0 << 0.0;
        QTest::newRow("relu6'(3)") << "relu6"
                                   << "" << 3.0 << 3.0 << 1.0 << 0.0;
        QTest::newRow("rrelu'(0)") << "rrelu"
                                   << "" << 0.0 << 0.0 << (1.0 / 8 + 1.0 / 3) / 2 << 0.0;
        QTest::newRow("threshold'(t)") << "threshold"
                                       << "threshold=1.5;value=-1" << 1.5 << -1.0 << 0.0 << 0.0;
        QTest::newRow("threshold'(t+)") << "threshold"
                                        << "threshold=1.5;value=-1" << std::nextafter(1.5, 2.0)
                                        << std::nextafter(1.5, 2.0) << 1.0 << 0.0;
        QTest::newRow("hardtanh'(-1)") << "hardtanh"
                                       << "" << -1.0 << -1.0 << 0.0 << 0.0;
        QTest::newRow("hardtanh'(1)") << "hardtanh"
                                      << "" << 1.0 << 1.0 << 0.0 << 0.0;
        QTest::newRow("hardtanh'(1-)")
            << "hardtanh"
            << "" << std::nextafter(1.0, 0.0) << std::nextafter(1.0, 0.0) << 1.0 << 0.0;
        QTest::newRow("hardsigmoid'(-3)") << "hardsigmoid"
                                          << "" << -3.0 << 0.0 << 0.0 << 0.0;
        QTest::newRow("hardsigmoid'(3)") << "hardsigmoid"
                                         << "" << 3.0 << 1.0 << 0.0 << 0.0;
        QTest::newRow("hardsigmoid'(0)") << "hardsigmoid"
                                         << "" << 0.0 << 0.5 << 1.0 / 6.0 << 0.0;
        // hardswish_backward: x < -3 -> 0, x <= 3 -> x/3 + 1/2, else 1; f'' = 1/3 on -3 < x < 3.
        QTest::newRow("hardswish'(-3)") << "hardswish"
                                        << "" << -3.0 << 0.0 << -0.5 << 0.0;
        QTest::newRow("hardswish'(-3-)") << "hardswish"
                                         << "" << std::nextafter(-3.0, -4.0) << 0.0 << 0.0 << 0.0;
        QTest::newRow("hardswish'(3)") << "hardswish"
                                       << "" << 3.0 << 3.0 << 1.5 << 0.0;
        QTest::newRow("hardswish'(0)") << "hardswish"
                                       << "" << 0.0 << 0.0 << 0.5 << 1.0 / 3.0;
        QTest::newRow("hardswish'(-1.5)") << "hardswish"
                                          << "" << -1.5 << -0.375 << 0.0 << 1.0 / 3.0;
        QTest::newRow("softshrink'(0.5)") << "softshrink"
                                          << "" << 0.5 << 0.0 << 0.0 << 0.0;
        QTest::newRow("softshrink'(-0.5)") << "softshrink"
                                           << "" << -0.5 << 0.0 << 0.0 << 0.0;
        QTest::newRow("hardshrink'(0.5)") << "hardshrink"
                                          << "" << 0.5 << 0.0 << 0.0 << 0.0;
        QTest::newRow("hardshrink'(-0.5-)")
            << "hardshrink"
            << "" << std::nextafter(-0.5, -1.0) << std::nextafter(-0.5, -1.0) << 1.0 << 0.0;
        QTest::newRow("step(0)") << "step"
                                 << "" << 0.0 << 1.0 << 0.0 << 0.0;
        QTest::newRow("step(-0)") << "step"
                                  << "" << -0.0 << 1.0 << 0.0 << 0.0;
        QTest::newRow("step(-min)")
            << "step"
            << "" << -std::numeric_limits<double>::denorm_min() << 0.0 << 0.0 << 0.0;
        QTest::newRow("softsign''(0)") << "softsign"
                                       << "" << 0.0 << 0.0 << 1.0 << 0.0;
        QTest::newRow("identity(0)") << "identity"
                                     << "" << 0.0 << 0.0 << 1.0 << 0.0;
        QTest::newRow("squareplus'(0)") << "squareplus"
                                        << "" << 0.0 << 1.0 << 0.5 << 0.25;
        QTest::newRow("squareplus b=0 (ReLU)") << "squareplus"
                                               << "b=0" << 0.0 << 0.0 << 0.5 << 0.0;
        QTest::newRow("gelu(0)") << "gelu"
                                 << "" << 0.0 << 0.0 << 0.5 << 0.79788456080286541;
        // Limits.
        QTest::newRow("elu(-inf)") << "elu"
                                   << "alpha=1.5" << -kInf << -1.5 << 0.0 << 0.0;
        QTest::newRow("selu(-inf)") << "selu"
                                    << "" << -kInf << -kSeluScaleAlpha << 0.0 << 0.0;
        QTest::newRow("celu(-inf)") << "celu"
                                    << "alpha=2" << -kInf << -2.0 << 0.0 << 0.0;
        QTest::newRow("softsign(inf)") << "softsign"
                                       << "" << kInf << 1.0 << 0.0 << 0.0;
        QTest::newRow("softsign(-inf)") << "softsign"
                                        << "" << -kInf << -1.0 << 0.0 << 0.0;
        QTest::newRow("logsigmoid(inf)") << "logsigmoid"
                                         << "" << kInf << 0.0 << 0.0 << 0.0;
        QTest::newRow("logsigmoid(-inf)") << "logsigmoid"
                                          << "" << -kInf << -kInf << 1.0 << 0.0;
        QTest::newRow("softplus(-inf)") << "softplus"
                                        << "beta=0.5" << -kInf << 0.0 << 0.0 << 0.0;
        QTest::newRow("gelu(-inf)") << "gelu"
                                    << "" << -kInf << 0.0 << 0.0 << 0.0;
        QTest::newRow("gelu(inf)") << "gelu"
                                   << "" << kInf << kInf << 1.0 << 0.0;
        QTest::newRow("gelu_tanh(-inf)") << "gelu_tanh"
                                         << "" << -kInf << 0.0 << 0.0 << 0.0;
        QTest::newRow("silu(-inf)") << "silu"
                                    << "" << -kInf << 0.0 << 0.0 << 0.0;
        QTest::newRow("squareplus(-inf)") << "squareplus"
                                          << "" << -kInf << 0.0 << 0.0 << 0.0;
        QTest::newRow("squareplus(inf)") << "squareplus"
                                         << "" << kInf << kInf << 1.0 << 0.0;
        QTest::newRow("tanhshrink(-inf)") << "tanhshrink"
                                          << "" << -kInf << -kInf << 1.0 << 0.0;
        QTest::newRow("hardtanh(inf)") << "hardtanh"
                                       << "" << kInf << 1.0 << 0.0 << 0.0;
        QTest::newRow("threshold(-inf)") << "threshold"
                                         << "value=-2" << -kInf << -2.0 << 0.0 << 0.0;
        QTest::newRow("rrelu(-inf)") << "rrelu"
                                     << "" << -kInf << -kInf << (1.0 / 8 + 1.0 / 3) / 2 << 0.0;
    }
    void conventions() {
        QFETCH(QString, id);
        QFETCH(QString, params);
        QFETCH(double, x);
        QFETCH(double, f);
        QFETCH(double, df);
        QFETCH(double, d2f);
        const auto& a = fn(id);
        const ae::Derivs d = ae::evaluate(a, x, paramsOf(a, params));
        QVERIFY2(
            same(d.f, f) && same(d.df, df) && same(d.d2f, d2f),
            qPrintable(QStringLiteral("got (%1, %2, %3), expected (%4, %5, %6)")
                           .arg(show(d.f), show(d.df), show(d.d2f), show(f), show(df), show(d2f))));
    }

    void saturation_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("params");
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        const QList<QStringList> rows{
            {"elu", "", "soft", "none"},
            {"elu", "alpha=0", "hard", "none"},
            {"selu", "", "soft", "none"},
            {"celu", "", "soft", "none"},
            {"celu", "alpha=0.05", "soft", "none"},
            {"relu6", "", "hard", "hard"},
            {"rrelu", "", "none", "none"},
            {"rrelu", "lower=0;upper=0", "hard", "none"},
            {"threshold", "", "hard", "none"},
            {"threshold", "threshold=-2;value=1", "hard", "none"},
            {"gelu", "", "soft", "none"},
            {"gelu_tanh", "", "soft", "none"},
            {"silu", "", "soft", "none"},
            {"softplus", "", "soft", "none"},
            {"softplus", "beta=10", "soft", "none"},
            {"softsign", "", "soft", "soft"},
            {"logsigmoid", "", "none", "soft"},
            {"squareplus", "", "soft", "none"},
            {"squareplus", "b=0.01", "soft", "none"},
            {"identity", "", "none", "none"},
            {"step", "", "hard", "hard"},
            {"hardsigmoid", "", "hard", "hard"},
            {"hardtanh", "", "hard", "hard"},
            {"hardswish", "", "hard", "none"},
            {"softshrink", "", "none", "none"},
            {"hardshrink", "", "none", "none"},
            {"tanhshrink", "", "none", "none"},
        };
        for (const auto& r : rows)
            QTest::newRow(
                qPrintable(r[1].isEmpty() ? r[0] : QStringLiteral("%1 %2").arg(r[0], r[1])))
                << r[0] << r[1] << r[2] << r[3];
    }
    void saturation() {
        QFETCH(QString, id);
        QFETCH(QString, params);
        QFETCH(QString, left);
        QFETCH(QString, right);
        const auto& a = fn(id);
        const ae::SaturationClass c = ae::classifySaturation(a, paramsOf(a, params));
        QCOMPARE(QString(name(c.left)), left);
        QCOMPARE(QString(name(c.right)), right);
    }

    // RReLU draws its slope from [lower, upper] in training: the band's edges are the function
    // with either slope; evaluation mode uses the mean. No other function has a band.
    void rreluBand() {
        for (const auto& a : ae::catalogue())
            QCOMPARE(ae::hasBand(a), a.id == "rrelu");
        const auto& a = fn("rrelu");
        const auto p = paramsOf(a, "lower=0.1;upper=0.3");
        using ae::BandEdge;
        for (double x : {-2.0, -0.5, 0.0, 1.5, -kInf}) {
            const ae::Derivs lo = ae::evaluateBand(a, BandEdge::Lower, x, p);
            const ae::Derivs hi = ae::evaluateBand(a, BandEdge::Upper, x, p);
            const ae::Derivs mid = ae::evaluate(a, x, p);
            QCOMPARE(lo.df, x > 0 ? 1.0 : 0.1);
            QCOMPARE(hi.df, x > 0 ? 1.0 : 0.3);
            QVERIFY(same(lo.f, x > 0 ? x : 0.1 * x));
            QVERIFY(same(hi.f, x > 0 ? x : 0.3 * x));
            if (x < 0 && std::isfinite(x)) QVERIFY(hi.f < mid.f && mid.f < lo.f);
        }
        QVERIFY(std::isnan(ae::evaluateBand(a, BandEdge::Lower, std::nan(""), p).f));
        QVERIFY(std::isnan(ae::evaluateBand(fn("relu"), BandEdge::Upper, 1.0, {}).f));
    }

    void siluIsSwishWithBetaOne() {
        const auto& silu = fn("silu");
        const auto& swish = fn("swish");
        const std::vector<double> beta1{1.0};
        for (double x :
             {-800.0, -30.0, -1.2784645427610737, -0.5, 0.0, 1e-300, 2.0, 40.0, kInf, -kInf}) {
            const ae::Derivs a = ae::evaluate(silu, x, {});
            const ae::Derivs b = ae::evaluate(swish, x, beta1);
            QVERIFY(same(a.f, b.f) && same(a.df, b.df) && same(a.d2f, b.d2f));
        }
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
