#include "headless.h"

#include "atomicfile.h"
#include "csv.h"
#include "plotlayers.h"
#include "propertiestext.h"
#include "sampling.h"

#include <QCoreApplication>
#include <QFile>

#include <string>

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

QByteArray csvFor(const CommandLine& cmd) {
    const int order = cmd.derivatives < 0 ? 2 : cmd.derivatives;
    std::string text;
    ae::appendCsvHeader(text, order);
    const int n = cmd.samples > 0 ? cmd.samples : 201;
    for (const QString& id : cmd.state.enabled) {
        const ae::Activation* a = ae::findActivation(id.toStdString());
        const auto it = cmd.state.parameters.find(id);
        const std::vector<double> params =
            it != cmd.state.parameters.end() ? it->second : ae::defaultParams(*a);
        const std::string name = id.toStdString();
        if (cmd.at) {
            for (double x : *cmd.at)
                ae::appendCsvRow(text, name, x, ae::evaluate(*a, x, params), order);
            continue;
        }
        for (int i = 0; i < n; ++i) {
            const double x =
                ae::gridPoint(cmd.state.xMin, cmd.state.xMax, std::size_t(i), std::size_t(n));
            ae::appendCsvRow(text, name, x, ae::evaluate(*a, x, params), order);
        }
    }
    return QByteArray::fromStdString(text);
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
        const QByteArray data = csvFor(cmd);
        if (cmd.target == QLatin1String("-")) {
            out.flush();
            QFile stdoutFile;
            if (!stdoutFile.open(stdout, QIODevice::WriteOnly) ||
                stdoutFile.write(data) != data.size() || !stdoutFile.flush()) {
                err << Text::tr("activation-explorer: cannot write CSV to standard output") << '\n';
                return 1;
            }
            return 0;
        }
        QString error;
        if (!writeFileAtomically(cmd.target, data, &error)) {
            err << "activation-explorer: " << error << '\n';
            return 1;
        }
        return 0;
    }
    case CommandLine::Mode::Export: {
        Scene scene;
        scene.setState(cmd.state);
        QString error;
        const QByteArray data =
            renderFigure(scene, cmd.figure, *figureFormatForPath(cmd.target), &error);
        if (data.isEmpty()) {
            err << Text::tr("activation-explorer: cannot render %1: %2").arg(cmd.target, error)
                << '\n';
            return 1;
        }
        if (!writeFileAtomically(cmd.target, data, &error)) {
            err << "activation-explorer: " << error << '\n';
            return 1;
        }
        return 0;
    }
    case CommandLine::Mode::Window:
        break;
    }
    return 0;
}
