// The depth lab's engine (core/nn): batch kernels against the scalar evaluators, the backward
// pass against finite differences for every catalogue function, determinism, cancel, resume,
// the CSV contract and the option parsing, and one ordering the lesson rests on.
#include "core/nn/background.h"
#include "core/nn/experiment.h"
#include "core/nn/landscape.h"
#include "core/nn/pytorch_script.h"
#include "core/properties.h"
#include "core/registry.h"

#include "nnlookup.h"
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <QtTest>

#include <cmath>
#include <limits>
#include <thread>

using namespace ae;
using namespace ae::nn;

namespace {

// A small sweep that still trains: 2-D circles, two functions, two depths, two seeds.
ExperimentConfig smallSweep() {
    ExperimentConfig c = *preset("quick");
    c.data.name = "circle";
    c.data.size = 200;
    c.functions = {"tanh", "relu"};
    c.depths = {1, 3};
    c.seeds = 2;
    c.train.epochs = 3;
    c.train.width = 8;
    return c;
}

} // namespace

class TestNn : public QObject {
    Q_OBJECT
  private slots:
    void backgroundPriorityIsInherited();
    void batchMatchesScalar_data();
    void batchMatchesScalar();
    void batchPassesNaNThrough();
    void backwardMatchesFiniteDifferences_data();
    void backwardMatchesFiniteDifferences();
    void sameSeedSameNumbers();
    void cancelStopsTheSweep();
    void resumedSweepEqualsWholeSweep();
    void csvRowsRoundTrip();
    void depthsParse_data();
    void depthsParse();
    void datasetsAreDeterministicAndSplit_data();
    void datasetsAreDeterministicAndSplit();
    void badConfigurationsAreNamed_data();
    void badConfigurationsAreNamed();
    void sigmoidFallsFarBelowReluWhenDeep();
    void landscapeOfReluIsPiecewiseLinear();
    void pytorchScriptIsPython();
    void pytorchFormsAgreeWithTheCatalogue();
};

void TestNn::batchMatchesScalar_data() {
    QTest::addColumn<QString>("id");
    for (const Activation* a : registry().all())
        QTest::newRow(a->id.c_str()) << QString::fromStdString(a->id);
}

// Every function, kernel or not, at its defaults and at its parameters' ends: the float batch
// path gives the double evaluator's values rounded to float, to a few float ulps (the kernels
// compute in float; their formulas are the scalar ones).
void TestNn::batchMatchesScalar() {
    QFETCH(QString, id);
    const Activation& a = *registry().find(id.toStdString());
    std::vector<std::vector<double>> sets{defaultParams(a)};
    for (std::size_t k = 0; k < a.params.size(); ++k)
        for (double v : {a.params[k].min, a.params[k].max}) {
            auto p = defaultParams(a);
            p[k] = v;
            if (a.id == "rrelu" && p[0] > p[1]) continue;                     // lower ≤ upper
            if (v == 0.0 && (a.id == "softplus" || a.id == "celu")) continue; // NaN by design
            sets.push_back(p);
        }
    std::vector<float> x;
    for (int i = -4000; i <= 4000; ++i)
        x.push_back(float(i) * 0.01f);
    for (float v :
         {-90.0f, -30.0f, 25.0f, 90.0f, 1e-30f, -1e-30f, 0.0f, -0.0f, 3.4e38f, -3.4e38f,
          std::numeric_limits<float>::infinity(), -std::numeric_limits<float>::infinity()})
        x.push_back(v);
    for (const auto& p : sets) {
        std::vector<float> f, df;
        evaluateBatch(a, x, p, f, df);
        QCOMPARE(f.size(), x.size());
        for (std::size_t i = 0; i < x.size(); ++i) {
            const Derivs d = evaluate(a, double(x[i]), p);
            auto close = [](double got, double want) {
                if (std::isnan(want)) return std::isnan(got);
                if (std::isinf(want)) return got == want;
                // Relative, but absolute (a float ulp of 1) where f or f' crosses 0: there the
                // scalar form computes in double-double, the kernel in float.
                return std::fabs(got - want) <= std::max(4e-6 * std::fabs(want), 1.2e-7);
            };
            if (!close(f[i], float(d.f)) || !close(df[i], float(d.df)))
                QFAIL(
                    qPrintable(QStringLiteral("%1 at x = %2 (p0 = %3): batch %4, %5; scalar %6, %7")
                                   .arg(id)
                                   .arg(double(x[i]), 0, 'g', 9)
                                   .arg(p.empty() ? 0.0 : p[0])
                                   .arg(double(f[i]), 0, 'g', 9)
                                   .arg(double(df[i]), 0, 'g', 9)
                                   .arg(d.f, 0, 'g', 9)
                                   .arg(d.df, 0, 'g', 9)));
        }
    }
}

void TestNn::batchPassesNaNThrough() {
    const Activation& mish = *registry().find("mish");
    const float nan = std::numeric_limits<float>::quiet_NaN();
    std::vector<float> f, df;
    evaluateBatch(mish, std::vector<float>{1.0f, nan, -2.0f}, {}, f, df);
    QVERIFY(std::isnan(f[1]) && std::isnan(df[1]));
    QVERIFY(std::isfinite(f[0]) && std::isfinite(f[2]));
    const Activation& swish = *registry().find("swish");
    const std::vector<double> nanBeta{std::nan("")};
    evaluateBatch(swish, std::vector<float>{1.0f, 2.0f}, nanBeta, f, df);
    QVERIFY(std::isnan(f[0]) && std::isnan(df[1]));
}

void TestNn::backwardMatchesFiniteDifferences_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("batchNorm");
    for (const Activation* a : registry().all())
        for (bool bn : {false, true})
            QTest::newRow((a->id + (bn ? "/batchnorm" : "/plain")).c_str())
                << QString::fromStdString(a->id) << bn;
}

// Central differences of the loss against the backward pass, for the first entries of every
// tensor. In float a kink or a jump of f between x ± h spoils a difference now and then, so
// functions that have one need nine in ten to agree; smooth ones all of them.
void TestNn::backwardMatchesFiniteDifferences() {
    QFETCH(QString, id);
    QFETCH(bool, batchNorm);
    const Activation& a = *registry().find(id.toStdString());
    DataSpec spec;
    std::string error;
    const Dataset d = *loadDataset(spec, &error);
    const Eigen::MatrixXf x = d.trainX.leftCols(16);
    const std::vector<int> y(d.trainY.begin(), d.trainY.begin() + 16);
    MlpConfig c;
    c.inputs = d.features;
    c.classes = d.classes;
    c.width = 8;
    c.depth = 3;
    c.batchNorm = batchNorm;
    c.init = Init::He;
    Mlp net(c, a, defaultParams(a), 7);
    Rng unused(0);
    net.trainPass(x, y, unused);
    std::vector<Eigen::MatrixXf> grads;
    for (const auto* g : net.gradients())
        grads.push_back(*g);
    const auto params = net.parameters();
    int checked = 0, agreed = 0;
    for (std::size_t t = 0; t < params.size(); ++t)
        for (Eigen::Index k = 0; k < std::min<Eigen::Index>(params[t]->size(), 8); ++k) {
            float& w = params[t]->data()[k];
            const float w0 = w, h = 1e-3f;
            w = w0 + h;
            const double up = net.trainPass(x, y, unused);
            w = w0 - h;
            const double down = net.trainPass(x, y, unused);
            w = w0;
            const double fd = (up - down) / (2.0 * h), an = grads[t].data()[k];
            ++checked;
            if (std::fabs(fd - an) <= 0.03 * (std::fabs(fd) + std::fabs(an)) + 2e-4) ++agreed;
        }
    const Properties pr = analyseProperties(a, defaultParams(a));
    const bool smooth = pr.smoothness == Smoothness::Smooth;
    QVERIFY2(checked > 40, "too few entries checked");
    QVERIFY2(smooth ? agreed == checked : agreed * 10 >= checked * 9,
             qPrintable(QStringLiteral("%1 of %2 agree").arg(agreed).arg(checked)));
}

void TestNn::sameSeedSameNumbers() {
    ExperimentConfig c = smallSweep();
    c.train.dropout = 0.25; // the dropout stream too
    std::string error;
    const Dataset d = *loadDataset(c.data, &error);
    const Activation& mish = *registry().find("mish");
    const RunResult a = trainOne(d, mish, {}, c.train, 3, 5);
    const RunResult b = trainOne(d, mish, {}, c.train, 3, 5);
    const RunResult other = trainOne(d, mish, {}, c.train, 3, 6);
    QCOMPARE(a.trainLoss, b.trainLoss);
    QCOMPARE(a.testAccuracy, b.testAccuracy);
    QVERIFY(a.trainLoss != other.trainLoss);
}

void TestNn::cancelStopsTheSweep() {
    ExperimentConfig c = smallSweep();
    c.train.epochs = 100000 / 100; // long enough to be cut short
    c.depths = {10, 20};
    std::atomic<bool> cancel{false};
    int results = 0;
    bool finished = true;
    std::thread t([&] {
        finished =
            runExperiment(c, lookup(), 2, {}, &cancel, [&](const RunResult&) { ++results; }, {});
    });
    QTest::qWait(150);
    cancel = true;
    t.join();
    QVERIFY(!finished);
    QCOMPARE(results, 0); // a cancelled run is not reported as finished
}

void TestNn::resumedSweepEqualsWholeSweep() {
    const ExperimentConfig c = smallSweep();
    std::map<RunKey, RunResult> whole;
    QVERIFY(runExperiment(c, lookup(), 2, {}, nullptr,
                          [&](const RunResult& r) {
                              whole[{r.function, r.depth, r.seed}] = r;
                          },
                          {}));
    QCOMPARE(int(whole.size()), 2 * 2 * 2);
    // As if the first half had been saved before the window closed.
    std::set<RunKey> done;
    std::map<RunKey, RunResult> resumed;
    int i = 0;
    for (const auto& [k, r] : whole)
        if (i++ % 2 == 0) {
            done.insert(k);
            resumed[k] = *parseCsvRow(csvRow(r));
        }
    int ran = 0, lastDone = 0, lastTotal = 0;
    QVERIFY(runExperiment(
        c, lookup(), 1, done, nullptr,
        [&](const RunResult& r) {
            ++ran;
            resumed[{r.function, r.depth, r.seed}] = r;
        },
        [&](const ExperimentProgress& p) {
            lastDone = p.runsDone;
            lastTotal = p.runsTotal;
        }));
    QCOMPARE(ran, 4);
    QCOMPARE(lastDone, 8);
    QCOMPARE(lastTotal, 8);
    for (const auto& [k, r] : whole)
        QCOMPARE(csvRow(resumed[k]).substr(0, csvRow(r).rfind(',')),
                 csvRow(r).substr(0, csvRow(r).rfind(','))); // all but the seconds
}

void TestNn::csvRowsRoundTrip() {
    QCOMPARE(csvHeader(), std::string("function,depth,seed,train_accuracy,test_accuracy,final_loss,"
                                      "seconds"));
    RunResult r;
    r.function = "leaky_relu";
    r.depth = 17;
    r.seed = 12345678901234ull;
    r.trainAccuracy = 0.5;
    r.testAccuracy = 0.25;
    r.finalLoss = std::nan("");
    r.seconds = 1.5;
    const std::string row = csvRow(r);
    QCOMPARE(row, std::string("leaky_relu,17,12345678901234,0.500000,0.250000,nan,1.500"));
    const auto back = parseCsvRow(row);
    QVERIFY(back);
    QCOMPARE(back->depth, 17);
    QCOMPARE(back->seed, r.seed);
    QVERIFY(std::isnan(back->finalLoss));
    QVERIFY(!parseCsvRow("relu,1,2,3"));
    QVERIFY(!parseCsvRow("relu,x,2,0.1,0.1,0.1,1"));
    QVERIFY(!parseCsvRow(csvHeader()));
}

void TestNn::depthsParse_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // "" = rejected
    QTest::newRow("range") << "1:5"
                           << "1 2 3 4 5";
    QTest::newRow("step") << "2:10:4"
                          << "2 6 10";
    QTest::newRow("list") << "20,5,10"
                          << "5 10 20";
    QTest::newRow("mixed, duplicates") << "1,2:4,4"
                                       << "1 2 3 4";
    QTest::newRow("zero layers") << "0"
                                 << "0";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("downwards") << "5:1"
                               << "";
    QTest::newRow("step zero") << "1:5:0"
                               << "";
    QTest::newRow("too deep") << "1:500"
                              << "";
    QTest::newRow("negative") << "-3"
                              << "";
    QTest::newRow("words") << "deep"
                           << "";
    QTest::newRow("trailing colon") << "1:"
                                    << "";
    QTest::newRow("huge number") << "99999999999"
                                 << "";
}

void TestNn::depthsParse() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    std::string error;
    const auto got = parseDepths(text.toStdString(), &error);
    if (expected.isEmpty()) {
        QVERIFY(!got);
        QVERIFY(error.find("depths") != std::string::npos);
        return;
    }
    QVERIFY2(got, error.c_str());
    QStringList s;
    for (int d : *got)
        s << QString::number(d);
    QCOMPARE(s.join(' '), expected);
}

void TestNn::datasetsAreDeterministicAndSplit_data() {
    QTest::addColumn<QString>("name");
    for (const auto& n : datasetNames())
        if (n != "fashion-mnist") // its own split and synthetic copies: tst_conv
            QTest::newRow(n.c_str()) << QString::fromStdString(n);
}

void TestNn::datasetsAreDeterministicAndSplit() {
    QFETCH(QString, name);
    DataSpec s;
    s.name = name.toStdString();
    std::string error;
    const auto a = loadDataset(s, &error), b = loadDataset(s, &error);
    QVERIFY2(a && b, error.c_str());
    QVERIFY(a->trainX == b->trainX && a->testY == b->testY);
    const auto total = std::size_t(a->trainX.cols() + a->testX.cols());
    QCOMPARE(total, a->trainY.size() + a->testY.size());
    QCOMPARE(total, s.name == "digits" ? std::size_t(1797) : std::size_t(s.size));
    QVERIFY(std::abs(double(a->testY.size()) - 0.2 * double(total)) <= 1.0);
    QVERIFY(a->trainX.allFinite() && a->trainX.cwiseAbs().maxCoeff() <= 3.0f);
    std::vector<int> counts(std::size_t(a->classes), 0);
    for (int y : a->trainY) {
        QVERIFY(y >= 0 && y < a->classes);
        ++counts[std::size_t(y)];
    }
    for (int n : counts) // every class present, none swamping the rest
        QVERIFY(n > int(a->trainY.size()) / (3 * a->classes));
    s.seed = 1;
    QVERIFY(!(loadDataset(s, &error)->trainY == a->trainY)); // another split
}

void TestNn::badConfigurationsAreNamed_data() {
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("message");
    QTest::newRow("function") << "function"
                              << "unknown function \"nosuch\"";
    QTest::newRow("width") << "width"
                           << "width must be between 1 and 4096";
    QTest::newRow("dropout") << "dropout"
                             << "dropout must lie in [0, 1)";
    QTest::newRow("learning rate") << "lr"
                                   << "the learning rate must lie in (0, 10]";
    QTest::newRow("seeds") << "seeds"
                           << "seeds must be between 1 and 100";
    QTest::newRow("dataset") << "dataset"
                             << "unknown dataset \"mnist\"";
}

void TestNn::badConfigurationsAreNamed() {
    QFETCH(QString, what);
    QFETCH(QString, message);
    ExperimentConfig c = smallSweep();
    QCOMPARE(validate(c, lookup()), std::string());
    if (what == "function") c.functions.push_back("nosuch");
    if (what == "width") c.train.width = 0;
    if (what == "dropout") c.train.dropout = 1.0;
    if (what == "lr") c.train.optimizer.learningRate = std::nan("");
    if (what == "seeds") c.seeds = 0;
    if (what == "dataset") {
        c.data.name = "mnist";
        std::string error;
        QVERIFY(!loadDataset(c.data, &error));
        QVERIFY2(QString::fromStdString(error).startsWith(message), error.c_str());
        return;
    }
    QCOMPARE(QString::fromStdString(validate(c, lookup())), message);
}

// The lesson's robust claim: ten sigmoid layers of a plain MLP (Glorot, SGD with momentum) do
// not learn the digits at all, ten ReLU layers do, with every one of three seeds.
void TestNn::sigmoidFallsFarBelowReluWhenDeep() {
    ExperimentConfig c = *preset("quick");
    c.functions = {"sigmoid", "relu"};
    c.depths = {10};
    c.train.batchNorm = false;
    c.train.dropout = 0.0;
    c.train.optimizer.learningRate = 0.01;
    c.train.optimizer.momentum = 0.9;
    c.train.epochs = 20;
    std::map<std::string, std::vector<double>> acc;
    QVERIFY(runExperiment(c, lookup(), 2, {}, nullptr,
                          [&](const RunResult& r) { acc[r.function].push_back(r.testAccuracy); },
                          {}));
    const double bestSigmoid = *std::max_element(acc["sigmoid"].begin(), acc["sigmoid"].end());
    const double worstRelu = *std::min_element(acc["relu"].begin(), acc["relu"].end());
    QVERIFY2(bestSigmoid < 0.3 && worstRelu > 0.8,
             qPrintable(QStringLiteral("sigmoid at best %1, ReLU at worst %2")
                            .arg(bestSigmoid)
                            .arg(worstRelu)));
}

// The heat maps' lesson, checked on their data: a ReLU network's output is piecewise linear (its
// discrete Laplacian vanishes on a facet; 112 units crease the square often, so a fair share of
// stencils straddle a crease), a Mish network's is curved almost everywhere. Same seed, same
// weights: the same map twice.
void TestNn::landscapeOfReluIsPiecewiseLinear() {
    LandscapeSpec spec;
    spec.resolution = 60;
    auto flatShare = [&](const char* id) {
        const Activation& a = *registry().find(id);
        const std::vector<float> v = outputLandscape(a, defaultParams(a), spec);
        const int n = spec.resolution;
        if (int(v.size()) != n * n || outputLandscape(a, defaultParams(a), spec) != v) return -1.0;
        float scale = 0;
        for (float x : v)
            scale = std::max(scale, std::fabs(x));
        int flat = 0, all = 0;
        for (int j = 1; j + 1 < n; ++j)
            for (int i = 1; i + 1 < n; ++i) {
                auto at = [&](int x, int y) { return v[std::size_t(y) * n + x]; };
                const float lap =
                    at(i - 1, j) + at(i + 1, j) + at(i, j - 1) + at(i, j + 1) - 4 * at(i, j);
                flat += std::fabs(lap) <= 1e-5f * scale;
                ++all;
            }
        return double(flat) / all;
    };
    const double relu = flatShare("relu"), mish = flatShare("mish");
    QVERIFY2(mish >= 0.0 && relu > 0.15 && relu > 10 * mish,
             qPrintable(QStringLiteral("flat share: ReLU %1, Mish %2").arg(relu).arg(mish)));
}

namespace {
// Runs python3 (Debian's: /usr/bin first, where python3-torch installs) with a program on stdin.
QByteArray python(const QStringList& args, const QByteArray& input, int* code) {
    QString exe = QStringLiteral("/usr/bin/python3");
    if (!QFileInfo(exe).isExecutable()) exe = QStandardPaths::findExecutable("python3");
    if (exe.isEmpty()) return *code = -1, QByteArray();
    QProcess p;
    p.start(exe, args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    *code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAllStandardOutput();
}
} // namespace

// The exported script is valid Python for every catalogue function at its defaults, and carries
// the setup (parameters as set, depths, seeds).
void TestNn::pytorchScriptIsPython() {
    int code = 0;
    python({"-c", "pass"}, {}, &code);
    if (code != 0) QSKIP("python3 is not installed");
    QTemporaryDir dir;
    for (const Activation* a : registry().all()) {
        ExperimentConfig c = *preset("quick");
        c.functions = {a->id, "swish"};
        c.params["swish"] = {1.25};
        c.depths = {3, 7};
        std::string error;
        const std::string script = pytorchScript(c, lookup(), &error);
        QVERIFY2(!script.empty(), error.c_str());
        QVERIFY(script.find("\"swish\": {\"beta\": 1.25}") != std::string::npos);
        QVERIFY(script.find("\"depths\": [3, 7]") != std::string::npos);
        const QString path = dir.filePath(QString::fromStdString(a->id) + ".py");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(script));
        f.close();
        python({"-m", "py_compile", path}, {}, &code);
        QVERIFY2(code == 0, qPrintable(path));
    }
    // The paper preset: the conv stem and the Fashion-MNIST reader come along.
    std::string error;
    const std::string script = pytorchScript(*preset("paper"), lookup(), &error);
    QVERIFY2(!script.empty(), error.c_str());
    for (const char* part : {"\"stem\": {\"enabled\": True, \"filters1\": 20, \"filters2\": 50, "
                             "\"kernel\": 5}",
                             "\"name\": \"fashion-mnist\"", "torch.nn.Conv2d", "F.max_pool2d",
                             "\"depths\": [15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25]"})
        QVERIFY2(script.find(part) != std::string::npos, part);
    const QString path = dir.filePath(QStringLiteral("paper.py"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray::fromStdString(script));
    f.close();
    python({"-m", "py_compile", path}, {}, &code);
    QVERIFY2(code == 0, qPrintable(path));
}

// Each function's PyTorch form computes the catalogue's function: evaluated by torch in float64
// at 201 points of [-10, 10] at default parameters, to 1e-12 relative. And its autograd
// derivative is the catalogue's f' — the engine trains with f', the exported script with
// autograd — to 1e-9 relative (absolutely below 1e-6, where both sides cancel) at the 200
// midpoints, away from the kinks: there PyTorch 1.13 disagrees with itself (Hardswish'(3) is 3/2
// in its scalar kernel, 1 in its vectorised one). Skipped without torch.
void TestNn::pytorchFormsAgreeWithTheCatalogue() {
    int code = 0;
    python({"-c", "import torch"}, {}, &code);
    if (code != 0) QSKIP("PyTorch (python3-torch) is not installed");
    QByteArray program = "import torch\nimport torch.nn.functional as F\n"
                         "x = torch.linspace(-10, 10, 201, dtype=torch.float64)\n"
                         "m = ((torch.arange(-100, 100, dtype=torch.float64) + 0.5) / 10)"
                         ".requires_grad_(True)\n"
                         "def grad(y):\n"
                         "    g = torch.autograd.grad(y.sum(), m, allow_unused=True)[0] "
                         "if y.requires_grad else None\n"
                         "    return torch.zeros_like(m) if g is None else g\n"
                         "def show(v):\n"
                         "    print(' '.join(repr(float(t)) for t in v))\n"
                         "show(x)\nshow(m.detach())\n";
    for (const Activation* a : registry().all()) {
        QByteArray p = "{";
        const auto d = defaultParams(*a);
        for (std::size_t k = 0; k < d.size(); ++k)
            p += "'" + QByteArray::fromStdString(a->params[k].id) +
                 "': " + QByteArray::number(d[k], 'g', 17) + ",";
        const QByteArray form = QByteArray::fromStdString(a->pytorch);
        program += "p = " + p + "}\nf = lambda x: " + form + "\nshow(f(x))\nshow(grad(f(m)))\n";
    }
    const QList<QByteArray> lines = python({"-"}, program, &code).trimmed().split('\n');
    QCOMPARE(code, 0);
    QCOMPARE(lines.size(), 2 * qsizetype(registry().all().size()) + 2);
    const QList<QByteArray> xs = lines[0].split(' '); // the very doubles torch evaluated at
    const QList<QByteArray> ms = lines[1].split(' ');
    int row = 2;
    for (const Activation* a : registry().all()) {
        const QList<QByteArray> values = lines[row++].split(' ');
        const QList<QByteArray> slopes = lines[row++].split(' ');
        QCOMPARE(values.size(), 201);
        QCOMPARE(slopes.size(), 200);
        for (int i = 0; i < 201; ++i) {
            const double x = xs[i].toDouble();
            const double want = evaluate(*a, x, defaultParams(*a)).f;
            const double got = values[i].toDouble();
            QVERIFY2(std::fabs(got - want) <= 1e-12 * std::fabs(want) + 1e-300 ||
                         std::fabs(got - want) <= 1e-14, // a zero crossing
                     qPrintable(QStringLiteral("%1 at x = %2: torch %3, catalogue %4")
                                    .arg(QString::fromStdString(a->id))
                                    .arg(x)
                                    .arg(got, 0, 'g', 17)
                                    .arg(want, 0, 'g', 17)));
        }
        for (int i = 0; i < 200; ++i) {
            const double x = ms[i].toDouble();
            const double want = evaluate(*a, x, defaultParams(*a)).df;
            const double got = slopes[i].toDouble();
            QVERIFY2(std::fabs(got - want) <= 1e-9 * std::max(std::fabs(want), 1e-6),
                     qPrintable(QStringLiteral("%1 at x = %2: autograd f' %3, catalogue %4")
                                    .arg(QString::fromStdString(a->id))
                                    .arg(x)
                                    .arg(got, 0, 'g', 17)
                                    .arg(want, 0, 'g', 17)));
        }
    }
}

// The lab's sweep thread lowers its priority before it starts the workers: they must inherit it,
// and the thread that asked nothing must keep its own.
void TestNn::backgroundPriorityIsInherited() {
#if defined(__linux__)
    const int before = nn::thisThreadsNice();
    int lowered = -100, inherited = -100;
    bool ok = false;
    std::thread t([&] {
        ok = nn::lowerThisThreadsPriority();
        lowered = nn::thisThreadsNice();
        std::thread child([&] { inherited = nn::thisThreadsNice(); });
        child.join();
    });
    t.join();
    QVERIFY(ok);
    QCOMPARE(lowered, 19);
    QCOMPARE(inherited, 19);
    QCOMPARE(nn::thisThreadsNice(), before);
#else
    QSKIP("thread priorities are Linux-only here");
#endif
}

QTEST_GUILESS_MAIN(TestNn)
#include "tst_nn.moc"
