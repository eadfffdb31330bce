// The command line: parses arguments into what to do (open the window, export a figure, write
// CSV, list functions), a SceneState and FigureOptions built from the defaults, an optional
// --scene file (its theme and size) and the options, in that order. Every bad value is refused
// with a message that names it.
#pragma once

#include "cli/depthcommand.h"
#include "model/scene.h"
#include "plot/figure.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ae {

struct CommandLine {
    enum class Mode {
        Window,
        Export,
        Csv,
        ListFunctions,
        Properties,
        DepthExperiment,
        Help,
        Version
    };
    Mode mode = Mode::Window;
    QString target;    // --export / --csv file ("-": standard output), --properties function id
    QString openPath;  // a scene file given as the only argument: opened in the window
    bool json = false; // --properties --json
    SceneState state;
    FigureOptions figure;
    std::optional<std::vector<double>> at; // --at: exact x values for CSV
    int samples = 0;                       // 0: the mode's default
    int derivatives = -1;                  // -1: from the scene's panels (export) / 2 (CSV)
    std::optional<DepthCommand> depth;     // Mode::DepthExperiment
    QString helpText;
    QString versionText;
};

// The most points --samples accepts. CSV streams them and figures keep at most a few per pixel,
// so memory stays bounded whatever is asked (docs/reliability.md has the measurements).
inline constexpr int maxSamples = 10'000'000;

struct ParsedCommandLine {
    std::optional<CommandLine> command;
    QString error; // set when command is empty: a usage error (exit code 2)
};

// args[0] is the program name, as in QCoreApplication::arguments().
ParsedCommandLine parseCommandLine(const QStringList& args);

// True when the arguments ask for work without a window (export, CSV, listing, help,
// version), so main() can pick the offscreen platform before creating the application.
bool isHeadlessInvocation(int argc, char** argv);

} // namespace ae
