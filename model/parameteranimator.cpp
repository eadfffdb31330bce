#include "model/parameteranimator.h"

#include "model/scene.h"

#include <cmath>

namespace ae {

ParameterAnimator::ParameterAnimator(Scene* scene, QObject* parent)
    : QObject(parent), m_scene(scene) {
    m_timer.setInterval(33); // ~30 frames a second: smooth on a projector, light on two cores
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const double dt = m_clock.restart() / 1000.0;
        advance(std::min(dt, 0.2)); // after a stall, don't jump across the range
    });
    auto touched = [this] {
        if (!m_writing) stop();
    };
    // Touching anything else stops the sweep (a function that leaves takes its sweep with it).
    connect(scene, &Scene::changed, this, touched);
}

QString ParameterAnimator::runningKey() const {
    return isRunning() ? m_function + QLatin1Char('.') + m_param : QString();
}

void ParameterAnimator::start(const QString& function, const QString& param) {
    const ae::Activation* a = m_scene->activation(function);
    const int i = a ? ae::paramIndex(*a, param.toStdString()) : -1;
    if (i < 0) return;
    const auto& spec = a->params[std::size_t(i)];
    m_function = function;
    m_param = param;
    // Start from where the parameter is, so pressing play doesn't jump.
    const double span = spec.max - spec.min;
    m_phase = span > 0 ? (m_scene->parameter(function, param) - spec.min) / span : 0.0;
    m_clock.start();
    m_timer.start();
    m_scene->setAdjusting(true); // one continuous change until it stops
    emit runningChanged(runningKey());
}

void ParameterAnimator::stop() {
    if (!isRunning()) return;
    m_timer.stop();
    m_function.clear();
    m_param.clear();
    m_scene->setAdjusting(false);
    emit runningChanged(QString());
}

void ParameterAnimator::setSweepSeconds(double seconds) {
    m_sweepSeconds = std::clamp(seconds, 0.5, 60.0);
}

void ParameterAnimator::advance(double dt) {
    const ae::Activation* a = m_scene->activation(m_function);
    const int i = a ? ae::paramIndex(*a, m_param.toStdString()) : -1;
    if (i < 0 || !(dt > 0)) return;
    const auto& spec = a->params[std::size_t(i)];
    const double period = m_mode == Mode::Bounce ? 2.0 : 1.0;
    m_phase = std::fmod(m_phase + dt / m_sweepSeconds, period);
    const double t = m_phase <= 1.0 ? m_phase : 2.0 - m_phase;
    // On the parameter's own step grid, as the slider would set it.
    const double raw = spec.min + t * (spec.max - spec.min);
    const double v = std::clamp(spec.min + std::round((raw - spec.min) / spec.step) * spec.step,
                                spec.min, spec.max);
    m_writing = true;
    m_scene->setParameter(m_function, m_param, v);
    m_writing = false;
}

} // namespace ae
