// The depth experiment on the command line: its options (parsed into an ExperimentConfig from the
// preset, the scene's functions and parameters, then each option), and the window-less run.
#pragma once

#include "core/nn/experiment.h"
#include "model/figureoptions.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QTextStream>

#include <optional>

class QCommandLineParser;

namespace ae {

class Registry;
class Scene;
struct SceneState;

struct DepthCommand {
    nn::ExperimentConfig config;
    QString csv;           // "" or "-": rows to standard output at the end; else a file
    bool resume = false;   // keep the finished runs already in the --csv file
    int threads = 0;       // 0: one per core
    QString pytorchScript; // write the experiment as a PyTorch script instead of running it
    QString figure;        // --export: the accuracy-against-depth figure, written at the end
    FigureOptions figureOptions;
};

// The options parseCommandLine adds to its own (--depth-experiment and those only it reads).
QList<QCommandLineOption> depthOptions();
bool depthExperimentRequested(const QCommandLineParser& parser);

// The experiment the options describe. The functions are the scene's enabled ones when
// --functions is given, else the preset's; their parameters the scene's (so --param applies).
std::optional<DepthCommand> parseDepthCommand(const QCommandLineParser& parser,
                                              const SceneState& state, bool functionsGiven,
                                              const Registry& functions, QString* error);

// Runs the sweep with a progress line on err, functions (and their colours in the figure) from
// the scene; exit code 0, or 1 when a file cannot be read or written.
int runDepthExperiment(const DepthCommand& command, const Scene& scene, QTextStream& out,
                       QTextStream& err);

} // namespace ae
