#include "model/scene.h"

#include "model/numbers.h"

#include "model/themeids.h"

#include <algorithm>
#include <cmath>

namespace ae {

Scene::Scene(QObject* parent) : QObject(parent), m_registry(ae::Registry::withBuiltIns()) {
    for (const ae::Activation* a : m_registry.all())
        m_entries.push_back({a, a->family == "article", ae::defaultParams(*a), m_nextColor++});
    m_selected = QStringLiteral("sigmoid");
    for (auto signal : {&Scene::functionAdded, &Scene::functionRemoved, &Scene::parameterChanged})
        connect(this, signal, this, &Scene::changed);
    for (auto signal : {&Scene::functionsChanged, &Scene::rangeChanged, &Scene::epsilonChanged,
                        &Scene::panelsChanged, &Scene::selectionChanged, &Scene::themeChanged,
                        &Scene::yRangeChanged, &Scene::exportSizeChanged})
        connect(this, signal, this, &Scene::changed);
}

int Scene::colorIndex(const QString& id) const {
    const Entry* e = find(id);
    return e ? e->colorIndex : -1;
}

bool Scene::addFunction(ae::Activation activation, QString* error) {
    const std::string id = activation.id;
    const std::string why = m_registry.add(std::move(activation));
    if (!why.empty()) {
        if (error) *error = QString::fromStdString(why);
        return false;
    }
    const ae::Activation* a = m_registry.find(id);
    m_entries.push_back({a, true, ae::defaultParams(*a), m_nextColor++});
    const QString qid = QString::fromStdString(id);
    emit functionAdded(qid);
    emit functionsChanged();
    return true;
}

bool Scene::removeFunction(const QString& id) {
    const auto it = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry& e) {
        return id == QLatin1String(e.activation->id.c_str());
    });
    if (it == m_entries.end()) return false;
    const bool wasShown = it->enabled;
    // Keeps the Activation alive until every listener has let go of it.
    const ae::Registry keep = m_registry;
    m_entries.erase(it);
    m_registry.remove(id.toStdString());
    if (m_selected == id) {
        const QStringList shown = enabledIds();
        m_selected = shown.isEmpty() ? QString() : shown.first();
        emit selectionChanged();
    }
    emit functionRemoved(id);
    if (wasShown) emit functionsChanged();
    return true;
}

QStringList Scene::functionIds() const {
    QStringList ids;
    for (const auto& e : m_entries)
        ids << QString::fromStdString(e.activation->id);
    return ids;
}

Scene::Entry* Scene::find(const QString& id) {
    for (auto& e : m_entries)
        if (id == QLatin1String(e.activation->id.c_str())) return &e;
    return nullptr;
}

const Scene::Entry* Scene::find(const QString& id) const {
    return const_cast<Scene*>(this)->find(id);
}

const ae::Activation* Scene::activation(const QString& id) const {
    const Entry* e = find(id);
    return e ? e->activation : nullptr;
}

bool Scene::isEnabled(const QString& id) const {
    const Entry* e = find(id);
    return e && e->enabled;
}

QStringList Scene::enabledIds() const {
    QStringList ids;
    for (const auto& e : m_entries)
        if (e.enabled) ids << QString::fromStdString(e.activation->id);
    return ids;
}

void Scene::setEnabled(const QString& id, bool enabled) {
    Entry* e = find(id);
    if (!e || e->enabled == enabled) return;
    e->enabled = enabled;
    emit functionsChanged();
}

std::span<const double> Scene::parameters(const QString& id) const {
    const Entry* e = find(id);
    return e ? std::span<const double>(e->params) : std::span<const double>();
}

double Scene::parameter(const QString& id, const QString& param) const {
    const Entry* e = find(id);
    const int i = e ? ae::paramIndex(*e->activation, param.toStdString()) : -1;
    return i < 0 ? std::nan("") : e->params[std::size_t(i)];
}

bool Scene::setParameter(const QString& id, const QString& param, double value) {
    Entry* e = find(id);
    const int i = e ? ae::paramIndex(*e->activation, param.toStdString()) : -1;
    if (i < 0) return false;
    const auto& spec = e->activation->params[std::size_t(i)];
    if (!(value >= spec.min && value <= spec.max)) return false; // also rejects NaN
    double& slot = e->params[std::size_t(i)];
    if (slot == value) return true;
    slot = value;
    // A slider dragged past its partner pushes the partner along, as a range slider does, so
    // the pair stays ordered (lower ≤ upper) without refusing the user's drag.
    for (std::size_t j = 0; j < e->params.size(); ++j) {
        const auto& other = e->activation->params[j];
        if (spec.notAbove == other.id && e->params[j] < value) e->params[j] = value;
        if (other.notAbove == spec.id && e->params[j] > value) e->params[j] = value;
    }
    emit parameterChanged(id);
    return true;
}

void Scene::resetParameters() {
    for (auto& e : m_entries) {
        auto defaults = ae::defaultParams(*e.activation);
        if (defaults == e.params) continue;
        e.params = std::move(defaults);
        emit parameterChanged(QString::fromStdString(e.activation->id));
    }
}

bool Scene::acceptableRange(double xmin, double xmax) {
    if (!std::isfinite(xmin) || !std::isfinite(xmax) || !(xmin < xmax) ||
        std::fabs(xmin) > maxAbsX || std::fabs(xmax) > maxAbsX)
        return false;
    // A span below ~1e-9 leaves fewer distinct doubles than pixels near |x| ~ 1e6.
    return xmax - xmin >= 1e-9 * std::fmax(1.0, std::fmax(std::fabs(xmin), std::fabs(xmax)));
}

bool Scene::setRange(double xmin, double xmax) {
    if (!acceptableRange(xmin, xmax)) return false;
    if (xmin == m_xMin && xmax == m_xMax) return true;
    m_xMin = xmin;
    m_xMax = xmax;
    emit rangeChanged();
    return true;
}

void Scene::resetView() {
    setRange(defaultXMin, defaultXMax);
}

bool Scene::setEpsilon(double eps) {
    if (!(eps > 0.0 && eps <= 1.0)) return false;
    if (eps == m_epsilon) return true;
    m_epsilon = eps;
    emit epsilonChanged();
    return true;
}

void Scene::setDerivativePanels(bool first, bool second) {
    if (first == m_showD1 && second == m_showD2) return;
    m_showD1 = first;
    m_showD2 = second;
    emit panelsChanged();
}

void Scene::setSelected(const QString& id) {
    if (id == m_selected || (!id.isEmpty() && !find(id))) return;
    m_selected = id;
    emit selectionChanged();
}

bool Scene::setTheme(const QString& id) {
    if (!isThemeId(id)) return false;
    if (id == m_theme) return true;
    m_theme = id;
    emit themeChanged();
    return true;
}

void Scene::setAdjusting(bool adjusting) {
    if (adjusting == m_adjusting) return;
    m_adjusting = adjusting;
    emit adjustingChanged();
}

std::optional<std::pair<double, double>> Scene::fixedYRange(int order) const {
    return order >= 0 && order < 3 ? m_yRanges[std::size_t(order)] : std::nullopt;
}

bool Scene::setFixedYRange(int order, double lo, double hi) {
    if (order < 0 || order > 2 || !std::isfinite(lo) || !std::isfinite(hi) || !(lo < hi))
        return false;
    auto& slot = m_yRanges[std::size_t(order)];
    if (slot && slot->first == lo && slot->second == hi) return true;
    slot = std::make_pair(lo, hi);
    emit yRangeChanged();
    return true;
}

void Scene::clearFixedYRange(int order) {
    if (order < 0 || order > 2 || !m_yRanges[std::size_t(order)]) return;
    m_yRanges[std::size_t(order)].reset();
    emit yRangeChanged();
}

bool Scene::setExportSize(QSize size) {
    if (size.width() < 1 || size.height() < 1 || size.width() > maxExportSide ||
        size.height() > maxExportSide)
        return false;
    if (size == m_exportSize) return true;
    m_exportSize = size;
    emit exportSizeChanged();
    return true;
}

SceneState Scene::state() const {
    SceneState st;
    st.enabled = enabledIds();
    for (const auto& e : m_entries)
        if (!e.params.empty()) st.parameters[QString::fromStdString(e.activation->id)] = e.params;
    st.xMin = m_xMin;
    st.xMax = m_xMax;
    st.epsilon = m_epsilon;
    st.showFirstDerivative = m_showD1;
    st.showSecondDerivative = m_showD2;
    st.selected = m_selected;
    st.theme = m_theme;
    st.yRanges = m_yRanges;
    st.exportSize = m_exportSize;
    return st;
}

QString Scene::validate(const SceneState& st) const {
    // Shortest text that reads back as the same double: 0.2, not 0.20000000000000001.
    auto num = [](double v) { return formatExact(v); };
    for (const QString& id : st.enabled)
        if (!find(id)) return tr("functions: unknown function \"%1\"").arg(id);
    for (const auto& [id, values] : st.parameters) {
        const Entry* e = find(id);
        if (!e) return tr("parameters: unknown function \"%1\"").arg(id);
        const auto& specs = e->activation->params;
        if (values.size() != specs.size())
            return tr("parameters.%1: expected %2 values, got %3")
                .arg(id)
                .arg(specs.size())
                .arg(values.size());
        for (std::size_t i = 0; i < specs.size(); ++i) {
            const auto& spec = specs[i];
            if (!(values[i] >= spec.min && values[i] <= spec.max))
                return tr("parameters.%1.%2: %3 is outside %4 … %5")
                    .arg(id, QString::fromStdString(spec.id), num(values[i]), num(spec.min),
                         num(spec.max));
            const int j = ae::paramIndex(*e->activation, spec.notAbove);
            if (j >= 0 && values[i] > values[std::size_t(j)])
                return tr("parameters.%1.%2: %3 must not exceed %4 (%5)")
                    .arg(id, QString::fromStdString(spec.id), num(values[i]),
                         QString::fromStdString(spec.notAbove), num(values[std::size_t(j)]));
        }
    }
    if (!acceptableRange(st.xMin, st.xMax))
        return tr("xRange: %1 … %2 must be finite, min < max, within ±%3 and not narrower than "
                  "1e-9 relative")
            .arg(num(st.xMin), num(st.xMax), num(maxAbsX));
    if (!(st.epsilon > 0.0 && st.epsilon <= 1.0))
        return tr("epsilon: %1 must be greater than 0 and at most 1").arg(num(st.epsilon));
    if (!st.selected.isEmpty() && !find(st.selected))
        return tr("selected: unknown function \"%1\"").arg(st.selected);
    if (!isThemeId(st.theme))
        return tr("theme: \"%1\" is not one of %2")
            .arg(st.theme, themeIds().join(QStringLiteral(", ")));
    for (int order = 0; order < 3; ++order) {
        const auto& r = st.yRanges[std::size_t(order)];
        if (r && !(std::isfinite(r->first) && std::isfinite(r->second) && r->first < r->second))
            return tr("yRanges.%1: %2 … %3 is not a finite range with min < max")
                .arg(QLatin1String(order == 0   ? "f"
                                   : order == 1 ? "df"
                                                : "d2f"))
                .arg(num(r->first), num(r->second));
    }
    const QSize sz = st.exportSize;
    if (sz.width() < 1 || sz.height() < 1 || sz.width() > maxExportSide ||
        sz.height() > maxExportSide)
        return tr("export: size %1×%2 must be 1 … %3 pixels on each side")
            .arg(sz.width())
            .arg(sz.height())
            .arg(maxExportSide);
    return {};
}

bool Scene::setState(const SceneState& st) {
    if (!validate(st).isEmpty()) return false;
    bool functions = false;
    for (auto& e : m_entries) {
        const bool on = st.enabled.contains(QString::fromStdString(e.activation->id));
        functions = functions || on != e.enabled;
        e.enabled = on;
    }
    if (functions) emit functionsChanged();
    for (auto& e : m_entries) {
        const auto it = st.parameters.find(QString::fromStdString(e.activation->id));
        if (it == st.parameters.end() || it->second == e.params) continue;
        e.params = it->second;
        emit parameterChanged(QString::fromStdString(e.activation->id));
    }
    setRange(st.xMin, st.xMax);
    setEpsilon(st.epsilon);
    setDerivativePanels(st.showFirstDerivative, st.showSecondDerivative);
    setSelected(st.selected);
    setTheme(st.theme);
    if (st.yRanges != m_yRanges) {
        m_yRanges = st.yRanges;
        emit yRangeChanged();
    }
    setExportSize(st.exportSize);
    return true;
}

} // namespace ae
