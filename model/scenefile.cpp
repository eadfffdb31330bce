#include "model/scenefile.h"

#include "model/atomicfile.h"
#include "model/messagetext.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace ae {

// nlohmann::json rather than QJsonDocument: Qt's JSON stores integral doubles as integers, so
// -0.0 would come back as 0 and the file would not round-trip exactly.
using json = nlohmann::ordered_json;

namespace {

constexpr auto formatTag = "activation-explorer-scene";
constexpr int formatVersion = 1;
const char* const panelKeys[3] = {"f", "df", "d2f"};

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SceneFile)
};

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

json rangeValue(const std::optional<std::pair<double, double>>& r) {
    return r ? json::array({r->first, r->second}) : json(nullptr);
}

// Reads fields by path, keeping the first problem with the field it is in.
struct Reader {
    QString error;
    bool fail(const QString& field, const QString& what) {
        if (error.isEmpty()) error = field + QStringLiteral(": ") + what;
        return false;
    }
    bool number(const json& v, const QString& field, double& out) {
        if (!v.is_number()) return fail(field, Text::tr("expected a number"));
        out = v.get<double>();
        return std::isfinite(out) || fail(field, Text::tr("must be finite"));
    }
    bool boolean(const json& v, const QString& field, bool& out) {
        if (!v.is_boolean()) return fail(field, Text::tr("expected true or false"));
        out = v.get<bool>();
        return true;
    }
    bool string(const json& v, const QString& field, QString& out) {
        if (!v.is_string()) return fail(field, Text::tr("expected a string"));
        out = q(v.get<std::string>());
        return true;
    }
    bool pair(const json& v, const QString& field, double& a, double& b) {
        if (!v.is_array() || v.size() != 2) return fail(field, Text::tr("expected [min, max]"));
        return number(v[0], field + QStringLiteral("[0]"), a) &&
               number(v[1], field + QStringLiteral("[1]"), b);
    }
    // An object whose keys are all in allowed (any key when allowed is null).
    bool object(const json& v, const QString& field, const QStringList* allowed) {
        if (!v.is_object()) return fail(field, Text::tr("expected an object"));
        if (!allowed) return true;
        for (const auto& item : v.items())
            if (!allowed->contains(q(item.key())))
                return fail(field.isEmpty() ? q(item.key())
                                            : field + QLatin1Char('.') + q(item.key()),
                            Text::tr("unknown field"));
        return true;
    }
};

// Where the parser is: one frame per open object or array, holding the current key or index.
class JsonPath {
  public:
    void step(json::parse_event_t event, const json& parsed) {
        using E = json::parse_event_t;
        switch (event) {
        case E::object_start:
        case E::array_start:
            m_frames.push_back({event == E::array_start, {}, 0});
            break;
        case E::key:
            if (!m_frames.empty()) m_frames.back().key = parsed.get<std::string>();
            break;
        case E::object_end:
        case E::array_end:
            if (!m_frames.empty()) m_frames.pop_back();
            [[fallthrough]];
        case E::value:
            if (!m_frames.empty() && m_frames.back().array) ++m_frames.back().index;
            break;
        }
    }
    // "parameters.swish.beta", "xRange[1]"; whole when the failure is at the top.
    QString text(const QString& whole) const {
        QString out;
        for (const Frame& f : m_frames) {
            if (f.array)
                out += QStringLiteral("[%1]").arg(f.index);
            else if (!f.key.empty())
                out += (out.isEmpty() ? QString() : QStringLiteral(".")) + q(f.key);
        }
        return out.isEmpty() ? whole : out;
    }

  private:
    struct Frame {
        bool array;
        std::string key;
        std::size_t index;
    };
    std::vector<Frame> m_frames;
};

// The offending token from nlohmann's "number overflow parsing '1e400'", shortened for a message.
QString overflowToken(const json::exception& e) {
    const std::string what = e.what();
    const auto open = what.find('\'');
    const auto close = what.rfind('\'');
    const std::string token =
        open != std::string::npos && close > open ? what.substr(open + 1, close - open - 1) : "";
    return elideForMessage(q(token));
}

std::optional<SceneFileContent> readScene(const json& root, const Scene& scene, QString* error);

} // namespace

QByteArray sceneToJson(const SceneFileContent& content, const ae::Registry& registry) {
    const SceneState& st = content.scene;
    json root;
    root["format"] = formatTag;
    root["version"] = formatVersion;
    json functions = json::array();
    for (const QString& id : st.enabled)
        functions.push_back(id.toStdString());
    root["functions"] = functions;
    json params = json::object();
    for (const auto& [id, values] : st.parameters) {
        const ae::Activation* a = registry.find(id.toStdString());
        if (!a) continue;
        json p = json::object();
        for (std::size_t i = 0; i < values.size() && i < a->params.size(); ++i)
            p[a->params[i].id] = values[i];
        params[id.toStdString()] = p;
    }
    root["parameters"] = params;
    root["xRange"] = json::array({st.xMin, st.xMax});
    json y = json::object();
    for (int order = 0; order < 3; ++order)
        y[panelKeys[order]] = rangeValue(st.yRanges[std::size_t(order)]);
    root["yRanges"] = y;
    root["epsilon"] = st.epsilon;
    root["panels"] = {{"firstDerivative", st.showFirstDerivative},
                      {"secondDerivative", st.showSecondDerivative}};
    root["selected"] = st.selected.toStdString();
    root["theme"] = content.figure.theme.toStdString();
    const QSize size = content.figure.size;
    root["export"] = {{"width", size.width()}, {"height", size.height()}};
    return QByteArray::fromStdString(root.dump(2) + "\n");
}

std::optional<SceneFileContent> sceneFromJson(const QByteArray& text, const Scene& scene,
                                              QString* error) {
    auto failWith = [&](const QString& e) -> std::optional<SceneFileContent> {
        if (error) *error = e;
        return std::nullopt;
    };
    if (text.size() > maxSceneFileBytes)
        return failWith(Text::tr("the file is larger than 1 MiB (%1 bytes)").arg(text.size()));
    // The callback keeps the path of the value being parsed, so a number out of the double range
    // (nlohmann throws out_of_range 406 for it) is refused naming its field; it also refuses
    // nesting deeper than any scene needs while parsing, before it can cost anything.
    JsonPath path;
    bool tooDeep = false;
    const json::parser_callback_t track = [&](int d, json::parse_event_t event, json& parsed) {
        path.step(event, parsed);
        tooDeep = tooDeep || d > 16;
        return !tooDeep;
    };
    json root;
    try {
        root = json::parse(text.constData(), text.constData() + text.size(), track);
    } catch (const json::out_of_range& e) {
        return failWith(Text::tr("%1: the number %2 is outside the range of a double")
                            .arg(path.text(Text::tr("document")), overflowToken(e)));
    } catch (const json::exception& e) {
        if (tooDeep) return failWith(Text::tr("nested deeper than a scene file can be"));
        const auto* pe = dynamic_cast<const json::parse_error*>(&e);
        if (pe) return failWith(Text::tr("not valid JSON at byte %1").arg(qulonglong(pe->byte)));
        return failWith(Text::tr("not valid JSON"));
    }
    if (tooDeep) return failWith(Text::tr("nested deeper than a scene file can be"));
    try {
        return readScene(root, scene, error);
    } catch (const json::exception&) {
        // Every access below checks the type first; this is the last line, never a crash.
        return failWith(Text::tr("document: a value has an unexpected type"));
    }
}

namespace {
std::optional<SceneFileContent> readScene(const json& root, const Scene& scene, QString* error) {
    auto failWith = [&](const QString& e) -> std::optional<SceneFileContent> {
        if (error) *error = e;
        return std::nullopt;
    };
    Reader r;
    static const QStringList topKeys{"format",   "version", "functions", "parameters",
                                     "xRange",   "yRanges", "epsilon",   "panels",
                                     "selected", "theme",   "export"};
    if (!r.object(root, Text::tr("document"), &topKeys)) return failWith(r.error);
    if (!root.contains("format") || root["format"] != formatTag)
        return failWith(
            Text::tr("format: this is not an Activation Explorer scene (expected \"%1\")")
                .arg(QLatin1String(formatTag)));
    if (!root.contains("version") || !root["version"].is_number() ||
        root["version"].get<double>() != formatVersion)
        return failWith(Text::tr("version: %1 is not supported (this program reads version %2)")
                            .arg(q(root.value("version", json()).dump()))
                            .arg(formatVersion));

    SceneFileContent content{Scene().state(), {}}; // absent fields keep the defaults
    SceneState& st = content.scene;
    FigureOptions& figure = content.figure;
    if (root.contains("functions")) {
        const json& v = root["functions"];
        if (!v.is_array()) return failWith(Text::tr("functions: expected a list of function ids"));
        st.enabled.clear();
        for (std::size_t i = 0; i < v.size(); ++i) {
            QString id;
            const QString field = QStringLiteral("functions[%1]").arg(i);
            if (!r.string(v[i], field, id)) return failWith(r.error);
            if (!scene.activation(id))
                return failWith(Text::tr("%1: unknown function \"%2\"").arg(field, id));
            if (!st.enabled.contains(id)) st.enabled << id;
        }
    }
    if (root.contains("parameters")) {
        const json& params = root["parameters"];
        if (!r.object(params, QStringLiteral("parameters"), nullptr)) return failWith(r.error);
        for (const auto& item : params.items()) {
            const QString id = q(item.key());
            const QString field = QStringLiteral("parameters.") + id;
            const ae::Activation* a = scene.activation(id);
            if (!a) return failWith(Text::tr("%1: unknown function \"%2\"").arg(field, id));
            QStringList names;
            for (const auto& spec : a->params)
                names << q(spec.id);
            if (!r.object(item.value(), field, &names)) return failWith(r.error);
            auto& slot = st.parameters[id];
            for (std::size_t i = 0; i < a->params.size(); ++i) {
                const std::string& name = a->params[i].id;
                if (item.value().contains(name) &&
                    !r.number(item.value()[name], field + QLatin1Char('.') + q(name), slot[i]))
                    return failWith(r.error);
            }
        }
    }
    if (root.contains("xRange") &&
        !r.pair(root["xRange"], QStringLiteral("xRange"), st.xMin, st.xMax))
        return failWith(r.error);
    if (root.contains("yRanges")) {
        static const QStringList keys{"f", "df", "d2f"};
        const json& y = root["yRanges"];
        if (!r.object(y, QStringLiteral("yRanges"), &keys)) return failWith(r.error);
        for (int order = 0; order < 3; ++order) {
            if (!y.contains(panelKeys[order]) || y[panelKeys[order]].is_null()) continue;
            double lo = 0, hi = 0;
            if (!r.pair(y[panelKeys[order]],
                        QStringLiteral("yRanges.") + QLatin1String(panelKeys[order]), lo, hi))
                return failWith(r.error);
            st.yRanges[std::size_t(order)] = std::make_pair(lo, hi);
        }
    }
    if (root.contains("epsilon") &&
        !r.number(root["epsilon"], QStringLiteral("epsilon"), st.epsilon))
        return failWith(r.error);
    if (root.contains("panels")) {
        static const QStringList keys{"firstDerivative", "secondDerivative"};
        const json& p = root["panels"];
        if (!r.object(p, QStringLiteral("panels"), &keys)) return failWith(r.error);
        if (p.contains("firstDerivative") &&
            !r.boolean(p["firstDerivative"], QStringLiteral("panels.firstDerivative"),
                       st.showFirstDerivative))
            return failWith(r.error);
        if (p.contains("secondDerivative") &&
            !r.boolean(p["secondDerivative"], QStringLiteral("panels.secondDerivative"),
                       st.showSecondDerivative))
            return failWith(r.error);
    }
    if (root.contains("selected") &&
        !r.string(root["selected"], QStringLiteral("selected"), st.selected))
        return failWith(r.error);
    if (root.contains("theme") && !r.string(root["theme"], QStringLiteral("theme"), figure.theme))
        return failWith(r.error);
    if (root.contains("export")) {
        static const QStringList keys{"width", "height"};
        const json& ex = root["export"];
        if (!r.object(ex, QStringLiteral("export"), &keys)) return failWith(r.error);
        double w = figure.size.width(), h = figure.size.height();
        if ((ex.contains("width") && !r.number(ex["width"], QStringLiteral("export.width"), w)) ||
            (ex.contains("height") && !r.number(ex["height"], QStringLiteral("export.height"), h)))
            return failWith(r.error);
        if (w != std::floor(w) || h != std::floor(h) || w < 1 || h < 1 ||
            w > FigureOptions::maxSide || h > FigureOptions::maxSide)
            return failWith(Text::tr("export: size must be whole pixels from 1 to %1")
                                .arg(FigureOptions::maxSide));
        figure.size = QSize(int(w), int(h));
    }
    QString problem = scene.validate(st);
    if (problem.isEmpty()) problem = validateFigureOptions(figure);
    if (!problem.isEmpty()) return failWith(problem);
    return content;
}
} // namespace

std::optional<SceneFileContent> readSceneFile(const QString& path, const Scene& scene,
                                              QString* error) {
    auto fail = [&](const QString& why) -> std::optional<SceneFileContent> {
        if (error) *error = Text::tr("Cannot open scene %1: %2").arg(path, why);
        return std::nullopt;
    };
    const QFileInfo info(path);
    if (!info.exists()) return fail(Text::tr("no such file"));
    if (!info.isFile()) return fail(Text::tr("not a regular file"));
    if (info.size() > maxSceneFileBytes)
        return fail(Text::tr("the file is larger than 1 MiB (%1 bytes)").arg(info.size()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return fail(file.errorString());
    QByteArray data(maxSceneFileBytes + 1, Qt::Uninitialized);
    const qint64 got = file.read(data.data(), data.size());
    // A read that fails (EIO, a file on a vanished mount) is not a JSON problem: say what it is.
    if (got < 0) return fail(Text::tr("cannot read the file: %1").arg(file.errorString()));
    data.truncate(got);
    QString why;
    auto content = sceneFromJson(data, scene, &why);
    if (!content) return fail(why);
    return content;
}

bool loadSceneFile(const QString& path, Scene& scene, FigureOptions* figure, QString* error) {
    const auto content = readSceneFile(path, scene, error);
    if (!content) return false;
    scene.setState(content->scene);
    if (figure) {
        figure->theme = content->figure.theme;
        figure->size = content->figure.size;
    }
    return true;
}

bool saveSceneFile(const QString& path, const Scene& scene, const FigureOptions& figure,
                   QString* error) {
    return writeFileAtomically(path, sceneToJson({scene.state(), figure}, scene.registry()), error);
}

} // namespace ae
