// SaturationModel: the saturation analysis of the Scene's selected function, computed once per
// change (parameters of that function, ε, range, selection) and read by the plot overlay and
// the side panel's sentence.
#pragma once

#include "saturation.h"

#include <QObject>
#include <QString>

#include <vector>

class Scene;

class SaturationModel : public QObject {
    Q_OBJECT
public:
    explicit SaturationModel(Scene* scene, QObject* parent = nullptr);

    QString functionId() const { return m_id; } // empty when nothing is selected or shown
    const ae::SaturationClass& saturationClass() const { return m_class; }
    const std::vector<ae::VanishingInterval>& intervals() const { return m_intervals; }

    // The analysis in one translated sentence, e.g. "Sigmoid: saturates on both sides (soft);
    // |f′| < 0.01 for x < −4.585 and x > 4.585".
    QString summary() const;

signals:
    void changed();

private:
    void recompute();
    static QString joinWithAnd(const QStringList& parts);

    Scene* m_scene;
    QString m_id;
    ae::SaturationClass m_class;
    std::vector<ae::VanishingInterval> m_intervals;
};

// "x ≈ −4.585": boundary numbers as the UI prints them (Unicode minus, 4 significant decimals).
QString formatX(double x);
