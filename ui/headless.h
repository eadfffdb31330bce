// Runs the command line's window-less work — figure export, CSV, the function list — and returns
// the process exit code: 0 success, 1 runtime failure (cannot write), with messages on err.
#pragma once

#include "commandline.h"

#include <QTextStream>

int runHeadless(const CommandLine& command, QTextStream& out, QTextStream& err);

// The CSV text the command asks for (every enabled function, x on the grid or at --at).
QByteArray csvFor(const CommandLine& command);
