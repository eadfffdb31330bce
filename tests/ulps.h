// Distance in doubles between two values, for the tests that compare against mpmath: how many
// representable doubles lie between them, subnormals and ±inf included, with 0 and −0 equal.
#pragma once

#include <bit>
#include <cstdint>
#include <limits>

inline std::int64_t orderedBits(double d) {
    const auto i = std::bit_cast<std::int64_t>(d);
    return i < 0 ? std::numeric_limits<std::int64_t>::min() - i : i;
}

inline std::uint64_t ulpDistance(double a, double b) {
    const std::int64_t ia = orderedBits(a);
    const std::int64_t ib = orderedBits(b);
    return ia > ib ? static_cast<std::uint64_t>(ia) - static_cast<std::uint64_t>(ib)
                   : static_cast<std::uint64_t>(ib) - static_cast<std::uint64_t>(ia);
}
