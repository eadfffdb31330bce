// Entry guard for core's hot loops. Some libraries return with the upper halves of the AVX
// registers dirty (Debian's Qt 6.4 hashes QString with VAES code that skips vzeroupper); every
// SSE instruction after that pays a transition penalty until the state is cleared. Measured in
// bench_slider: the saturation/properties analysis ran 12× slower behind one QHash lookup.
#pragma once

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

namespace ae {

#if defined(__x86_64__) || defined(__i386__)
__attribute__((target("avx"))) inline void zeroUpperAvx() {
    _mm256_zeroupper();
}

inline void clearVectorUpperState() {
    static const bool avx = __builtin_cpu_supports("avx");
    if (avx) zeroUpperAvx();
}
#else
inline void clearVectorUpperState() {}
#endif

} // namespace ae
