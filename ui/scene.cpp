#include "scene.h"

#include <cmath>

Scene::Scene(QObject* parent) : QObject(parent) {
    for (const auto& a : ae::catalogue())
        m_entries.push_back({&a, a.family == "article", ae::defaultParams(a)});
    m_selected = QStringLiteral("sigmoid");
}

QStringList Scene::functionIds() const {
    QStringList ids;
    for (const auto& e : m_entries) ids << QString::fromStdString(e.activation->id);
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

bool Scene::setRange(double xmin, double xmax) {
    if (!std::isfinite(xmin) || !std::isfinite(xmax) || !(xmin < xmax) ||
        std::fabs(xmin) > maxAbsX || std::fabs(xmax) > maxAbsX)
        return false;
    // A span below ~1e-9 leaves fewer distinct doubles than pixels near |x| ~ 1e6.
    if (xmax - xmin < 1e-9 * std::fmax(1.0, std::fmax(std::fabs(xmin), std::fabs(xmax))))
        return false;
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
