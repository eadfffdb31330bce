#include "core/nn/background.h"

#if defined(__linux__)
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace ae::nn {

#if defined(__linux__)
// Linux keeps a nice value per thread (PRIO_PROCESS with a thread id), unlike POSIX's per
// process; threads created later copy it. Nice rather than SCHED_IDLE: an idle-class thread gets
// almost nothing while any other process is busy, so a sweep would stall behind a compile.
bool lowerThisThreadsPriority() {
    const auto tid = id_t(syscall(SYS_gettid));
    return setpriority(PRIO_PROCESS, tid, 19) == 0;
}

int thisThreadsNice() {
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)));
    return errno == 0 ? nice : 0;
}
#else
bool lowerThisThreadsPriority() {
    return false;
}

int thisThreadsNice() {
    return 0;
}
#endif

} // namespace ae::nn
