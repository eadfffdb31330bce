#include "saturationmodel.h"

#include "scene.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

SaturationModel::SaturationModel(Scene* scene, QObject* parent)
    : QObject(parent), m_scene(scene) {
    connect(scene, &Scene::parameterChanged, this, [this](const QString& id) {
        if (id == m_scene->selected()) recompute();
    });
    connect(scene, &Scene::selectionChanged, this, &SaturationModel::recompute);
    connect(scene, &Scene::functionsChanged, this, &SaturationModel::recompute);
    connect(scene, &Scene::epsilonChanged, this, &SaturationModel::recompute);
    connect(scene, &Scene::rangeChanged, this, &SaturationModel::recompute);
    recompute();
}

void SaturationModel::recompute() {
    const QString id = m_scene->selected();
    const ae::Activation* a = m_scene->activation(id);
    m_intervals.clear();
    m_class = {};
    m_id.clear();
    if (a && m_scene->isEnabled(id)) {
        const auto p = m_scene->parameters(id);
        m_id = id;
        m_class = ae::classifySaturation(*a, p);
        m_intervals = ae::vanishingIntervals(*a, p, m_scene->xMin(), m_scene->xMax(),
                                             m_scene->epsilon());
    }
    emit changed();
}

QString formatX(double x) {
    QString s = QLocale().toString(x, 'f', 3);
    if (s.startsWith(QLatin1Char('-'))) s.replace(0, 1, QChar(0x2212));
    return s;
}

QString SaturationModel::joinWithAnd(const QStringList& parts) {
    if (parts.size() < 2) return parts.join(QString());
    return tr("%1 and %2").arg(parts.mid(0, parts.size() - 1).join(tr(", ")), parts.last());
}

QString SaturationModel::summary() const {
    const ae::Activation* a = m_scene->activation(m_id);
    if (!a) return tr("Select a shown function to see where its gradient vanishes.");
    const QString name = QCoreApplication::translate("Activation", a->name.c_str());
    using ae::Saturation;
    const Saturation l = m_class.left, r = m_class.right;
    auto kind = [](Saturation s) { return s == Saturation::Hard ? tr("hard") : tr("soft"); };
    QString what;
    if (l == Saturation::None && r == Saturation::None)
        what = tr("does not saturate");
    else if (l != Saturation::None && r != Saturation::None)
        what = l == r ? tr("saturates on both sides (%1)").arg(kind(l))
                      : tr("saturates on both sides (left %1, right %2)").arg(kind(l), kind(r));
    else if (l != Saturation::None)
        what = tr("saturates on the left (%1)").arg(kind(l));
    else
        what = tr("saturates on the right (%1)").arg(kind(r));

    QStringList parts;
    for (const auto& iv : m_intervals) {
        if (iv.clippedLeft && iv.clippedRight)
            parts << tr("everywhere in view");
        else if (iv.clippedLeft)
            parts << tr("x < %1").arg(formatX(iv.hi));
        else if (iv.clippedRight)
            parts << tr("x > %1").arg(formatX(iv.lo));
        else if (iv.tail)
            parts << tr("%1 < x < %2").arg(formatX(iv.lo), formatX(iv.hi));
        else
            parts << tr("%1 < x < %2 (around a stationary point)").arg(formatX(iv.lo), formatX(iv.hi));
    }
    const QString eps = QLocale().toString(m_scene->epsilon(), 'g', 4);
    QString where = parts.isEmpty()
                        ? tr("|f′| ≥ %1 everywhere in view").arg(eps)
                        : tr("|f′| < %1 for %2").arg(eps, joinWithAnd(parts));
    return tr("%1: %2; %3").arg(name, what, where);
}
