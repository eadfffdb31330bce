// Runs the command line's window-less work — figure export, CSV, the function list — and returns
// the process exit code: 0 success, 1 runtime failure (cannot write), with messages on err.
#pragma once

#include "cli/commandline.h"

#include <QTextStream>

#include <functional>
#include <string_view>

namespace ae {

int runHeadless(const CommandLine& command, QTextStream& out, QTextStream& err);

// The CSV the command asks for (every enabled function, x on the grid or at --at), handed to sink
// in blocks so that no more than about 1 MiB is ever held; false when sink refused a block.
bool writeCsv(const CommandLine& command, const Registry& functions,
              const std::function<bool(std::string_view)>& sink);

// The whole CSV in memory (tests and small outputs).
QByteArray csvFor(const CommandLine& command);

} // namespace ae
