// libFuzzer target for the command-line parser: the input is split at newlines into arguments
// after the program name. Every argument list must parse into a command or a usage error with a
// message, never crash, and a message must stay short whatever the arguments' length.
#include "cli/commandline.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>

using namespace ae;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication app(*argc, *argv); // QCommandLineParser wants an application
    QCoreApplication::setApplicationName(QStringLiteral("activation-explorer"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    QStringList args{QStringLiteral("activation-explorer")};
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const QByteArray& part : bytes.split('\n'))
        args << QString::fromUtf8(part);
    if (args.size() > 64) return 0; // a command line is short; long lists only slow the search
    const ParsedCommandLine parsed = parseCommandLine(args);
    if (!parsed.command && parsed.error.isEmpty()) std::abort();
    if (!parsed.command && parsed.error.size() > 2000) std::abort(); // arguments are elided
    return 0;
}
