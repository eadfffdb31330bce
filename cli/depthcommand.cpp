#include "cli/depthcommand.h"

#include "cli/cliwords.h"
#include "core/nn/pytorch_script.h"
#include "core/registry.h"
#include "model/atomicfile.h"
#include "model/messagetext.h"
#include "model/numbers.h"
#include "model/scene.h"
#include "plot/accuracychart.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <chrono>
#include <cstdio>
#include <map>
#include <mutex>
#include <thread>
#include <unistd.h>

namespace ae {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DepthCommand)
};

QCommandLineOption opt(const char* name, const QString& help, const char* value = nullptr) {
    return value ? QCommandLineOption(QLatin1String(name), help, QLatin1String(value))
                 : QCommandLineOption(QLatin1String(name), help);
}

} // namespace

QList<QCommandLineOption> depthOptions() {
    return {
        opt("depth-experiment",
            Text::tr("Train networks of growing depth for each function (the article's accuracy "
                     "against depth) and write CSV rows function,depth,seed,train_accuracy,"
                     "test_accuracy,final_loss,seconds (to --csv FILE, default standard output).")),
        opt("preset",
            Text::tr("Depth experiment: starting setup: quick (8×8 digits, seconds) or paper (the "
                     "Mish paper's conv stem + Dense 500 blocks on Fashion-MNIST, one and a half "
                     "to two days on two cores)."),
            "NAME"),
        opt("depths", Text::tr("Depth experiment: hidden layers, e.g. 1:25, 1:25:4 or 5,10,20."),
            "LIST"),
        opt("dataset",
            Text::tr("Depth experiment: digits, spiral, circle, xor, gauss, moons or fashion-mnist "
                     "(Debian's dataset-fashion-mnist)."),
            "NAME"),
        opt("conv-stem",
            Text::tr("Depth experiment: a convolutional stem before the dense layers: off, on "
                     "(Conv 20@5×5, Conv 50@5×5, max-pool, as the paper preset) or F1:F2:K; depths "
                     "then count the two convolutions and the output layer too."),
            "SPEC"),
        opt("width", Text::tr("Depth experiment: units per hidden layer."), "N"),
        opt("seeds", Text::tr("Depth experiment: runs per point (default 3)."), "N"),
        opt("seed", Text::tr("Depth experiment: the first seed (default 1)."), "N"),
        opt("epochs", Text::tr("Depth experiment: passes over the training set."), "N"),
        opt("batch", Text::tr("Depth experiment: samples per step."), "N"),
        opt("optimizer", Text::tr("Depth experiment: sgd or adam."), "NAME"),
        opt("lr", Text::tr("Depth experiment: learning rate."), "RATE"),
        opt("momentum", Text::tr("Depth experiment: SGD momentum in [0, 1)."), "M"),
        opt("batchnorm", Text::tr("Depth experiment: BatchNorm after each layer, on or off."),
            "on|off"),
        opt("dropout", Text::tr("Depth experiment: dropout probability in [0, 1)."), "P"),
        opt("init", Text::tr("Depth experiment: glorot, he or lecun (uniform)."), "NAME"),
        opt("threads", Text::tr("Depth experiment: runs trained at once (default: one per core)."),
            "N"),
        opt("resume", Text::tr("Depth experiment: keep the runs already in the --csv file and "
                               "train only the missing ones.")),
        opt("pytorch-script",
            Text::tr("Depth experiment: write it as a self-contained PyTorch script (same data, "
                     "weights, batches and seeds) instead of running it."),
            "FILE"),
    };
}

bool depthExperimentRequested(const QCommandLineParser& parser) {
    return parser.isSet(QStringLiteral("depth-experiment"));
}

std::optional<DepthCommand> parseDepthCommand(const QCommandLineParser& parser,
                                              const SceneState& state, bool functionsGiven,
                                              const Registry& functions, QString* error) {
    auto fail = [&](const QString& m) -> std::optional<DepthCommand> {
        *error = m;
        return std::nullopt;
    };
    auto value = [&](const char* name) { return parser.value(QLatin1String(name)).trimmed(); };
    auto isSet = [&](const char* name) { return parser.isSet(QLatin1String(name)); };
    if (!depthExperimentRequested(parser)) {
        for (const QCommandLineOption& o : depthOptions())
            if (parser.isSet(o))
                return fail(Text::tr("--%1 goes with --depth-experiment").arg(o.names().first()));
        return std::nullopt;
    }
    const QString presetName = isSet("preset") ? value("preset") : QStringLiteral("quick");
    auto base = nn::preset(presetName.toStdString());
    if (!base)
        return fail(
            Text::tr("--preset \"%1\": expected quick or paper").arg(elideForMessage(presetName)));
    DepthCommand cmd;
    nn::ExperimentConfig& c = cmd.config;
    c = *base;
    if (functionsGiven) {
        c.functions.clear();
        for (const QString& id : state.enabled)
            c.functions.push_back(id.toStdString());
    }
    for (const auto& id : c.functions) {
        const auto it = state.parameters.find(QString::fromStdString(id));
        if (it != state.parameters.end()) c.params[id] = it->second;
    }
    // A whole number within [lo, hi], or a refusal naming the option.
    auto integer = [&](const char* name, int lo, int hi, int& out) {
        if (!isSet(name)) return true;
        bool ok = false;
        const int v = value(name).toInt(&ok);
        if (!ok || v < lo || v > hi) {
            *error = Text::tr("--%1 \"%2\": expected a whole number from %3 to %4")
                         .arg(QLatin1String(name), elideForMessage(value(name)))
                         .arg(lo)
                         .arg(hi);
            return false;
        }
        out = v;
        return true;
    };
    auto real = [&](const char* name, double lo, double hi, bool loOpen, bool hiOpen, double& out) {
        if (!isSet(name)) return true;
        double v = 0;
        QString why;
        if (!readNumber(value(name), v, &why)) {
            *error = Text::tr("--%1 \"%2\" %3")
                         .arg(QLatin1String(name), elideForMessage(value(name)), why);
            return false;
        }
        if (!((loOpen ? v > lo : v >= lo) && (hiOpen ? v < hi : v <= hi))) {
            *error = Text::tr("--%1 \"%2\": expected a number in %3%4, %5%6")
                         .arg(QLatin1String(name), elideForMessage(value(name)),
                              QLatin1String(loOpen ? "(" : "["))
                         .arg(lo)
                         .arg(hi)
                         .arg(QLatin1String(hiOpen ? ")" : "]"));
            return false;
        }
        out = v;
        return true;
    };
    if (isSet("depths")) {
        std::string why;
        const auto d = nn::parseDepths(value("depths").toStdString(), &why);
        if (!d) return fail(QLatin1String("--") + QString::fromStdString(why));
        c.depths = *d;
    }
    if (isSet("dataset")) {
        c.data.name = value("dataset").toStdString();
        std::string why;
        if (!nn::loadDataset(c.data, &why))
            return fail(QStringLiteral("--dataset: ") + QString::fromStdString(why));
    }
    int seed = int(c.seed), threads = 0;
    double momentum = c.train.optimizer.momentum;
    if (!integer("width", 1, 4096, c.train.width) || !integer("seeds", 1, 100, c.seeds) ||
        !integer("seed", 0, 1'000'000'000, seed) || !integer("epochs", 1, 10000, c.train.epochs) ||
        !integer("batch", 1, 65536, c.train.batch) || !integer("threads", 1, 256, threads) ||
        !real("lr", 0.0, 10.0, true, false, c.train.optimizer.learningRate) ||
        !real("momentum", 0.0, 1.0, false, true, momentum) ||
        !real("dropout", 0.0, 1.0, false, true, c.train.dropout))
        return std::nullopt;
    c.seed = std::uint64_t(seed);
    c.train.optimizer.momentum = momentum;
    cmd.threads = threads;
    if (isSet("optimizer")) {
        const QString o = value("optimizer").toLower();
        if (o == QLatin1String("sgd"))
            c.train.optimizer.kind = nn::OptimizerConfig::Kind::Sgd;
        else if (o == QLatin1String("adam"))
            c.train.optimizer.kind = nn::OptimizerConfig::Kind::Adam;
        else
            return fail(Text::tr("--optimizer \"%1\": expected sgd or adam")
                            .arg(elideForMessage(value("optimizer"))));
    }
    if (isSet("batchnorm")) {
        const QString b = value("batchnorm").toLower();
        if (b != QLatin1String("on") && b != QLatin1String("off"))
            return fail(Text::tr("--batchnorm \"%1\": expected on or off")
                            .arg(elideForMessage(value("batchnorm"))));
        c.train.batchNorm = b == QLatin1String("on");
    }
    if (isSet("init")) {
        const QString i = value("init").toLower();
        if (i == QLatin1String("glorot"))
            c.train.init = nn::Init::Glorot;
        else if (i == QLatin1String("he"))
            c.train.init = nn::Init::He;
        else if (i == QLatin1String("lecun"))
            c.train.init = nn::Init::LeCun;
        else
            return fail(Text::tr("--init \"%1\": expected glorot, he or lecun")
                            .arg(elideForMessage(value("init"))));
    }
    if (isSet("conv-stem")) {
        const QString v = value("conv-stem").toLower();
        const QStringList parts = v.split(QLatin1Char(':'));
        nn::StemConfig stem{true, 20, 50, 5};
        bool ok = v == QLatin1String("on") || v == QLatin1String("off");
        if (parts.size() == 3) {
            bool a = false, b = false, k = false;
            stem.filters1 = parts[0].toInt(&a);
            stem.filters2 = parts[1].toInt(&b);
            stem.kernel = parts[2].toInt(&k);
            ok = a && b && k;
        }
        if (!ok)
            return fail(Text::tr("--conv-stem \"%1\": expected off, on or F1:F2:K (filters of the "
                                 "two convolutions, kernel size)")
                            .arg(elideForMessage(value("conv-stem"))));
        stem.enabled = v != QLatin1String("off");
        c.train.stem = stem;
    }
    cmd.pytorchScript = value("pytorch-script");
    if (isSet("pytorch-script") && cmd.pytorchScript.isEmpty())
        return fail(Text::tr("--pytorch-script: the file name is empty"));
    cmd.csv = parser.value(QStringLiteral("csv"));
    cmd.resume = isSet("resume");
    if (cmd.resume && (cmd.csv.isEmpty() || cmd.csv == QLatin1String("-")))
        return fail(Text::tr("--resume needs --csv FILE: the file holding the finished runs"));
    const std::string problem =
        nn::validate(c, [&](const std::string& id) { return functions.find(id); });
    if (!problem.empty()) return fail(QString::fromStdString(problem));
    return cmd;
}

int runDepthExperiment(const DepthCommand& cmd, const Scene& scene, QTextStream& out,
                       QTextStream& err) {
    const Registry& functions = scene.registry();
    const nn::ExperimentConfig& c = cmd.config;
    const QString prefix = QStringLiteral("activation-explorer: ");
    if (!cmd.pytorchScript.isEmpty()) {
        std::string why;
        const std::string script = nn::pytorchScript(
            c, [&](const std::string& id) { return functions.find(id); }, &why);
        QString error = QString::fromStdString(why);
        if (script.empty() ||
            !writeFileAtomically(cmd.pytorchScript, QByteArray::fromStdString(script), &error)) {
            err << prefix << error << '\n';
            return 1;
        }
        return 0;
    }
    const bool toFile = !cmd.csv.isEmpty() && cmd.csv != QLatin1String("-");
    std::map<nn::RunKey, std::string> rows; // sorted: the file reads in sweep order
    std::vector<nn::RunResult> results;     // for the figure: resumed and new runs
    std::set<nn::RunKey> done;
    if (cmd.resume) {
        QFile f(cmd.csv);
        if (f.exists()) {
            if (!f.open(QIODevice::ReadOnly)) {
                err << prefix << Text::tr("cannot read %1: %2").arg(cmd.csv, f.errorString())
                    << '\n';
                return 1;
            }
            int line = 0;
            while (!f.atEnd()) {
                const std::string text = f.readLine().trimmed().toStdString();
                ++line;
                if (line == 1 && text == nn::csvHeader()) continue;
                if (text.empty()) continue;
                const auto r = nn::parseCsvRow(text);
                if (!r || line == 1) {
                    err << prefix
                        << Text::tr("cannot resume from %1: line %2 is not a row of the depth "
                                    "experiment's CSV")
                               .arg(cmd.csv)
                               .arg(line)
                        << '\n';
                    return 1;
                }
                const nn::RunKey k{r->function, r->depth, r->seed};
                rows[k] = text;
                results.push_back(*r);
                done.insert(k);
            }
        }
    }
    auto save = [&](QString* error) {
        std::string all = nn::csvHeader() + "\n";
        for (const auto& [k, row] : rows)
            all += row + "\n";
        return writeFileAtomically(cmd.csv, QByteArray::fromStdString(all), error);
    };
    const bool tty = isatty(2);
    auto lastLine = std::chrono::steady_clock::now() - std::chrono::hours(1);
    QString writeError;
    const auto lookup = [&](const std::string& id) { return functions.find(id); };
    const int threads =
        cmd.threads > 0 ? cmd.threads : std::max(1, int(std::thread::hardware_concurrency()));
    nn::runExperiment(
        c, lookup, threads, done, nullptr,
        [&](const nn::RunResult& r) {
            rows[{r.function, r.depth, r.seed}] = nn::csvRow(r);
            results.push_back(r);
            // Saved after every run: a sweep stopped at any moment keeps what it finished.
            if (toFile && writeError.isEmpty()) save(&writeError);
        },
        [&](const nn::ExperimentProgress& p) {
            const auto now = std::chrono::steady_clock::now();
            if (p.runsDone < p.runsTotal && now - lastLine < std::chrono::seconds(1)) return;
            lastLine = now;
            QString line = Text::tr("depth experiment: %1/%2 runs, %3 %, elapsed %4")
                               .arg(p.runsDone)
                               .arg(p.runsTotal)
                               .arg(int(p.fraction * 100))
                               .arg(formatClock(p.elapsed));
            if (p.remaining >= 0 && p.runsDone < p.runsTotal)
                line += Text::tr(", about %1 left").arg(formatClock(p.remaining));
            if (!p.running.empty() && p.runsDone < p.runsTotal)
                line += QStringLiteral(" (%1)").arg(QString::fromStdString(p.running));
            err << (tty ? QStringLiteral("\r\x1b[K") : QString()) << line
                << (tty ? QString() : QStringLiteral("\n"));
            err.flush();
        });
    if (tty) err << '\n';
    if (!cmd.figure.isEmpty()) {
        QString error;
        if (!exportAccuracyFigure(cmd.figure, scene, c, results, cmd.figureOptions, &error)) {
            err << prefix << Text::tr("cannot export %1: %2").arg(cmd.figure, error) << '\n';
            return 1;
        }
    }
    if (toFile) {
        if (writeError.isEmpty()) save(&writeError);
        if (!writeError.isEmpty()) {
            err << prefix << writeError << '\n';
            return 1;
        }
        return 0;
    }
    out << QString::fromStdString(nn::csvHeader()) << '\n';
    for (const auto& [k, row] : rows)
        out << QString::fromStdString(row) << '\n';
    out.flush();
    if (out.status() != QTextStream::Ok) {
        err << prefix << Text::tr("cannot write to standard output") << '\n';
        return 1;
    }
    return 0;
}

} // namespace ae
