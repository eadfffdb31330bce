#include "model/analysismodel.h"
#include "model/names.h"

#include "model/nobreak.h"
#include "model/propertiestext.h"
#include "model/scene.h"
#include "model/throttle.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace ae {

AnalysisModel::AnalysisModel(Scene* scene, QObject* parent)
    : QObject(parent), m_scene(scene), m_texts(new Throttle(
                                           200, [this] { emit textsChanged(); }, this)) {
    connect(this, &AnalysisModel::changed, this, &AnalysisModel::requestTexts);
    connect(scene, &Scene::parameterChanged, this, [this](const QString& id) {
        if (id == m_scene->selected())
            recompute(true);
        else
            requestTexts(); // another function's legend entry
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

void AnalysisModel::setTextsEveryFrame(bool everyFrame) {
    m_textsEveryFrame = everyFrame;
    if (!everyFrame) m_texts->request(); // end on the latest state
}

void AnalysisModel::requestTexts() {
    if (m_textsEveryFrame)
        emit textsChanged();
    else
        m_texts->request();
}

QString AnalysisModel::summary() const {
    const ae::Activation* a = m_scene->activation(m_id);
    if (!a) return tr("Select a shown function to see where its gradient vanishes.");
    const QString name = legendName(*m_scene, m_id); // with its parameters, like the legend
    // "Sigmoid saturates on both sides (soft). |f′| < 0.01 for x < −4.585 and for x > 4.585."
    return keepExpressionsTogether(tr("%1 %2. %3.")
                                       .arg(name, saturationPhrase(m_class),
                                            vanishingClause(m_intervals, m_scene->epsilon())));
}

} // namespace ae
