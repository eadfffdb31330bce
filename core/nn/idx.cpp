#include "idx.h"

#include <zlib.h>

#include <cstdio>
#include <filesystem>

namespace ae::nn {
namespace {

constexpr std::uint32_t kImagesMagic = 0x00000803; // unsigned bytes, three dimensions
constexpr std::uint32_t kLabelsMagic = 0x00000801; // unsigned bytes, one dimension

std::string fileName(const std::string& path) {
    return std::filesystem::path(path).filename().string();
}

// The whole decompressed file, or nothing with the problem in *error. gzread reads a file that
// is not gzip'd as it is, so an uncompressed IDX file is accepted too.
std::optional<std::vector<std::uint8_t>> readAll(const std::string& path, std::string* error) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        *error = path + ": no such file";
        return std::nullopt;
    }
    gzFile f = gzopen(path.c_str(), "rb");
    if (!f) {
        *error = path + ": cannot be opened";
        return std::nullopt;
    }
    std::vector<std::uint8_t> out;
    std::vector<std::uint8_t> chunk(1 << 20);
    for (;;) {
        const int got = gzread(f, chunk.data(), unsigned(chunk.size()));
        if (got < 0) break;
        out.insert(out.end(), chunk.begin(), chunk.begin() + got);
        if (got == 0) break;
    }
    int code = Z_OK;
    const char* message = gzerror(f, &code);
    gzclose(f);
    if (code != Z_OK && code != Z_STREAM_END) {
        // Z_BUF_ERROR: the compressed stream stops before its end (a truncated download).
        *error = fileName(path) + ": " +
                 (code == Z_BUF_ERROR ? std::string("the gzip stream is truncated")
                                      : "corrupt gzip data (" + std::string(message) + ")");
        return std::nullopt;
    }
    return out;
}

std::uint32_t bigEndian(const std::vector<std::uint8_t>& b, std::size_t at) {
    return std::uint32_t(b[at]) << 24 | std::uint32_t(b[at + 1]) << 16 |
           std::uint32_t(b[at + 2]) << 8 | std::uint32_t(b[at + 3]);
}

void putBigEndian(std::vector<std::uint8_t>& b, std::uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8)
        b.push_back(std::uint8_t(v >> shift));
}

// The header's promise against the bytes there are.
bool checkLength(const std::string& path, std::size_t header, std::size_t body, std::size_t actual,
                 std::string* error) {
    if (actual == header + body) return true;
    *error =
        fileName(path) + ": " +
        (actual < header + body ? "truncated: " + std::to_string(actual - header) + " of the " +
                                      std::to_string(body) + " data bytes its header announces"
                                : std::to_string(actual - header - body) +
                                      " bytes after the data its header announces");
    return false;
}

} // namespace

std::optional<IdxImages> readIdxPair(const std::string& imagesPath, const std::string& labelsPath,
                                     int classes, std::string* error) {
    std::string local;
    if (!error) error = &local;
    const auto images = readAll(imagesPath, error);
    if (!images) return std::nullopt;
    const auto labels = readAll(labelsPath, error);
    if (!labels) return std::nullopt;
    if (images->size() < 16 || bigEndian(*images, 0) != kImagesMagic) {
        *error =
            fileName(imagesPath) + ": not an IDX images file (magic number " +
            (images->size() < 4 ? std::string("missing") : std::to_string(bigEndian(*images, 0))) +
            ", expected 2051)";
        return std::nullopt;
    }
    if (labels->size() < 8 || bigEndian(*labels, 0) != kLabelsMagic) {
        *error =
            fileName(labelsPath) + ": not an IDX labels file (magic number " +
            (labels->size() < 4 ? std::string("missing") : std::to_string(bigEndian(*labels, 0))) +
            ", expected 2049)";
        return std::nullopt;
    }
    IdxImages out;
    const std::uint32_t count = bigEndian(*images, 4), rows = bigEndian(*images, 8),
                        cols = bigEndian(*images, 12), labelCount = bigEndian(*labels, 4);
    if (rows == 0 || cols == 0 || rows > 4096 || cols > 4096 || count > 10'000'000) {
        *error = fileName(imagesPath) + ": implausible dimensions " + std::to_string(count) +
                 " × " + std::to_string(rows) + " × " + std::to_string(cols);
        return std::nullopt;
    }
    const std::size_t pixels = std::size_t(count) * rows * cols;
    if (!checkLength(imagesPath, 16, pixels, images->size(), error) ||
        !checkLength(labelsPath, 8, labelCount, labels->size(), error))
        return std::nullopt;
    if (labelCount != count) {
        *error = fileName(labelsPath) + ": " + std::to_string(labelCount) + " labels for the " +
                 std::to_string(count) + " images of " + fileName(imagesPath);
        return std::nullopt;
    }
    out.count = int(count);
    out.rows = int(rows);
    out.cols = int(cols);
    out.pixels.resize(pixels);
    for (std::size_t i = 0; i < pixels; ++i)
        out.pixels[i] = float((*images)[16 + i]) / 255.0f;
    out.labels.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
        const int y = (*labels)[8 + i];
        if (y >= classes) {
            *error = fileName(labelsPath) + ": label " + std::to_string(y) + " of image " +
                     std::to_string(i) + " is not below " + std::to_string(classes);
            return std::nullopt;
        }
        out.labels[i] = y;
    }
    return out;
}

std::vector<std::uint8_t> idxImagesFile(int count, int rows, int cols,
                                        const std::vector<std::uint8_t>& pixels) {
    std::vector<std::uint8_t> b;
    putBigEndian(b, kImagesMagic);
    putBigEndian(b, std::uint32_t(count));
    putBigEndian(b, std::uint32_t(rows));
    putBigEndian(b, std::uint32_t(cols));
    b.insert(b.end(), pixels.begin(), pixels.end());
    return b;
}

std::vector<std::uint8_t> idxLabelsFile(const std::vector<std::uint8_t>& labels) {
    std::vector<std::uint8_t> b;
    putBigEndian(b, kLabelsMagic);
    putBigEndian(b, std::uint32_t(labels.size()));
    b.insert(b.end(), labels.begin(), labels.end());
    return b;
}

bool writeGzip(const std::string& path, const std::vector<std::uint8_t>& bytes) {
    gzFile f = gzopen(path.c_str(), "wb");
    if (!f) return false;
    const bool ok =
        bytes.empty() || gzwrite(f, bytes.data(), unsigned(bytes.size())) == int(bytes.size());
    return gzclose(f) == Z_OK && ok;
}

} // namespace ae::nn
