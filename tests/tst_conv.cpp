// The paper preset's pieces (core/nn): the im2col convolution against a naive one, the stem's
// backward pass (convolutions, max-pool, dropout) against finite differences, the gzip'd IDX
// loader on small synthetic files (and every way they can be wrong), the preset itself, the
// cost model behind its ETA, and the determinism of a tiny stem run.
#include "core/nn/experiment.h"
#include "core/nn/idx.h"
#include "core/registry.h"

#include "nnlookup.h"
#include <QTemporaryDir>

#include <QtTest>

#include <cmath>

using namespace ae;
using namespace ae::nn;

namespace {

Eigen::MatrixXf randomMatrix(Eigen::Index rows, Eigen::Index cols, Rng& r, double lo = -1,
                             double hi = 1) {
    Eigen::MatrixXf m(rows, cols);
    for (Eigen::Index k = 0; k < m.size(); ++k)
        m.data()[k] = float(r.uniform(lo, hi));
    return m;
}

// A Fashion-MNIST-shaped directory: `train` and `test` images of side × side with labels
// i % 10 and pixels from a stream; the four files written gzip'd, one of them spoilt on demand.
struct FakeFashion {
    QTemporaryDir dir;
    std::string path() const { return dir.path().toStdString(); }
    std::string file(const char* name) const { return path() + "/" + name; }
    static std::vector<std::uint8_t> pixels(int count, int side) {
        std::vector<std::uint8_t> p(std::size_t(count * side * side));
        Rng r(5);
        for (auto& v : p)
            v = std::uint8_t(r.below(256));
        return p;
    }
    static std::vector<std::uint8_t> labels(int count) {
        std::vector<std::uint8_t> l(static_cast<std::size_t>(count));
        for (int i = 0; i < count; ++i)
            l[std::size_t(i)] = std::uint8_t(i % 10);
        return l;
    }
    bool write(int train, int test, int side = 28) {
        return writeGzip(file("train-images-idx3-ubyte.gz"),
                         idxImagesFile(train, side, side, pixels(train, side))) &&
               writeGzip(file("train-labels-idx1-ubyte.gz"), idxLabelsFile(labels(train))) &&
               writeGzip(file("t10k-images-idx3-ubyte.gz"),
                         idxImagesFile(test, side, side, pixels(test, side))) &&
               writeGzip(file("t10k-labels-idx1-ubyte.gz"), idxLabelsFile(labels(test)));
    }
};

} // namespace

class TestConv : public QObject {
    Q_OBJECT
  private slots:
    void convolutionMatchesNaive_data();
    void convolutionMatchesNaive();
    void stemBackwardMatchesFiniteDifferences_data();
    void stemBackwardMatchesFiniteDifferences();
    void stemInputGradientMatchesFiniteDifferences();
    void idxFilesLoad();
    void idxProblemsAreNamed_data();
    void idxProblemsAreNamed();
    void paperPresetValidates();
    void costWeighsTheStemAndTheDepth();
    void tinyStemRunIsDeterministic();
};

void TestConv::convolutionMatchesNaive_data() {
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("filters");
    QTest::addColumn<int>("kernel");
    QTest::newRow("8x8x1 k3 f2") << 8 << 8 << 1 << 2 << 3;
    QTest::newRow("8x8x3 k3 f2") << 8 << 8 << 3 << 2 << 3;
    QTest::newRow("9x7x2 k5 f3") << 9 << 7 << 2 << 3 << 5;
    QTest::newRow("6x6x2 k1 f4") << 6 << 6 << 2 << 4 << 1;
    QTest::newRow("5x5x3 k5 f2 (one output pixel)") << 5 << 5 << 3 << 2 << 5;
}

// conv2d (im2col + one product) against the textbook sum, and col2im as im2col's adjoint:
// <im2col(x), D> = <x, col2im(D)> for any D — what the backward pass relies on.
void TestConv::convolutionMatchesNaive() {
    QFETCH(int, height);
    QFETCH(int, width);
    QFETCH(int, channels);
    QFETCH(int, filters);
    QFETCH(int, kernel);
    const ConvGeometry g{height, width, channels, filters, kernel};
    const int samples = 3, ho = g.outHeight(), wo = g.outWidth();
    Rng r(11);
    const Eigen::MatrixXf x = randomMatrix(channels, Eigen::Index(height) * width * samples, r);
    const Eigen::MatrixXf w = randomMatrix(filters, g.taps(), r);
    const Eigen::MatrixXf b = randomMatrix(filters, 1, r);
    Eigen::MatrixXf cols, y;
    conv2d(x, g, w, b, cols, y);
    QCOMPARE(y.rows(), Eigen::Index(filters));
    QCOMPARE(y.cols(), Eigen::Index(samples) * ho * wo);
    double worst = 0;
    for (int s = 0; s < samples; ++s)
        for (int f = 0; f < filters; ++f)
            for (int oy = 0; oy < ho; ++oy)
                for (int ox = 0; ox < wo; ++ox) {
                    double sum = b(f, 0);
                    for (int ky = 0; ky < kernel; ++ky)
                        for (int kx = 0; kx < kernel; ++kx)
                            for (int c = 0; c < channels; ++c)
                                sum += double(w(f, (ky * kernel + kx) * channels + c)) *
                                       x(c, (s * height + oy + ky) * width + ox + kx);
                    const double got = y(f, (s * ho + oy) * wo + ox);
                    worst = std::max(worst, std::fabs(got - sum));
                }
    QVERIFY2(worst < 1e-5, qPrintable(QString::number(worst)));
    const Eigen::MatrixXf d = randomMatrix(cols.rows(), cols.cols(), r);
    Eigen::MatrixXf dx = Eigen::MatrixXf::Zero(x.rows(), x.cols());
    col2imAdd(d, samples, g, dx.data());
    const double lhs = (cols.cast<double>().array() * d.cast<double>().array()).sum();
    const double rhs = (x.cast<double>().array() * dx.cast<double>().array()).sum();
    QVERIFY2(std::fabs(lhs - rhs) <= 1e-4 * (std::fabs(lhs) + 1),
             qPrintable(QStringLiteral("%1 vs %2").arg(lhs).arg(rhs)));
}

void TestConv::stemBackwardMatchesFiniteDifferences_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("dropout");
    for (const char* id : {"relu", "mish", "swish", "tanh"})
        for (double p : {0.0, 0.25})
            QTest::newRow((std::string(id) + (p > 0 ? "/dropout" : "/plain")).c_str())
                << QString(id) << p;
}

// A whole network with a tiny stem (8×8 digits, 2 and 3 filters of 3×3, 2×2 pool) before two
// dense blocks with BatchNorm: the backward pass's gradient of every tensor — the stem's four
// first — against central differences of the loss, the dropout masks the same in every pass (a
// copy of one stream). The pool's switch of winner is a kink whatever the function (and ReLU
// has its own): a step small enough to cross few of them (3e-4) leaves float noise of about
// 1e-3 in a difference, and nine in ten must agree. (At 1e-4 every stem entry agrees for the
// smooth functions but the dense ones drown in noise; at 1e-2 a tenth cross a switch.)
void TestConv::stemBackwardMatchesFiniteDifferences() {
    QFETCH(QString, id);
    QFETCH(double, dropout);
    const Activation& a = *registry().find(id.toStdString());
    std::string error;
    const Dataset d = *loadDataset(DataSpec{}, &error);
    const Eigen::MatrixXf x = d.trainX.leftCols(12);
    const std::vector<int> y(d.trainY.begin(), d.trainY.begin() + 12);
    MlpConfig c;
    c.inputs = d.features;
    c.classes = d.classes;
    c.width = 6;
    c.depth = 2;
    c.batchNorm = true;
    c.dropout = dropout;
    c.init = Init::He;
    c.stem = StemConfig{true, 2, 3, 3};
    QCOMPARE(stemProblem(c.inputs, c.stem), std::string());
    Mlp net(c, a, defaultParams(a), 3);
    const Rng masks = Rng::stream(9, 3);
    auto loss = [&] {
        Rng r = masks;
        return net.trainPass(x, y, r);
    };
    loss();
    std::vector<Eigen::MatrixXf> grads;
    for (const auto* g : net.gradients())
        grads.push_back(*g);
    const auto params = net.parameters();
    QCOMPARE(params.size(), std::size_t(4 + 2 * 4 + 2));
    int checked = 0, agreed = 0, stemChecked = 0;
    for (std::size_t t = 0; t < params.size(); ++t)
        for (Eigen::Index k = 0; k < std::min<Eigen::Index>(params[t]->size(), 6); ++k) {
            float& w = params[t]->data()[k];
            const float w0 = w, h = 3e-4f;
            w = w0 + h;
            const double up = loss();
            w = w0 - h;
            const double down = loss();
            w = w0;
            const double fd = (up - down) / (2.0 * h), an = grads[t].data()[k];
            ++checked;
            stemChecked += t < 4;
            if (std::fabs(fd - an) <= 0.03 * (std::fabs(fd) + std::fabs(an)) + 1e-3) ++agreed;
        }
    QCOMPARE(stemChecked, 6 + 2 + 6 + 3);
    QVERIFY2(agreed * 10 >= checked * 9,
             qPrintable(QStringLiteral("%1 of %2 agree").arg(agreed).arg(checked)));
}

// The stem alone, its gradient at the images (what the gradient-flow view asks for): a linear
// read-out L = Σ R ⊙ stem(x), differences of a dozen pixels.
void TestConv::stemInputGradientMatchesFiniteDifferences() {
    const Activation& mish = *registry().find("mish");
    Rng r(21);
    ConvStem stem(8, StemConfig{true, 3, 2, 3}, Init::He, r);
    QCOMPARE(stem.outputs(), 2 * 2 * 2);
    Eigen::MatrixXf x = randomMatrix(64, 4, r, 0, 1);
    const Eigen::MatrixXf read = randomMatrix(stem.outputs(), 4, r);
    auto loss = [&] {
        const Eigen::MatrixXf* out = stem.forward(x, mish, defaultParams(mish), nullptr, 0, true);
        return (out->cast<double>().array() * read.cast<double>().array()).sum();
    };
    loss();
    QVERIFY(stem.backward(x, read, true));
    const Eigen::MatrixXf dx = stem.inputGradient();
    QCOMPARE(dx.rows(), x.rows());
    int agreed = 0, checked = 0;
    for (Eigen::Index k = 0; k < x.size(); k += 23) {
        float& v = x.data()[k];
        const float v0 = v, h = 1e-3f;
        v = v0 + h;
        const double up = loss();
        v = v0 - h;
        const double down = loss();
        v = v0;
        const double fd = (up - down) / (2.0 * h), an = dx.data()[k];
        ++checked;
        if (std::fabs(fd - an) <= 0.03 * (std::fabs(fd) + std::fabs(an)) + 3e-4) ++agreed;
    }
    QVERIFY2(agreed * 10 >= checked * 9 && checked >= 10,
             qPrintable(QStringLiteral("%1 of %2 agree").arg(agreed).arg(checked)));
    // Inference (blocks of its own) gives the stored pass's numbers, over several blocks and a
    // partial last one too.
    const Eigen::MatrixXf many = randomMatrix(64, 37, r, 0, 1);
    const Eigen::MatrixXf stored = *stem.forward(many, mish, defaultParams(mish), nullptr, 0, true);
    QCOMPARE(*stem.forward(many, mish, defaultParams(mish), nullptr, 0, false), stored);
    const Eigen::MatrixXf few = *stem.forward(x, mish, defaultParams(mish), nullptr, 0, true);
    QCOMPARE(*stem.forward(x, mish, defaultParams(mish), nullptr, 0, false), few);
}

void TestConv::idxFilesLoad() {
    FakeFashion f;
    QVERIFY(f.write(30, 12));
    DataSpec s;
    s.name = "fashion-mnist";
    s.directory = f.path();
    s.testFraction = 0.9; // ignored: the files' own split
    std::string error;
    const auto d = loadDataset(s, &error);
    QVERIFY2(d, error.c_str());
    QCOMPARE(d->features, 784);
    QCOMPARE(d->classes, 10);
    QCOMPARE(d->trainX.cols(), Eigen::Index(30));
    QCOMPARE(d->testX.cols(), Eigen::Index(12));
    QCOMPARE(d->trainY[13], 3);
    const auto raw = FakeFashion::pixels(30, 28);
    QCOMPARE(d->trainX(5, 2), float(raw[2 * 784 + 5]) / 255.0f); // image 2, pixel 5: in order
    QVERIFY(d->trainX.minCoeff() >= 0.0f && d->trainX.maxCoeff() <= 1.0f);
    QVERIFY(d->trainX.maxCoeff() > 0.99f);
    QCOMPARE(datasetProblem(s), std::string());
}

void TestConv::idxProblemsAreNamed_data() {
    QTest::addColumn<QString>("spoil");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing directory") << "nodir"
                                       << "does not exist (install Debian's package "
                                          "dataset-fashion-mnist";
    QTest::newRow("missing file") << "nofile"
                                  << "t10k-labels-idx1-ubyte.gz is missing from";
    QTest::newRow("bad magic") << "magic"
                               << "train-images-idx3-ubyte.gz: not an IDX images file "
                                  "(magic number 2049, expected 2051)";
    QTest::newRow("truncated data") << "short"
                                    << "t10k-images-idx3-ubyte.gz: truncated: 7000 of the 7840 "
                                       "data bytes";
    QTest::newRow("extra data") << "long"
                                << "t10k-labels-idx1-ubyte.gz: 3 bytes after the data";
    QTest::newRow("count mismatch") << "count"
                                    << "train-labels-idx1-ubyte.gz: 29 labels for the 30 images";
    QTest::newRow("label out of range") << "label"
                                        << "train-labels-idx1-ubyte.gz: label 12 of image 4";
    QTest::newRow("truncated gzip") << "gzip"
                                    << "train-images-idx3-ubyte.gz: the gzip stream is truncated";
    QTest::newRow("other image size") << "size"
                                      << "t10k-images-idx3-ubyte.gz holds images of another size";
}

void TestConv::idxProblemsAreNamed() {
    QFETCH(QString, spoil);
    QFETCH(QString, message);
    FakeFashion f;
    QVERIFY(f.write(30, 10));
    DataSpec s;
    s.name = "fashion-mnist";
    s.directory = f.path();
    const std::string sp = spoil.toStdString();
    if (sp == "nodir") s.directory = f.path() + "/nowhere";
    if (sp == "nofile")
        QVERIFY(QFile::remove(QString::fromStdString(f.file("t10k-labels-idx1-ubyte.gz"))));
    if (sp == "magic")
        QVERIFY(writeGzip(f.file("train-images-idx3-ubyte.gz"),
                          idxLabelsFile(FakeFashion::labels(30))));
    if (sp == "short") {
        auto bytes = idxImagesFile(10, 28, 28, FakeFashion::pixels(10, 28));
        bytes.resize(16 + 7000);
        QVERIFY(writeGzip(f.file("t10k-images-idx3-ubyte.gz"), bytes));
    }
    if (sp == "long") {
        auto bytes = idxLabelsFile(FakeFashion::labels(10));
        bytes.insert(bytes.end(), 3, 0);
        QVERIFY(writeGzip(f.file("t10k-labels-idx1-ubyte.gz"), bytes));
    }
    if (sp == "count")
        QVERIFY(writeGzip(f.file("train-labels-idx1-ubyte.gz"),
                          idxLabelsFile(FakeFashion::labels(29))));
    if (sp == "label") {
        auto labels = FakeFashion::labels(30);
        labels[4] = 12;
        QVERIFY(writeGzip(f.file("train-labels-idx1-ubyte.gz"), idxLabelsFile(labels)));
    }
    if (sp == "gzip") {
        QFile file(QString::fromStdString(f.file("train-images-idx3-ubyte.gz")));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2));
    }
    if (sp == "size")
        QVERIFY(writeGzip(f.file("t10k-images-idx3-ubyte.gz"),
                          idxImagesFile(10, 8, 8, FakeFashion::pixels(10, 8))));
    std::string error;
    QVERIFY(!loadDataset(s, &error));
    QVERIFY2(error.find(message.toStdString()) != std::string::npos, error.c_str());
    // The directory is named wherever the files are read, so the reader knows which copy.
    QVERIFY2(error.find(s.directory) != std::string::npos, error.c_str());
    if (sp == "nodir" || sp == "nofile") QCOMPARE(datasetProblem(s), error);
}

void TestConv::paperPresetValidates() {
    const auto names = presetNames();
    QVERIFY(std::find(names.begin(), names.end(), "paper") != names.end());
    auto c = preset("paper");
    QVERIFY(c);
    QCOMPARE(c->data.name, std::string("fashion-mnist"));
    QCOMPARE(c->depths.front(), 15);
    QCOMPARE(c->depths.back(), 25);
    QCOMPARE(int(c->depths.size()), 11);
    QCOMPARE(c->train.width, 500);
    QVERIFY(c->train.batchNorm && c->train.stem.enabled);
    QCOMPARE(c->train.stem.filters1, 20);
    QCOMPARE(c->train.stem.filters2, 50);
    QCOMPARE(c->train.stem.kernel, 5);
    QCOMPARE(c->train.dropout, 0.25);
    QCOMPARE(c->train.optimizer.learningRate, 0.01);
    QCOMPARE(c->train.optimizer.momentum, 0.0);
    QCOMPARE(c->train.batch, 128);
    QCOMPARE(c->train.epochs, 10);
    FakeFashion f;
    QVERIFY(f.write(20, 10));
    c->data.directory = f.path();
    QCOMPARE(validate(*c, lookup()), std::string());
    c->data.directory = f.path() + "/nowhere";
    QVERIFY(validate(*c, lookup()).find("dataset-fashion-mnist") != std::string::npos);
    c->data.directory = f.path();
    c->depths = {2};
    QVERIFY(validate(*c, lookup()).find("at least 3") != std::string::npos);
    c->depths = {3};
    c->data.name = "circle"; // two features: no image
    QVERIFY(validate(*c, lookup()).find("square one-channel images") != std::string::npos);
}

// The ETA weighs a run by its work: at 500 wide the stem's second convolution outweighs all
// dense blocks, so depth 25 costs far less than 25/15 of depth 15; a step of the paper's setup
// is about 12 GFLOP; and a run's progress grows to its total.
void TestConv::costWeighsTheStemAndTheDepth() {
    const ExperimentConfig c = *preset("paper");
    const RunCost shallow = runCost(c.train, 15, 784, 10, 60000, 10000);
    const RunCost deep = runCost(c.train, 25, 784, 10, 60000, 10000);
    QCOMPARE(shallow.stepsPerEpoch, 469);
    QVERIFY2(shallow.step > 10e9 && shallow.step < 15e9, qPrintable(QString::number(shallow.step)));
    QVERIFY(deep.total() > shallow.total() && deep.total() < 1.3 * shallow.total());
    QCOMPARE(deep.done(c.train.epochs, 0), deep.total() - deep.final);
    QVERIFY(deep.done(0, 1) > 0 && deep.done(1, 0) > deep.done(0, 468));
    // Without the stem a run's cost grows with its hidden layers, nearly in proportion.
    const ExperimentConfig q = *preset("quick");
    const double one = runCost(q.train, 10, 64, 10, 1438, 359).total();
    const double two = runCost(q.train, 20, 64, 10, 1438, 359).total();
    QVERIFY(two > 1.7 * one && two < 2.1 * one);
}

// A tiny stem run (8×8 digits, Conv 3@3×3 → Conv 4@3×3 → pool → dropout, one dense block, so
// depth 4): the same seed gives the same losses and accuracy, another seed other ones, and it
// learns something in two epochs.
void TestConv::tinyStemRunIsDeterministic() {
    TrainConfig t;
    t.width = 16;
    t.batchNorm = true;
    t.dropout = 0.25;
    t.batch = 32;
    t.epochs = 2;
    t.optimizer.learningRate = 0.05;
    t.optimizer.momentum = 0.9;
    t.stem = StemConfig{true, 3, 4, 3};
    std::string error;
    const Dataset d = *loadDataset(DataSpec{}, &error);
    const Activation& mish = *registry().find("mish");
    const RunResult a = trainOne(d, mish, {}, t, 4, 5);
    const RunResult b = trainOne(d, mish, {}, t, 4, 5);
    const RunResult other = trainOne(d, mish, {}, t, 4, 6);
    QCOMPARE(a.depth, 4);
    QCOMPARE(a.trainLoss.size(), std::size_t(2));
    QCOMPARE(a.trainLoss, b.trainLoss);
    QCOMPARE(a.testAccuracy, b.testAccuracy);
    QVERIFY(a.trainLoss != other.trainLoss);
    QVERIFY2(a.testAccuracy > 0.3, qPrintable(QString::number(a.testAccuracy)));
}

QTEST_GUILESS_MAIN(TestConv)
#include "tst_conv.moc"
