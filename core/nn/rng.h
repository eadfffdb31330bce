// The depth lab's only source of randomness: weights, batch order, dropout masks and the 2-D
// datasets. splitmix64 because the exported PyTorch script reproduces it in ten lines of Python.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <numbers>
#include <utility>
#include <vector>

namespace ae::nn {

class Rng {
  public:
    explicit Rng(std::uint64_t seed) : m_state(seed) {}
    // An independent stream per purpose, so that (say) turning dropout on does not change the
    // initial weights of the same seed.
    static Rng stream(std::uint64_t seed, std::uint64_t purpose) {
        Rng r(seed ^ (purpose * 0xD1B54A32D192ED03ull));
        r.next();
        return r;
    }

    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * 0x1p-53; } // [0, 1)
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Box-Muller, one value per pair of draws: simpler to mirror than caching the second.
    double normal() {
        const double u1 = 1.0 - uniform(), u2 = uniform(); // u1 in (0, 1]: log is finite
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }
    std::size_t below(std::size_t n) { return std::size_t(next() % n); }
    template <class T> void shuffle(std::vector<T>& v) {
        for (std::size_t i = v.size(); i > 1; --i)
            std::swap(v[i - 1], v[below(i)]);
    }

  private:
    std::uint64_t m_state;
};

} // namespace ae::nn
