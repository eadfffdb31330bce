// Process set-up for core's allocation pattern: each analysis (properties, saturation intervals)
// allocates and frees a few hundred KB. By default glibc gives the top of the heap back to the
// kernel as soon as 128 KB are free there and takes it again on the next run; on a VM each
// round trip flushes the TLB of every CPU. Measured with perf on a β drag: 40 % of a Swish
// analysis (3.6 → 2.1 ms per step, properties + intervals, on its worker thread).
#pragma once

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace ae {

// Keeps up to 64 MiB of freed heap mapped instead of returning it at once. Call once, early in
// main(), before threads start.
inline void keepFreedHeapMapped() {
#if defined(__GLIBC__)
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    mallopt(M_MMAP_THRESHOLD, 32 << 20); // ≤ 32 MiB (glibc's maximum): from the heap, reused
#endif
}

} // namespace ae
