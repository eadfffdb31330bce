#include "dataset.h"
#include "idx.h"
#include "rng.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <numbers>
#include <sstream>

namespace ae::nn {

extern const char* const kDigitsCsv; // digits_data.cpp, generated

namespace {

constexpr double pi = std::numbers::pi;
const char* const kTwoD[] = {"spiral", "circle", "xor", "gauss", "moons"};

struct All {
    std::vector<float> x; // row after row: sample i's features at [i·features, (i+1)·features)
    std::vector<int> y;
    int features = 0;
    int classes = 0;
};

All digits() {
    All d;
    d.features = 64;
    d.classes = 10;
    std::istringstream in(kDigitsCsv);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        std::istringstream row(line);
        std::string cell;
        std::vector<int> v;
        while (std::getline(row, cell, ','))
            v.push_back(std::stoi(cell));
        for (int i = 0; i < 64; ++i)
            d.x.push_back(float(v[std::size_t(i)]) / 16.0f); // pixels 0..16 -> [0, 1]
        d.y.push_back(v[64]);
    }
    return d;
}

// The 2-D sets follow TensorFlow Playground's generators (radius 5, uniform noise scaled by
// the radius) and scikit-learn's make_moons; coordinates are divided by 5 so that every set
// lies in about [-1, 1]^2, the scale an initialisation expects.
All twoD(const DataSpec& s) {
    All d;
    d.features = 2;
    d.classes = 2;
    Rng r = Rng::stream(s.seed, 11);
    const int n = std::max(s.size, 4);
    const double noise = s.noise;
    // Every call below draws x's noise before y's in separate statements: the order in which a
    // call's arguments are evaluated is unspecified (GCC and Clang differ), and the exported
    // PyTorch script draws x first.
    auto add = [&](double x, double y, int label) {
        d.x.push_back(float(x / 5.0));
        d.x.push_back(float(y / 5.0));
        d.y.push_back(label);
    };
    if (s.name == "spiral") {
        const int half = n / 2;
        for (int label = 0; label < 2; ++label)
            for (int i = 0; i < half; ++i) {
                const double rad = double(i) / half * 5.0;
                const double t = 1.75 * i / half * 2.0 * pi + label * pi;
                const double px = rad * std::sin(t) + r.uniform(-1, 1) * noise * 5.0;
                const double py = rad * std::cos(t) + r.uniform(-1, 1) * noise * 5.0;
                add(px, py, label);
            }
    } else if (s.name == "circle") {
        for (int i = 0; i < n; ++i) {
            const bool inner = i < n / 2;
            const double rad = inner ? r.uniform(0.0, 2.5) : r.uniform(3.5, 5.0);
            const double angle = r.uniform(0.0, 2.0 * pi);
            const double px = rad * std::sin(angle) + r.uniform(-5, 5) * noise;
            const double py = rad * std::cos(angle) + r.uniform(-5, 5) * noise;
            add(px, py, inner ? 1 : 0);
        }
    } else if (s.name == "xor") {
        for (int i = 0; i < n; ++i) {
            double x = r.uniform(-5, 5);
            double y = r.uniform(-5, 5);
            x += x > 0 ? 0.3 : -0.3; // a gap along the axes, as in the Playground
            y += y > 0 ? 0.3 : -0.3;
            const int label = x * y >= 0 ? 1 : 0;
            const double px = x + r.uniform(-5, 5) * noise;
            const double py = y + r.uniform(-5, 5) * noise;
            add(px, py, label);
        }
    } else if (s.name == "gauss") {
        const double sd = 0.5 + 4.0 * noise;
        for (int i = 0; i < n; ++i) {
            const int label = i < n / 2 ? 1 : 0;
            const double c = label ? 2.0 : -2.0;
            const double px = c + sd * r.normal();
            const double py = c + sd * r.normal();
            add(px, py, label);
        }
    } else { // moons
        const int half = n / 2;
        for (int label = 0; label < 2; ++label)
            for (int i = 0; i < half; ++i) {
                const double t = pi * i / std::max(half - 1, 1);
                const double x = label == 0 ? std::cos(t) : 1.0 - std::cos(t);
                const double y = label == 0 ? std::sin(t) : 0.5 - std::sin(t);
                const double px = (x - 0.5) * 4.0 + 5.0 * noise * r.normal();
                const double py = (y - 0.25) * 4.0 + 5.0 * noise * r.normal();
                add(px, py, label);
            }
    }
    return d;
}

Dataset split(const All& all, const DataSpec& s, const std::string& name) {
    const std::size_t n = all.y.size();
    std::vector<std::size_t> order(n);
    for (std::size_t i = 0; i < n; ++i)
        order[i] = i;
    Rng r = Rng::stream(s.seed, 12);
    r.shuffle(order);
    const std::size_t nTest = std::size_t(std::lround(double(n) * s.testFraction));
    Dataset d;
    d.name = name;
    d.features = all.features;
    d.classes = all.classes;
    auto fill = [&](std::size_t from, std::size_t to, Eigen::MatrixXf& X, std::vector<int>& y) {
        X.resize(all.features, Eigen::Index(to - from));
        for (std::size_t k = from; k < to; ++k) {
            const std::size_t i = order[k];
            for (int f = 0; f < all.features; ++f)
                X(f, Eigen::Index(k - from)) =
                    all.x[i * std::size_t(all.features) + std::size_t(f)];
            y.push_back(all.y[i]);
        }
    };
    fill(nTest, n, d.trainX, d.trainY);
    fill(0, nTest, d.testX, d.testY);
    return d;
}

const char* const kFashionFiles[] = {"train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
                                     "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"};

std::string fashionDirectory(const DataSpec& s) {
    return s.directory.empty() ? fashionMnistDirectory() : s.directory;
}

std::string fashionMissing(const std::string& dir) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec))
        return "Fashion-MNIST is not installed: " + dir +
               " does not exist (install Debian's package dataset-fashion-mnist, or point "
               "AE_FASHION_MNIST_DIR at a directory holding its four files)";
    for (const char* f : kFashionFiles)
        if (!std::filesystem::is_regular_file(std::filesystem::path(dir) / f, ec))
            return std::string("Fashion-MNIST is incomplete: ") + f + " is missing from " + dir +
                   " (reinstall Debian's package dataset-fashion-mnist)";
    return {};
}

// The standard split, as published: the 60,000 training images train and the 10,000 of t10k
// test, in file order. DataSpec::testFraction and seed do not apply (every paper reports on
// this split, and the exported script reads the same files the same way).
std::optional<Dataset> fashionMnist(const DataSpec& s, std::string* error) {
    const std::string dir = fashionDirectory(s);
    if (std::string why = fashionMissing(dir); !why.empty()) {
        if (error) *error = why;
        return std::nullopt;
    }
    Dataset d;
    d.name = s.name;
    d.classes = 10;
    auto part = [&](const char* images, const char* labels, Eigen::MatrixXf& X,
                    std::vector<int>& y) {
        const auto path = [&](const char* f) { return (std::filesystem::path(dir) / f).string(); };
        std::string why;
        auto set = readIdxPair(path(images), path(labels), 10, &why);
        if (!set) {
            if (error) *error = "Fashion-MNIST in " + dir + ": " + why;
            return false;
        }
        const int features = set->rows * set->cols;
        if (d.features != 0 && d.features != features) {
            if (error)
                *error = "Fashion-MNIST in " + dir + ": " + images +
                         " holds images of another size than the training set's";
            return false;
        }
        d.features = features;
        // One image per column, pixels row after row: the file's order, copied as it is.
        X.resize(features, set->count);
        if (X.size() > 0) std::memcpy(X.data(), set->pixels.data(), sizeof(float) * X.size());
        y = std::move(set->labels);
        return true;
    };
    if (!part(kFashionFiles[0], kFashionFiles[1], d.trainX, d.trainY) ||
        !part(kFashionFiles[2], kFashionFiles[3], d.testX, d.testY))
        return std::nullopt;
    return d;
}

} // namespace

std::string fashionMnistDirectory() {
    const char* env = std::getenv("AE_FASHION_MNIST_DIR");
    return env && *env ? env : "/usr/share/datasets/fashion-mnist";
}

std::vector<std::string> datasetNames() {
    std::vector<std::string> v{"digits"};
    for (const char* n : kTwoD)
        v.push_back(n);
    if (fashionMissing(fashionMnistDirectory()).empty()) v.push_back("fashion-mnist");
    return v;
}

std::string datasetProblem(const DataSpec& spec) {
    if (spec.name == "digits" || isTwoDimensional(spec.name)) return {};
    if (spec.name == "fashion-mnist") return fashionMissing(fashionDirectory(spec));
    std::string names = "digits";
    for (const char* n : kTwoD)
        names += std::string(", ") + n;
    return "unknown dataset \"" + spec.name + "\" (known: " + names + ", fashion-mnist)";
}

bool isTwoDimensional(const std::string& name) {
    return std::any_of(std::begin(kTwoD), std::end(kTwoD),
                       [&](const char* n) { return name == n; });
}

int datasetClasses(const std::string& name) {
    if (name == "digits" || name == "fashion-mnist") return 10;
    return isTwoDimensional(name) ? 2 : 0;
}

void twoDimensionalPoints(const DataSpec& spec, std::vector<float>& xy, std::vector<int>& label) {
    All a = twoD(spec);
    xy = std::move(a.x);
    label = std::move(a.y);
}

std::optional<Dataset> loadDataset(const DataSpec& spec, std::string* error) {
    auto fail = [&](std::string m) -> std::optional<Dataset> {
        if (error) *error = std::move(m);
        return std::nullopt;
    };
    if (spec.name == "fashion-mnist") return fashionMnist(spec, error);
    if (!(spec.testFraction > 0.0 && spec.testFraction < 1.0))
        return fail("the test fraction must lie strictly between 0 and 1");
    if (spec.name == "digits") return split(digits(), spec, spec.name);
    if (isTwoDimensional(spec.name)) {
        if (spec.size < 10 || spec.size > 1000000)
            return fail("a 2-D dataset needs between 10 and 1000000 points");
        if (!(spec.noise >= 0.0 && spec.noise <= 1.0))
            return fail("the noise of a 2-D dataset must lie in [0, 1]");
        return split(twoD(spec), spec, spec.name);
    }
    return fail(datasetProblem(spec));
}

} // namespace ae::nn
