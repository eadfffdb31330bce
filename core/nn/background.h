// Lets training yield to the window: the lab's sweep thread calls this before it starts its
// workers, so a teacher can drag a slider while a sweep trains (issue 9: slider p95 ≤ 8 ms).
#pragma once

namespace ae::nn {

// Gives the calling thread — and, on Linux, every thread it starts afterwards, which inherits
// it — the lowest scheduling priority (nice 19): it still gets every idle cycle, but a busy
// window thread takes precedence. False where the system refused or has no such notion.
bool lowerThisThreadsPriority();

// The calling thread's nice value (Linux; 0 elsewhere): for the test of the above.
int thisThreadsNice();

} // namespace ae::nn
