#include "scenefile.h"

#include "atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {

constexpr auto formatTag = "activation-explorer-scene";
constexpr int formatVersion = 1;
const char* const panelKeys[3] = {"f", "df", "d2f"};

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SceneFile)
};

QJsonValue number(double v) {
    return QJsonValue(v);
}

QJsonValue rangeValue(const std::optional<std::pair<double, double>>& r) {
    if (!r) return QJsonValue::Null;
    return QJsonArray{number(r->first), number(r->second)};
}

// Collects the first problem, with the path of the field it is in.
struct Reader {
    QString error;
    bool ok() const { return error.isEmpty(); }
    void fail(const QString& field, const QString& what) {
        if (error.isEmpty()) error = field + QStringLiteral(": ") + what;
    }
    bool number(const QJsonValue& v, const QString& field, double& out) {
        if (!v.isDouble()) {
            fail(field, Text::tr("expected a number"));
            return false;
        }
        out = v.toDouble();
        if (!std::isfinite(out)) {
            fail(field, Text::tr("must be finite"));
            return false;
        }
        return true;
    }
    bool boolean(const QJsonValue& v, const QString& field, bool& out) {
        if (!v.isBool()) {
            fail(field, Text::tr("expected true or false"));
            return false;
        }
        out = v.toBool();
        return true;
    }
    bool string(const QJsonValue& v, const QString& field, QString& out) {
        if (!v.isString()) {
            fail(field, Text::tr("expected a string"));
            return false;
        }
        out = v.toString();
        return true;
    }
    bool pair(const QJsonValue& v, const QString& field, double& a, double& b) {
        const QJsonArray arr = v.toArray();
        if (!v.isArray() || arr.size() != 2) {
            fail(field, Text::tr("expected [min, max]"));
            return false;
        }
        return number(arr[0], field + QStringLiteral("[0]"), a) &&
               number(arr[1], field + QStringLiteral("[1]"), b);
    }
    bool object(const QJsonValue& v, const QString& field, QStringList allowed, QJsonObject& out) {
        if (!v.isObject()) {
            fail(field, Text::tr("expected an object"));
            return false;
        }
        out = v.toObject();
        for (const QString& key : out.keys()) {
            if (!allowed.isEmpty() && !allowed.contains(key)) {
                fail(field.isEmpty() ? key : field + QLatin1Char('.') + key, Text::tr("unknown field"));
                return false;
            }
        }
        return true;
    }
};

} // namespace

QByteArray sceneToJson(const SceneState& st) {
    QJsonObject root;
    root[QStringLiteral("format")] = QString::fromLatin1(formatTag);
    root[QStringLiteral("version")] = formatVersion;
    root[QStringLiteral("functions")] = QJsonArray::fromStringList(st.enabled);
    QJsonObject params;
    for (const auto& [id, values] : st.parameters) {
        const ae::Activation* a = ae::findActivation(id.toStdString());
        if (!a) continue;
        QJsonObject p;
        for (std::size_t i = 0; i < values.size() && i < a->params.size(); ++i)
            p[QString::fromStdString(a->params[i].id)] = number(values[i]);
        params[id] = p;
    }
    root[QStringLiteral("parameters")] = params;
    root[QStringLiteral("xRange")] = QJsonArray{number(st.xMin), number(st.xMax)};
    QJsonObject y;
    for (int order = 0; order < 3; ++order)
        y[QLatin1String(panelKeys[order])] = rangeValue(st.yRanges[std::size_t(order)]);
    root[QStringLiteral("yRanges")] = y;
    root[QStringLiteral("epsilon")] = number(st.epsilon);
    root[QStringLiteral("panels")] = QJsonObject{{QStringLiteral("firstDerivative"), st.showFirstDerivative},
                                                 {QStringLiteral("secondDerivative"), st.showSecondDerivative}};
    root[QStringLiteral("selected")] = st.selected;
    root[QStringLiteral("theme")] = st.theme;
    root[QStringLiteral("export")] = QJsonObject{{QStringLiteral("width"), st.exportSize.width()},
                                                 {QStringLiteral("height"), st.exportSize.height()}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<SceneState> sceneFromJson(const QByteArray& json, const Scene& scene, QString* error) {
    auto failWith = [&](const QString& e) -> std::optional<SceneState> {
        if (error) *error = e;
        return std::nullopt;
    };
    if (json.size() > maxSceneFileBytes)
        return failWith(Text::tr("the file is larger than 1 MiB (%1 bytes)").arg(json.size()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failWith(Text::tr("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));

    Reader r;
    QJsonObject root;
    const QStringList topKeys{"format", "version", "functions", "parameters", "xRange", "yRanges",
                              "epsilon", "panels", "selected", "theme", "export"};
    if (!r.object(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(), Text::tr("document"), topKeys, root))
        return failWith(r.error);
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(formatTag))
        return failWith(Text::tr("format: this is not an Activation Explorer scene (expected \"%1\")").arg(QLatin1String(formatTag)));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != formatVersion)
        return failWith(Text::tr("version: %1 is not supported (this program reads version %2)")
                            .arg(version.toVariant().toString())
                            .arg(formatVersion));

    SceneState st = Scene().state(); // defaults for absent fields
    if (root.contains(QStringLiteral("functions"))) {
        const QJsonValue v = root.value(QStringLiteral("functions"));
        if (!v.isArray()) return failWith(Text::tr("functions: expected a list of function ids"));
        st.enabled.clear();
        const QJsonArray arr = v.toArray();
        for (int i = 0; i < arr.size(); ++i) {
            QString id;
            if (!r.string(arr[i], QStringLiteral("functions[%1]").arg(i), id)) return failWith(r.error);
            if (!scene.activation(id)) return failWith(Text::tr("functions[%1]: unknown function \"%2\"").arg(i).arg(id));
            if (!st.enabled.contains(id)) st.enabled << id;
        }
    }
    if (root.contains(QStringLiteral("parameters"))) {
        QJsonObject params;
        if (!r.object(root.value(QStringLiteral("parameters")), QStringLiteral("parameters"), {}, params))
            return failWith(r.error);
        for (auto it = params.begin(); it != params.end(); ++it) {
            const QString field = QStringLiteral("parameters.") + it.key();
            const ae::Activation* a = scene.activation(it.key());
            if (!a) return failWith(Text::tr("%1: unknown function \"%2\"").arg(field, it.key()));
            QStringList names;
            for (const auto& spec : a->params) names << QString::fromStdString(spec.id);
            QJsonObject values;
            if (!r.object(it.value(), field, names.isEmpty() ? QStringList{QString()} : names, values))
                return failWith(r.error);
            auto& slot = st.parameters[it.key()];
            for (std::size_t i = 0; i < a->params.size(); ++i) {
                const QString name = names[qsizetype(i)];
                if (!values.contains(name)) continue;
                if (!r.number(values.value(name), field + QLatin1Char('.') + name, slot[i]))
                    return failWith(r.error);
            }
        }
    }
    if (root.contains(QStringLiteral("xRange")) &&
        !r.pair(root.value(QStringLiteral("xRange")), QStringLiteral("xRange"), st.xMin, st.xMax))
        return failWith(r.error);
    if (root.contains(QStringLiteral("yRanges"))) {
        QJsonObject y;
        if (!r.object(root.value(QStringLiteral("yRanges")), QStringLiteral("yRanges"), {"f", "df", "d2f"}, y))
            return failWith(r.error);
        for (int order = 0; order < 3; ++order) {
            const QJsonValue v = y.value(QLatin1String(panelKeys[order]));
            if (v.isNull() || v.isUndefined()) continue;
            double lo = 0, hi = 0;
            if (!r.pair(v, QStringLiteral("yRanges.") + QLatin1String(panelKeys[order]), lo, hi))
                return failWith(r.error);
            st.yRanges[std::size_t(order)] = std::make_pair(lo, hi);
        }
    }
    if (root.contains(QStringLiteral("epsilon")) &&
        !r.number(root.value(QStringLiteral("epsilon")), QStringLiteral("epsilon"), st.epsilon))
        return failWith(r.error);
    if (root.contains(QStringLiteral("panels"))) {
        QJsonObject panels;
        if (!r.object(root.value(QStringLiteral("panels")), QStringLiteral("panels"),
                      {"firstDerivative", "secondDerivative"}, panels))
            return failWith(r.error);
        if (panels.contains(QStringLiteral("firstDerivative")) &&
            !r.boolean(panels.value(QStringLiteral("firstDerivative")), QStringLiteral("panels.firstDerivative"), st.showFirstDerivative))
            return failWith(r.error);
        if (panels.contains(QStringLiteral("secondDerivative")) &&
            !r.boolean(panels.value(QStringLiteral("secondDerivative")), QStringLiteral("panels.secondDerivative"), st.showSecondDerivative))
            return failWith(r.error);
    }
    if (root.contains(QStringLiteral("selected")) &&
        !r.string(root.value(QStringLiteral("selected")), QStringLiteral("selected"), st.selected))
        return failWith(r.error);
    if (root.contains(QStringLiteral("theme")) &&
        !r.string(root.value(QStringLiteral("theme")), QStringLiteral("theme"), st.theme))
        return failWith(r.error);
    if (root.contains(QStringLiteral("export"))) {
        QJsonObject ex;
        if (!r.object(root.value(QStringLiteral("export")), QStringLiteral("export"), {"width", "height"}, ex))
            return failWith(r.error);
        double w = st.exportSize.width(), h = st.exportSize.height();
        if ((ex.contains(QStringLiteral("width")) && !r.number(ex.value(QStringLiteral("width")), QStringLiteral("export.width"), w)) ||
            (ex.contains(QStringLiteral("height")) && !r.number(ex.value(QStringLiteral("height")), QStringLiteral("export.height"), h)))
            return failWith(r.error);
        if (w != std::floor(w) || h != std::floor(h) || w < 1 || h < 1 || w > Scene::maxExportSide || h > Scene::maxExportSide)
            return failWith(Text::tr("export: size must be whole pixels from 1 to %1").arg(Scene::maxExportSide));
        st.exportSize = QSize(int(w), int(h));
    }
    const QString problem = scene.validate(st);
    if (!problem.isEmpty()) return failWith(problem);
    return st;
}

bool loadSceneFile(const QString& path, Scene& scene, QString* error) {
    auto fail = [&](const QString& why) {
        if (error) *error = Text::tr("Cannot open scene %1: %2").arg(path, why);
        return false;
    };
    const QFileInfo info(path);
    if (!info.exists()) return fail(Text::tr("no such file"));
    if (!info.isFile()) return fail(Text::tr("not a regular file"));
    if (info.size() > maxSceneFileBytes) return fail(Text::tr("the file is larger than 1 MiB (%1 bytes)").arg(info.size()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return fail(file.errorString());
    const QByteArray data = file.read(maxSceneFileBytes + 1);
    QString why;
    const auto st = sceneFromJson(data, scene, &why);
    if (!st) return fail(why);
    scene.setState(*st);
    return true;
}

bool saveSceneFile(const QString& path, const Scene& scene, QString* error) {
    return writeFileAtomically(path, sceneToJson(scene.state()), error);
}
