// Datasets of the depth lab, all offline: the embedded 8×8 digits, 2-D toy sets generated from
// a seed, Fashion-MNIST where Debian's package is installed. Read by the trainer and the lab.
#pragma once

#include <Eigen/Core>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ae::nn {

// One column per sample: the layers multiply W·X, so a batch is a block of columns.
struct Dataset {
    std::string name;
    int features = 0;
    int classes = 0;
    Eigen::MatrixXf trainX, testX;
    std::vector<int> trainY, testY;
};

struct DataSpec {
    std::string name = "digits"; // digits, spiral, circle, xor, gauss, moons, fashion-mnist
    int size = 600;              // samples of a 2-D set (train and test together)
    double noise = 0.1;          // of a 2-D set, relative to its scale
    double testFraction = 0.2;
    std::uint64_t seed = 0; // the split and the 2-D points; not the training seed
    // Fashion-MNIST's four gzip'd IDX files; "" = fashionMnistDirectory().
    std::string directory;
};

// Names in the order a menu offers them; fashion-mnist only where its files are installed.
std::vector<std::string> datasetNames();
bool isTwoDimensional(const std::string& name);
int datasetClasses(const std::string& name); // without loading it; 0 for an unknown name
// Where Fashion-MNIST is read from: $AE_FASHION_MNIST_DIR where set, else Debian's
// dataset-fashion-mnist location (/usr/share/datasets/fashion-mnist).
std::string fashionMnistDirectory();

// What keeps the dataset from loading that can be told without reading it (an unknown name, a
// missing Fashion-MNIST file), or "". For validating a setup before a long run starts.
std::string datasetProblem(const DataSpec& spec);

// The dataset, or nothing with a message naming the problem in *error.
std::optional<Dataset> loadDataset(const DataSpec& spec, std::string* error);

// A 2-D set's points and labels alone (all of them, before the split): for the decision-region
// view and the exported script's check.
void twoDimensionalPoints(const DataSpec& spec, std::vector<float>& xy, std::vector<int>& label);

} // namespace ae::nn
