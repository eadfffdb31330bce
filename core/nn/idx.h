// Gzip'd IDX files (LeCun's MNIST format, also Fashion-MNIST's): the four files of a set read
// into pixels in [0, 1] and labels, every problem named with its file. Read by dataset.cpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ae::nn {

struct IdxImages {
    int count = 0, rows = 0, cols = 0;
    std::vector<float> pixels; // image after image, row after row; byte / 255
    std::vector<int> labels;
};

// One images file (magic 0x00000803) and its labels file (0x00000801), both gzip'd: the counts
// must agree, every label lie below `classes`, and neither file hold a byte more or less than
// its header says. Nothing, with the file and the problem in *error, otherwise.
std::optional<IdxImages> readIdxPair(const std::string& imagesPath, const std::string& labelsPath,
                                     int classes, std::string* error);

// A gzip'd IDX file's bytes as written (for tests and tools that make small sets).
std::vector<std::uint8_t> idxImagesFile(int count, int rows, int cols,
                                        const std::vector<std::uint8_t>& pixels);
std::vector<std::uint8_t> idxLabelsFile(const std::vector<std::uint8_t>& labels);
bool writeGzip(const std::string& path, const std::vector<std::uint8_t>& bytes);

} // namespace ae::nn
