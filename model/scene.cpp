#include "model/scene.h"

#include "model/numbers.h"

#include <algorithm>
#include <cmath>

namespace ae {

Scene::Scene(QObject* parent) : QObject(parent), m_registry(ae::Registry::withBuiltIns()) {
    for (const ae::Activation* a : m_registry.all()) {
        const QString id = QString::fromStdString(a->id);
        m_entries.push_back({id, a, m_nextColor++});
        if (a->family == "article") m_state.enabled << id;
        if (!a->params.empty()) m_state.parameters[id] = ae::defaultParams(*a);
    }
    m_state.selected = QStringLiteral("sigmoid");
    for (auto signal : {&Scene::functionAdded, &Scene::functionRemoved, &Scene::parameterChanged})
        connect(this, signal, this, &Scene::changed);
    for (auto signal : {&Scene::functionsChanged, &Scene::rangeChanged, &Scene::epsilonChanged,
                        &Scene::panelsChanged, &Scene::selectionChanged, &Scene::yRangeChanged})
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
    const QString qid = QString::fromStdString(id);
    m_entries.push_back({qid, a, m_nextColor++});
    m_state.enabled << qid; // the last in the registry, so still in its order
    if (!a->params.empty()) m_state.parameters[qid] = ae::defaultParams(*a);
    emit functionAdded(qid);
    emit functionsChanged();
    return true;
}

bool Scene::removeFunction(const QString& id) {
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [&](const Entry& e) { return e.id == id; });
    if (it == m_entries.end()) return false;
    const QString gone = id; // id may refer to state about to be erased
    const bool wasShown = m_state.enabled.removeAll(gone) > 0;
    // Keeps the Activation alive until every listener has let go of it.
    const ae::Registry keep = m_registry;
    m_entries.erase(it);
    m_state.parameters.erase(gone);
    m_registry.remove(gone.toStdString());
    if (m_state.selected == gone) {
        m_state.selected = m_state.enabled.isEmpty() ? QString() : m_state.enabled.first();
        emit selectionChanged();
    }
    emit functionRemoved(gone);
    if (wasShown) emit functionsChanged();
    return true;
}

QStringList Scene::functionIds() const {
    QStringList ids;
    for (const auto& e : m_entries)
        ids << e.id;
    return ids;
}

const Scene::Entry* Scene::find(const QString& id) const {
    for (const auto& e : m_entries)
        if (e.id == id) return &e;
    return nullptr;
}

std::vector<double>* Scene::paramsOf(const QString& id) {
    const auto it = m_state.parameters.find(id);
    return it == m_state.parameters.end() ? nullptr : &it->second;
}

const ae::Activation* Scene::activation(const QString& id) const {
    const Entry* e = find(id);
    return e ? e->activation : nullptr;
}

bool Scene::isEnabled(const QString& id) const {
    return m_state.enabled.contains(id);
}

QStringList Scene::enabledIds() const {
    return m_state.enabled;
}

QStringList Scene::enabledWith(const QString& id, bool on) const {
    QStringList ids;
    for (const auto& e : m_entries)
        if (e.id == id ? on : m_state.enabled.contains(e.id)) ids << e.id;
    return ids;
}

void Scene::setEnabled(const QString& id, bool enabled) {
    if (!find(id) || isEnabled(id) == enabled) return;
    m_state.enabled = enabledWith(id, enabled);
    emit functionsChanged();
}

std::span<const double> Scene::parameters(const QString& id) const {
    const auto it = m_state.parameters.find(id);
    return it == m_state.parameters.end() ? std::span<const double>()
                                          : std::span<const double>(it->second);
}

double Scene::parameter(const QString& id, const QString& param) const {
    const Entry* e = find(id);
    const int i = e ? ae::paramIndex(*e->activation, param.toStdString()) : -1;
    return i < 0 ? std::nan("") : parameters(id)[std::size_t(i)];
}

bool Scene::setParameter(const QString& id, const QString& param, double value) {
    const Entry* e = find(id);
    const int i = e ? ae::paramIndex(*e->activation, param.toStdString()) : -1;
    if (i < 0) return false;
    const auto& specs = e->activation->params;
    const auto& spec = specs[std::size_t(i)];
    if (!(value >= spec.min && value <= spec.max)) return false; // also rejects NaN
    std::vector<double>& params = *paramsOf(id); // present: the function has parameters
    double& slot = params[std::size_t(i)];
    if (slot == value) return true;
    slot = value;
    // A slider dragged past its partner pushes the partner along, as a range slider does, so
    // the pair stays ordered (lower ≤ upper) without refusing the user's drag.
    for (std::size_t j = 0; j < params.size(); ++j) {
        const auto& other = specs[j];
        if (spec.notAbove == other.id && params[j] < value) params[j] = value;
        if (other.notAbove == spec.id && params[j] > value) params[j] = value;
    }
    emit parameterChanged(id);
    return true;
}

void Scene::resetParameters() {
    // By index, with the id copied: a listener may add or remove functions.
    for (std::size_t k = 0; k < m_entries.size(); ++k) {
        const QString id = m_entries[k].id;
        std::vector<double>* params = paramsOf(id);
        if (!params) continue;
        auto defaults = ae::defaultParams(*m_entries[k].activation);
        if (defaults == *params) continue;
        *params = std::move(defaults);
        emit parameterChanged(id);
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
    if (xmin == m_state.xMin && xmax == m_state.xMax) return true;
    m_state.xMin = xmin;
    m_state.xMax = xmax;
    emit rangeChanged();
    return true;
}

void Scene::resetView() {
    setRange(defaultXMin, defaultXMax);
}

bool Scene::setEpsilon(double eps) {
    if (!(eps > 0.0 && eps <= 1.0)) return false;
    if (eps == m_state.epsilon) return true;
    m_state.epsilon = eps;
    emit epsilonChanged();
    return true;
}

void Scene::setDerivativePanels(bool first, bool second) {
    if (first == m_state.showFirstDerivative && second == m_state.showSecondDerivative) return;
    m_state.showFirstDerivative = first;
    m_state.showSecondDerivative = second;
    emit panelsChanged();
}

void Scene::setSelected(const QString& id) {
    if (id == m_state.selected || (!id.isEmpty() && !find(id))) return;
    m_state.selected = id;
    emit selectionChanged();
}

void Scene::setAdjusting(bool adjusting) {
    if (adjusting == m_adjusting) return;
    m_adjusting = adjusting;
    emit adjustingChanged();
}

std::optional<std::pair<double, double>> Scene::fixedYRange(int order) const {
    return order >= 0 && order < 3 ? m_state.yRanges[std::size_t(order)] : std::nullopt;
}

bool Scene::setFixedYRange(int order, double lo, double hi) {
    if (order < 0 || order > 2 || !std::isfinite(lo) || !std::isfinite(hi) || !(lo < hi))
        return false;
    auto& slot = m_state.yRanges[std::size_t(order)];
    if (slot && slot->first == lo && slot->second == hi) return true;
    slot = std::make_pair(lo, hi);
    emit yRangeChanged();
    return true;
}

void Scene::clearFixedYRange(int order) {
    if (order < 0 || order > 2 || !m_state.yRanges[std::size_t(order)]) return;
    m_state.yRanges[std::size_t(order)].reset();
    emit yRangeChanged();
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
    for (int order = 0; order < 3; ++order) {
        const auto& r = st.yRanges[std::size_t(order)];
        if (r && !(std::isfinite(r->first) && std::isfinite(r->second) && r->first < r->second))
            return tr("yRanges.%1: %2 … %3 is not a finite range with min < max")
                .arg(QLatin1String(order == 0   ? "f"
                                   : order == 1 ? "df"
                                                : "d2f"))
                .arg(num(r->first), num(r->second));
    }
    return {};
}

bool Scene::setState(const SceneState& st) {
    if (!validate(st).isEmpty()) return false;
    QStringList enabled; // in registry order, whatever the order of st.enabled
    for (const auto& e : m_entries)
        if (st.enabled.contains(e.id)) enabled << e.id;
    if (enabled != m_state.enabled) {
        m_state.enabled = std::move(enabled);
        emit functionsChanged();
    }
    // By index, with the id copied: a listener may add or remove functions.
    for (std::size_t k = 0; k < m_entries.size(); ++k) {
        const QString id = m_entries[k].id;
        const auto given = st.parameters.find(id);
        std::vector<double>* params = paramsOf(id);
        if (given == st.parameters.end() || !params || given->second == *params) continue;
        *params = given->second;
        emit parameterChanged(id);
    }
    setRange(st.xMin, st.xMax);
    setEpsilon(st.epsilon);
    setDerivativePanels(st.showFirstDerivative, st.showSecondDerivative);
    setSelected(st.selected);
    if (st.yRanges != m_state.yRanges) {
        m_state.yRanges = st.yRanges;
        emit yRangeChanged();
    }
    return true;
}

} // namespace ae
