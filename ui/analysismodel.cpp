#include "analysismodel.h"

#include "nobreak.h"
#include "plotlayers.h"
#include "propertiestext.h"
#include "scene.h"
#include "throttle.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

AnalysisModel::AnalysisModel(Scene* scene, QObject* parent)
    : QObject(parent), m_scene(scene), m_texts(new Throttle(
                                           200, [this] { emit textsChanged(); }, this)) {
    connect(this, &AnalysisModel::changed, m_texts, &Throttle::request);
    connect(scene, &Scene::parameterChanged, this, [this](const QString& id) {
        if (id == m_scene->selected())
            recompute(true);
        else
            m_texts->request(); // another function's legend entry
    });
    connect(scene, &Scene::selectionChanged, this, [this] { recompute(true); });
    connect(scene, &Scene::functionsChanged, this, [this] { recompute(true); });
    connect(scene, &Scene::epsilonChanged, this, [this] { recompute(false); });
    connect(scene, &Scene::rangeChanged, this, [this] { recompute(false); });
    recompute(true);
}

void AnalysisModel::recompute(bool properties) {
    const QString id = m_scene->selected();
    const ae::Activation* a = m_scene->activation(id);
    const bool shown = a && m_scene->isEnabled(id);
    m_intervals.clear();
    if (!shown) {
        m_id.clear();
        m_class = {};
        m_properties = {};
    } else {
        const auto p = m_scene->parameters(id);
        if (properties || id != m_id) {
            m_properties = ae::analyseProperties(*a, p);
            m_class = m_properties.saturation;
        }
        m_id = id;
        m_intervals =
            ae::vanishingIntervals(*a, p, m_scene->xMin(), m_scene->xMax(), m_scene->epsilon());
    }
    emit changed();
}

QString formatX(double x) {
    QString s = QLocale().toString(x, 'f', 3);
    if (s.startsWith(QLatin1Char('-'))) s.replace(0, 1, QChar(0x2212));
    return s;
}

QString AnalysisModel::joinWithAnd(const QStringList& parts) {
    if (parts.size() < 2) return parts.join(QString());
    return tr("%1 and %2").arg(parts.mid(0, parts.size() - 1).join(tr(", ")), parts.last());
}

QString AnalysisModel::summary() const {
    const ae::Activation* a = m_scene->activation(m_id);
    if (!a) return tr("Select a shown function to see where its gradient vanishes.");
    const QString name = legendName(*m_scene, m_id); // with its parameters, like the legend
    const QString what = saturationPhrase(m_class);
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
            parts << tr("%1 < x < %2 (around a stationary point)")
                         .arg(formatX(iv.lo), formatX(iv.hi));
    }
    const QString eps = QLocale().toString(m_scene->epsilon(), 'g', 4);
    QString where = parts.isEmpty() ? tr("|f′| ≥ %1 everywhere in view").arg(eps)
                                    : tr("|f′| < %1 for %2").arg(eps, joinWithAnd(parts));
    return keepExpressionsTogether(tr("%1: %2; %3").arg(name, what, where));
}
