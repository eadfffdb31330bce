#include "widgets/viewcontrols.h"

#include "model/scene.h"
#include "widgets/numberspinbox.h"

#include <cmath>
#include <limits>

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>

namespace ae {

ViewControls::ViewControls(Scene* scene, QWidget* parent) : QWidget(parent), m_scene(scene) {
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);

    auto* epsilon = new NumberSpinBox(this);
    epsilon->setStepFactor(std::pow(10.0, 0.25)); // four steps a decade: 0.01, 0.0178, 0.0316…
    m_epsilon = epsilon;
    m_epsilon->setObjectName(QStringLiteral("epsilon"));
    m_epsilon->setRange(std::numeric_limits<double>::denorm_min(), 1.0); // as Scene accepts
    m_epsilon->setKeyboardTracking(false);
    m_epsilon->setToolTip(tr("The gradient counts as vanished where |f′(x)| < ε"));
    form->addRow(tr("ε (vanishing gradient):"), m_epsilon);

    auto makeX = [this](const char* name) {
        auto* box = new NumberSpinBox(this);
        box->setDisplayDigits(6);
        box->setObjectName(QLatin1String(name));
        box->setRange(-Scene::maxAbsX, Scene::maxAbsX);
        box->setKeyboardTracking(false);
        return box;
    };
    m_xMin = makeX("xMin");
    m_xMax = makeX("xMax");
    auto* range = new QHBoxLayout;
    range->addWidget(m_xMin);
    range->addWidget(new QLabel(QStringLiteral("…"), this));
    range->addWidget(m_xMax);
    form->addRow(tr("x range:"), range);

    m_d1 = new QCheckBox(tr("Show f′(x) panel"), this);
    m_d2 = new QCheckBox(tr("Show f″(x) panel"), this);
    form->addRow(m_d1);
    form->addRow(m_d2);

    m_reset = new QPushButton(tr("Reset view"), this);
    m_reset->setToolTip(tr("Back to x from −8 to 8 (also: double-click the plot)"));
    form->addRow(m_reset);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #B00020"));
    m_message->hide();
    form->addRow(m_message);

    syncFromScene();

    connect(m_epsilon, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { m_scene->setEpsilon(v); });
    connect(m_xMin, &QDoubleSpinBox::valueChanged, this, &ViewControls::applyRange);
    connect(m_xMax, &QDoubleSpinBox::valueChanged, this, &ViewControls::applyRange);
    auto panels = [this] { m_scene->setDerivativePanels(m_d1->isChecked(), m_d2->isChecked()); };
    connect(m_d1, &QCheckBox::toggled, this, panels);
    connect(m_d2, &QCheckBox::toggled, this, panels);
    connect(m_reset, &QPushButton::clicked, scene, &Scene::resetView);

    connect(scene, &Scene::rangeChanged, this, &ViewControls::syncFromScene);
    connect(scene, &Scene::epsilonChanged, this, &ViewControls::syncFromScene);
    connect(scene, &Scene::panelsChanged, this, &ViewControls::syncFromScene);
}

void ViewControls::applyRange() {
    const double lo = m_xMin->value(), hi = m_xMax->value();
    if (m_scene->setRange(lo, hi)) {
        m_message->hide();
        return;
    }
    m_message->setText(
        lo >= hi
            ? tr("x range: the minimum (%1) must be less than the maximum (%2).").arg(lo).arg(hi)
            : tr("x range %1 … %2 is too narrow to plot.").arg(lo).arg(hi));
    m_message->show();
}

void ViewControls::syncFromScene() {
    const QSignalBlocker b1(m_epsilon), b2(m_xMin), b3(m_xMax), b4(m_d1), b5(m_d2);
    m_epsilon->setValue(m_scene->epsilon());
    m_xMin->setValue(m_scene->xMin());
    m_xMax->setValue(m_scene->xMax());
    m_message->hide();
    m_d1->setChecked(m_scene->showFirstDerivative());
    m_d2->setChecked(m_scene->showSecondDerivative());
}

} // namespace ae
