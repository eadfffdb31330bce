#include "cli/commandline.h"

#include "cli/cliwords.h"
#include "model/messagetext.h"
#include "model/scenefile.h"
#include "plot/theme.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <cstring>

namespace ae {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// A value quoted in a message: a 100 KB argument is shortened.
QString quoted(const QString& value) {
    return elideForMessage(value);
}

// Options whose presence means "no window".
const char* const headlessOptions[] = {
    "--export", "--csv", "--list-functions", "--properties", "--depth-experiment",
    "--help",   "-h",    "--help-all",       "--version",    "-v"};

} // namespace

bool isHeadlessInvocation(int argc, char** argv) {
    for (int i = 1; i < argc; ++i)
        for (const char* opt : headlessOptions) {
            const std::size_t n = std::strlen(opt);
            if (std::strncmp(argv[i], opt, n) == 0 && (argv[i][n] == '\0' || argv[i][n] == '='))
                return true;
        }
    return false;
}

ParsedCommandLine parseCommandLine(const QStringList& args) {
    // The functions and defaults the options are checked against: the same Scene the window
    // starts from, so the command line knows every function the registry holds.
    const Scene defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Explore neural-network activation functions, their derivatives and where their "
        "gradients vanish. Without --export, --csv, --list-functions or --properties it opens the "
        "window."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption exportOpt(
        QStringLiteral("export"),
        Text::tr("Render the figure to FILE (.png .jpg .jpeg .svg .pdf) and exit. With "
                 "--depth-experiment: the figure of test accuracy against depth, after the runs."),
        QStringLiteral("FILE"));
    const QCommandLineOption csvOpt(
        QStringLiteral("csv"),
        Text::tr("Write values as CSV to FILE ('-': standard output) and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption listOpt(
        QStringLiteral("list-functions"),
        Text::tr("List every function with its parameters, defaults and ranges."));
    const QCommandLineOption propertiesOpt(
        QStringLiteral("properties"),
        Text::tr("Print the properties of function ID (with --param values) and exit."),
        QStringLiteral("ID"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     Text::tr("With --properties: print JSON."));
    const QCommandLineOption functionsOpt(
        QStringLiteral("functions"),
        Text::tr("Functions to show, comma-separated (default: the article's six)."),
        QStringLiteral("ID,ID,…"));
    const QCommandLineOption paramOpt(
        QStringLiteral("param"), Text::tr("Set a parameter, e.g. swish.beta=1.5 (repeatable)."),
        QStringLiteral("ID.NAME=VALUE"));
    const QCommandLineOption rangeOpt(
        QStringLiteral("x-range"), Text::tr("x range (default -8:8)."), QStringLiteral("MIN:MAX"));
    const QCommandLineOption samplesOpt(
        QStringLiteral("samples"),
        Text::tr("Points per curve (2 … 10^7; CSV default 201, figures: one per pixel)."),
        QStringLiteral("N"));
    const QCommandLineOption atOpt(
        QStringLiteral("at"),
        Text::tr("With --csv: evaluate at exactly these x (C locale; inf, -inf, nan allowed)."),
        QStringLiteral("X,X,…"));
    const QCommandLineOption derivOpt(
        QStringLiteral("derivatives"),
        Text::tr("Highest derivative order shown or written: 0, 1 or 2."), QStringLiteral("0|1|2"));
    const QCommandLineOption epsOpt(
        QStringLiteral("epsilon"),
        Text::tr("Vanishing-gradient threshold ε (0 < ε ≤ 1, default 0.01)."),
        QStringLiteral("EPS"));
    const QCommandLineOption sizeOpt(QStringLiteral("size"),
                                     Text::tr("Figure size in pixels (default 1200x800)."),
                                     QStringLiteral("WxH"));
    const QCommandLineOption scaleOpt(
        QStringLiteral("scale"), Text::tr("Raster scale factor (default 1)."), QStringLiteral("S"));
    const QCommandLineOption themeOpt(QStringLiteral("theme"), Text::tr("light, dark or print."),
                                      QStringLiteral("THEME"));
    const QCommandLineOption titleOpt(QStringLiteral("title"), Text::tr("Figure title."),
                                      QStringLiteral("T"));
    const QCommandLineOption noLegendOpt(QStringLiteral("no-legend"),
                                         Text::tr("Leave the legend out."));
    const QCommandLineOption sceneOpt(
        QStringLiteral("scene"), Text::tr("Start from a scene file; later options override it."),
        QStringLiteral("FILE"));
    const QCommandLineOption selectOpt(
        QStringLiteral("select"),
        Text::tr("Function whose saturation is shaded (default sigmoid)."), QStringLiteral("ID"));
    QList<QCommandLineOption> options{exportOpt,    csvOpt,      listOpt,  propertiesOpt, jsonOpt,
                                      functionsOpt, paramOpt,    rangeOpt, samplesOpt,    atOpt,
                                      derivOpt,     epsOpt,      sizeOpt,  scaleOpt,      themeOpt,
                                      titleOpt,     noLegendOpt, sceneOpt, selectOpt};
    options += depthOptions();
    for (const auto& o : options)
        parser.addOption(o);
    parser.addPositionalArgument(QStringLiteral("scene"),
                                 Text::tr("A scene file to open in the window (as --scene)."),
                                 QStringLiteral("[SCENE.json]"));

    ParsedCommandLine result;
    auto usage = [&](const QString& message) {
        result.error = message;
        return result;
    };
    if (!parser.parse(args)) return usage(elideForMessage(parser.errorText(), 200));
    // An option given twice is refused rather than silently keeping the last one.
    for (const QCommandLineOption& o : options) {
        if (o.valueName().isEmpty() || o.names().first() == QLatin1String("param")) continue;
        const qsizetype n = parser.values(o).size();
        if (n > 1)
            return usage(
                Text::tr("--%1 is given %2 times; give it once").arg(o.names().first()).arg(n));
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usage(Text::tr("unexpected argument \"%1\"").arg(quoted(positional[1])));

    CommandLine cmd;
    cmd.helpText = parser.helpText();
    cmd.versionText = QCoreApplication::applicationName() + QLatin1Char(' ') +
                      QCoreApplication::applicationVersion();
    if (parser.isSet(help)) {
        cmd.mode = CommandLine::Mode::Help;
        result.command = cmd;
        return result;
    }
    if (parser.isSet(version)) {
        cmd.mode = CommandLine::Mode::Version;
        result.command = cmd;
        return result;
    }
    // The depth experiment writes its rows to --csv: there --csv names the output, not a mode.
    const bool depth = depthExperimentRequested(parser);
    // So does --export: with it, the figure of accuracy against depth.
    const int modes = int(parser.isSet(exportOpt) && !depth) + int(parser.isSet(csvOpt) && !depth) +
                      int(parser.isSet(listOpt)) + int(parser.isSet(propertiesOpt)) + int(depth);
    if (modes > 1)
        return usage(Text::tr("--export, --csv, --list-functions, --properties and "
                              "--depth-experiment exclude each other"));
    if (parser.isSet(jsonOpt) && !parser.isSet(propertiesOpt))
        return usage(Text::tr("--json goes with --properties"));
    if (depth) {
        cmd.mode = CommandLine::Mode::DepthExperiment;
        if (parser.isSet(exportOpt) && !figureFormatForPath(parser.value(exportOpt)))
            return usage(
                Text::tr(
                    "--export: unknown extension of \"%1\" (use .png, .jpg, .jpeg, .svg or .pdf)")
                    .arg(quoted(parser.value(exportOpt))));
    } else if (parser.isSet(exportOpt)) {
        cmd.mode = CommandLine::Mode::Export;
        cmd.target = parser.value(exportOpt);
        if (!figureFormatForPath(cmd.target))
            return usage(
                Text::tr(
                    "--export: unknown extension of \"%1\" (use .png, .jpg, .jpeg, .svg or .pdf)")
                    .arg(quoted(cmd.target)));
    } else if (parser.isSet(csvOpt)) {
        cmd.mode = CommandLine::Mode::Csv;
        cmd.target = parser.value(csvOpt);
        if (cmd.target.isEmpty()) return usage(Text::tr("--csv: the file name is empty"));
    } else if (parser.isSet(listOpt)) {
        cmd.mode = CommandLine::Mode::ListFunctions;
    } else if (parser.isSet(propertiesOpt)) {
        cmd.mode = CommandLine::Mode::Properties;
        cmd.target = parser.value(propertiesOpt).trimmed();
        cmd.json = parser.isSet(jsonOpt);
        if (!defaults.activation(cmd.target))
            return usage(QStringLiteral("--properties: ") +
                         unknownFunctionMessage(cmd.target, defaults.registry()));
    }
    // A file as the only argument, as a file manager passes it: open it in the window. With other
    // options it would be ambiguous which of them the saved scene should keep.
    if (!positional.isEmpty()) {
        if (cmd.mode != CommandLine::Mode::Window)
            return usage(Text::tr("unexpected argument \"%1\" (a scene file as an argument opens "
                                  "it in the window; use --scene FILE with other options)")
                             .arg(quoted(positional.first())));
        if (args.size() != 2)
            return usage(Text::tr("a scene file to open (\"%1\") must be the only argument; use "
                                  "--scene FILE with other options")
                             .arg(quoted(positional.first())));
        cmd.openPath = positional.first();
    }

    SceneState& st = cmd.state;
    st = defaults.state();
    if (parser.isSet(sceneOpt)) {
        Scene loaded;
        QString error;
        if (!loadSceneFile(parser.value(sceneOpt), loaded, &cmd.figure, &error))
            return usage(elideForMessage(error, 300));
        st = loaded.state();
    }
    if (parser.isSet(functionsOpt)) {
        st.enabled.clear();
        for (const QString& raw : parser.value(functionsOpt).split(QLatin1Char(','))) {
            const QString id = raw.trimmed();
            if (!defaults.activation(id))
                return usage(QStringLiteral("--functions: ") +
                             unknownFunctionMessage(id, defaults.registry()));
            if (!st.enabled.contains(id)) st.enabled << id;
        }
        if (!st.enabled.contains(st.selected) && !st.enabled.isEmpty())
            st.selected = st.enabled.first();
    }
    for (const QString& p : parser.values(paramOpt)) {
        const int eq = p.indexOf(QLatin1Char('='));
        const int dot = p.indexOf(QLatin1Char('.'));
        const QString shown = quoted(p);
        if (eq < 0 || dot < 0 || dot > eq)
            return usage(
                Text::tr("--param \"%1\": expected FUNCTION.NAME=VALUE, e.g. swish.beta=1.5")
                    .arg(shown));
        const QString fn = p.left(dot), name = p.mid(dot + 1, eq - dot - 1);
        const ae::Activation* a = defaults.activation(fn);
        if (!a)
            return usage(Text::tr("--param \"%1\": %2")
                             .arg(shown, unknownFunctionMessage(fn, defaults.registry())));
        const int i = ae::paramIndex(*a, name.toStdString());
        if (i < 0)
            return usage(Text::tr("--param \"%1\": %2 has no parameter \"%3\" (its parameters: %4)")
                             .arg(shown, fn, quoted(name), parameterNames(*a)));
        double v = 0;
        QString why;
        if (!readNumber(p.mid(eq + 1), v, &why))
            return usage(
                Text::tr("--param \"%1\": \"%2\" %3").arg(shown, quoted(p.mid(eq + 1)), why));
        const auto& spec = a->params[std::size_t(i)];
        if (!(v >= spec.min && v <= spec.max))
            return usage(Text::tr("--param \"%1\": %2 must be within %3 … %4")
                             .arg(shown, QString::fromStdString(spec.symbol))
                             .arg(spec.min)
                             .arg(spec.max));
        st.parameters[fn][std::size_t(i)] = v;
    }
    if (parser.isSet(rangeOpt)) {
        const QString text = parser.value(rangeOpt);
        const QStringList parts = text.split(QLatin1Char(':'));
        if (parts.size() != 2)
            return usage(
                Text::tr("--x-range \"%1\": expected MIN:MAX, e.g. -6:6").arg(quoted(text)));
        double bounds[2] = {0, 0};
        for (int k = 0; k < 2; ++k) {
            QString why;
            if (!readNumber(parts[k], bounds[k], &why))
                return usage(Text::tr("--x-range \"%1\": %2 \"%3\" %4")
                                 .arg(quoted(text),
                                      k == 0 ? QStringLiteral("MIN") : QStringLiteral("MAX"),
                                      quoted(parts[k]), why));
            if (!std::isfinite(bounds[k]))
                return usage(Text::tr("--x-range \"%1\": MIN and MAX must be finite numbers")
                                 .arg(quoted(text)));
        }
        const double lo = bounds[0], hi = bounds[1];
        if (!(lo < hi))
            return usage(Text::tr("--x-range \"%1\": MIN must be less than MAX").arg(quoted(text)));
        if (!Scene::acceptableRange(lo, hi))
            return usage(
                Text::tr(
                    "--x-range \"%1\": must lie within ±%2 and not be narrower than 1e-9 relative")
                    .arg(quoted(text))
                    .arg(Scene::maxAbsX));
        st.xMin = lo;
        st.xMax = hi;
    }
    if (parser.isSet(samplesOpt)) {
        bool ok = false;
        const qlonglong n = parser.value(samplesOpt).trimmed().toLongLong(&ok);
        if (!ok || n < 2 || n > maxSamples)
            return usage(Text::tr("--samples \"%1\": expected a whole number from 2 to %2")
                             .arg(quoted(parser.value(samplesOpt)))
                             .arg(maxSamples));
        cmd.samples = int(n);
        cmd.figure.samples = int(n);
    }
    if (parser.isSet(atOpt)) {
        if (cmd.mode != CommandLine::Mode::Csv) return usage(Text::tr("--at goes with --csv"));
        std::vector<double> xs;
        for (const QString& t : parser.value(atOpt).split(QLatin1Char(','))) {
            double v = 0;
            QString why;
            if (!readNumber(t, v, &why))
                return usage(Text::tr("--at: \"%1\" %2").arg(quoted(t), why));
            xs.push_back(v);
        }
        cmd.at = xs;
    }
    if (parser.isSet(derivOpt)) {
        const QString d = parser.value(derivOpt).trimmed();
        if (d != QLatin1String("0") && d != QLatin1String("1") && d != QLatin1String("2"))
            return usage(Text::tr("--derivatives \"%1\": expected 0, 1 or 2").arg(quoted(d)));
        cmd.derivatives = d.toInt();
        st.showFirstDerivative = cmd.derivatives >= 1;
        st.showSecondDerivative = cmd.derivatives >= 2;
    }
    if (parser.isSet(epsOpt)) {
        double eps = 0;
        QString why;
        if (!readNumber(parser.value(epsOpt), eps, &why))
            return usage(Text::tr("--epsilon \"%1\" %2").arg(quoted(parser.value(epsOpt)), why));
        if (!(eps > 0.0 && eps <= 1.0))
            return usage(Text::tr("--epsilon \"%1\": expected a number with 0 < ε ≤ 1")
                             .arg(quoted(parser.value(epsOpt))));
        st.epsilon = eps;
    }
    if (parser.isSet(sizeOpt)) {
        const QStringList wh = parser.value(sizeOpt).toLower().split(QLatin1Char('x'));
        bool okW = false, okH = false;
        const int w = wh.size() == 2 ? wh[0].toInt(&okW) : 0;
        const int h = wh.size() == 2 ? wh[1].toInt(&okH) : 0;
        if (!okW || !okH || w < 1 || h < 1 || w > FigureOptions::maxSide ||
            h > FigureOptions::maxSide)
            return usage(Text::tr("--size \"%1\": expected WxH with 1 … %2 pixels on each side")
                             .arg(quoted(parser.value(sizeOpt)))
                             .arg(FigureOptions::maxSide));
        cmd.figure.size = QSize(w, h);
    }
    if (parser.isSet(scaleOpt)) {
        double s = 0;
        QString why;
        if (!readNumber(parser.value(scaleOpt), s, &why) ||
            !(s > 0.0 && s <= FigureOptions::maxScale))
            return usage(Text::tr("--scale \"%1\": expected a number greater than 0 and at most 8")
                             .arg(quoted(parser.value(scaleOpt))));
        cmd.figure.scale = s;
    }
    const QSize px = cmd.figure.size * cmd.figure.scale;
    if (px.width() > FigureOptions::maxSide || px.height() > FigureOptions::maxSide ||
        px.width() < 1 || px.height() < 1)
        return usage(Text::tr("--size × --scale gives %1×%2 pixels; each side must be 1 … %3")
                         .arg(px.width())
                         .arg(px.height())
                         .arg(FigureOptions::maxSide));
    if (parser.isSet(themeOpt)) {
        if (!isThemeId(parser.value(themeOpt)))
            return usage(Text::tr("--theme \"%1\": expected light, dark or print")
                             .arg(quoted(parser.value(themeOpt))));
        cmd.figure.theme = parser.value(themeOpt);
    }
    if (parser.isSet(selectOpt)) {
        if (!defaults.activation(parser.value(selectOpt)))
            return usage(QStringLiteral("--select: ") +
                         unknownFunctionMessage(parser.value(selectOpt), defaults.registry()));
        st.selected = parser.value(selectOpt);
    }
    cmd.figure.title = parser.value(titleOpt);
    cmd.figure.legend = !parser.isSet(noLegendOpt);
    QString problem = defaults.validate(st);
    if (problem.isEmpty()) problem = validateFigureOptions(cmd.figure);
    if (!problem.isEmpty()) return usage(elideForMessage(problem, 300));
    cmd.depth =
        parseDepthCommand(parser, st, parser.isSet(functionsOpt), defaults.registry(), &problem);
    if (!problem.isEmpty()) return usage(elideForMessage(problem, 300));
    if (cmd.depth) {
        cmd.depth->figure = parser.value(exportOpt);
        cmd.depth->figureOptions = cmd.figure;
        if (!cmd.depth->figure.isEmpty() && !cmd.depth->pytorchScript.isEmpty())
            return usage(Text::tr("--export and --pytorch-script exclude each other (the script "
                                  "trains nothing here)"));
    }
    result.command = cmd;
    return result;
}

} // namespace ae
