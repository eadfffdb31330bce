#include "cli/headless.h"
#include "model/names.h"

#include "core/csv.h"
#include "core/sampling.h"
#include "model/atomicfile.h"
#include "model/propertiestext.h"
#include "plot/plotlayers.h"

#include <QCoreApplication>
#include <QFile>

#include <functional>
#include <string>
#include <string_view>

namespace ae {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Headless)
};

QString listFunctions(const Scene& scene) {
    QString text;
    for (const QString& id : scene.functionIds()) {
        const ae::Activation* a = scene.activation(id);
        text += QStringLiteral("%1\t%2").arg(id, QString::fromStdString(a->name));
        if (!a->aliases.empty()) {
            QStringList aliases;
            for (const auto& s : a->aliases)
                aliases << QString::fromStdString(s);
            text += Text::tr(" (also: %1)").arg(aliases.join(QStringLiteral(", ")));
        }
        text += QLatin1Char('\n');
        for (const auto& p : a->params)
            text += Text::tr("\t%1.%2\t%3, default %4, range %5 … %6, step %7\n")
                        .arg(id, QString::fromStdString(p.id), QString::fromStdString(p.symbol),
                             QString::fromStdString(ae::formatShortest(p.defaultValue)),
                             QString::fromStdString(ae::formatShortest(p.min)),
                             QString::fromStdString(ae::formatShortest(p.max)),
                             QString::fromStdString(ae::formatShortest(p.step)));
    }
    return text;
}
} // namespace

bool writeCsv(const CommandLine& cmd, const Registry& functions,
              const std::function<bool(std::string_view)>& sink) {
    const int order = cmd.derivatives < 0 ? 2 : cmd.derivatives;
    // Rows are handed on in blocks of about 1 MiB: memory stays flat however many are asked for.
    constexpr std::size_t block = 1 << 20;
    std::string text;
    text.reserve(block + 4096);
    ae::appendCsvHeader(text, order);
    auto row = [&](const std::string& name, const ae::Activation& a,
                   const std::vector<double>& params, double x) {
        ae::appendCsvRow(text, name, x, ae::evaluate(a, x, params), order);
        if (text.size() < block) return true;
        const bool ok = sink(text);
        text.clear();
        return ok;
    };
    const int n = cmd.samples > 0 ? cmd.samples : 201;
    for (const QString& id : cmd.state.enabled) {
        const ae::Activation* a = functions.find(id.toStdString());
        if (!a) continue; // parseCommandLine checked the ids against the same registry
        const auto it = cmd.state.parameters.find(id);
        const std::vector<double> params =
            it != cmd.state.parameters.end() ? it->second : ae::defaultParams(*a);
        const std::string name = id.toStdString();
        if (cmd.at) {
            for (double x : *cmd.at)
                if (!row(name, *a, params, x)) return false;
            continue;
        }
        for (int i = 0; i < n; ++i)
            if (!row(name, *a, params,
                     ae::gridPoint(cmd.state.xMin, cmd.state.xMax, std::size_t(i), std::size_t(n))))
                return false;
    }
    return text.empty() || sink(text);
}

QByteArray csvFor(const CommandLine& cmd) {
    QByteArray all;
    const Scene scene;
    writeCsv(cmd, scene.registry(), [&](std::string_view chunk) {
        all.append(chunk.data(), qsizetype(chunk.size()));
        return true;
    });
    return all;
}

namespace {
// Text for standard output; a full disk or closed pipe must not pass as success.
int print(QTextStream& out, QTextStream& err, const QString& text) {
    out << text;
    out.flush();
    if (out.status() == QTextStream::Ok) return 0;
    err << Text::tr("activation-explorer: cannot write to standard output") << '\n';
    return 1;
}
} // namespace

int runHeadless(const CommandLine& cmd, QTextStream& out, QTextStream& err) {
    switch (cmd.mode) {
    case CommandLine::Mode::Help:
        return print(out, err, cmd.helpText);
    case CommandLine::Mode::Version:
        return print(out, err, cmd.versionText + QLatin1Char('\n'));
    case CommandLine::Mode::ListFunctions:
        return print(out, err, listFunctions(Scene()));
    case CommandLine::Mode::Properties: {
        Scene scene;
        scene.setState(cmd.state);
        const ae::Activation* a = scene.activation(cmd.target);
        const auto params = scene.parameters(cmd.target);
        const ae::Properties p = ae::analyseProperties(*a, params);
        // --x-range and --epsilon: the saturation bands, as the side panel states them.
        const VanishingReport vanishing{
            scene.xMin(), scene.xMax(), scene.epsilon(),
            ae::vanishingIntervals(*a, params, scene.xMin(), scene.xMax(), scene.epsilon())};
        if (cmd.json)
            return print(out, err, QString::fromUtf8(propertiesJson(*a, params, p, &vanishing)));
        return print(out, err, propertiesText(legendName(scene, cmd.target), p, &vanishing));
    }
    case CommandLine::Mode::Csv: {
        const Scene scene; // the functions the command line was checked against
        if (cmd.target == QLatin1String("-")) {
            out.flush();
            QFile stdoutFile;
            const bool ok =
                stdoutFile.open(stdout, QIODevice::WriteOnly) &&
                writeCsv(cmd, scene.registry(),
                         [&](std::string_view chunk) {
                             return stdoutFile.write(chunk.data(), qint64(chunk.size())) ==
                                    qint64(chunk.size());
                         }) &&
                stdoutFile.flush();
            if (!ok) {
                err << Text::tr("activation-explorer: cannot write CSV to standard output") << '\n';
                return 1;
            }
            return 0;
        }
        QString error;
        AtomicFileWriter file(cmd.target);
        const bool ok = file.open(&error) &&
                        writeCsv(cmd, scene.registry(),
                                 [&](std::string_view chunk) {
                                     return file.write(chunk.data(), qint64(chunk.size()), &error);
                                 }) &&
                        file.commit(&error);
        if (!ok) {
            err << "activation-explorer: " << error << '\n';
            return 1;
        }
        return 0;
    }
    case CommandLine::Mode::Export: {
        Scene scene;
        scene.setState(cmd.state);
        QString error;
        if (!exportFigureFile(cmd.target, scene, cmd.figure, &error)) {
            err << Text::tr("activation-explorer: cannot export %1: %2").arg(cmd.target, error)
                << '\n';
            return 1;
        }
        return 0;
    }
    case CommandLine::Mode::DepthExperiment: {
        Scene scene; // the colours and names of the figure are the explorer's
        scene.setState(cmd.state);
        return runDepthExperiment(*cmd.depth, scene, out, err);
    }
    case CommandLine::Mode::Window:
        break;
    }
    return 0;
}

} // namespace ae
