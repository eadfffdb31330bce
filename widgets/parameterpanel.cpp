#include "widgets/parameterpanel.h"

#include "model/names.h"
#include "model/parameteranimator.h"
#include "model/scene.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace ae {

namespace {
int decimalsFor(double step) {
    return std::clamp(static_cast<int>(std::ceil(-std::log10(step) - 1e-9)), 0, 6);
}
} // namespace

ParameterPanel::ParameterPanel(Scene* scene, QWidget* parent)
    : QWidget(parent), m_scene(scene), m_animator(new ParameterAnimator(scene, this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_boxLayout = new QVBoxLayout;
    m_boxLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_boxLayout);
    for (const QString& id : scene->functionIds())
        addFunction(id);
    addAnimationControls(layout);
    layout->addStretch(1);
    connect(scene, &Scene::parameterChanged, this, &ParameterPanel::syncFunction);
    connect(scene, &Scene::functionsChanged, this, &ParameterPanel::showShown);
    connect(scene, &Scene::functionAdded, this, [this](const QString& id) {
        addFunction(id);
        showShown();
    });
    connect(scene, &Scene::functionRemoved, this, &ParameterPanel::removeFunction);
    showShown();
    connect(m_animator, &ParameterAnimator::runningChanged, this, [this](const QString& running) {
        for (const Control& c : m_controls) {
            const QSignalBlocker block(c.play);
            c.play->setChecked(c.key == running);
            c.play->setIcon(style()->standardIcon(c.key == running ? QStyle::SP_MediaPause
                                                                   : QStyle::SP_MediaPlay));
            c.play->setText(c.key == running ? tr("Pause") : tr("Play"));
        }
    });
}

// Only the shown functions' parameters: with the whole catalogue the panel would be a wall.
void ParameterPanel::showShown() {
    for (const auto& [id, box] : m_boxes) {
        if (!m_scene->isEnabled(id)) releaseSliders(id);
        box->setVisible(m_scene->isEnabled(id));
    }
}

void ParameterPanel::releaseSliders(const QString& id) {
    // A slider that goes away while held down never sees its release: end the drag (and the
    // Scene's adjustment) here.
    for (const Control& c : m_controls)
        if (c.function == id && c.slider->isSliderDown()) c.slider->setSliderDown(false);
}

void ParameterPanel::removeFunction(const QString& id) {
    releaseSliders(id);
    std::erase_if(m_controls, [&](const Control& c) { return c.function == id; });
    for (auto it = m_boxes.begin(); it != m_boxes.end(); ++it)
        if (it->first == id) {
            delete it->second;
            m_boxes.erase(it);
            break;
        }
}

void ParameterPanel::addFunction(const QString& id) {
    {
        const ae::Activation* a = m_scene->activation(id);
        if (!a || a->params.empty()) return;
        auto* box = new QGroupBox(displayName(*a), this);
        auto* grid = new QGridLayout(box);
        int row = 0;
        for (const auto& spec : a->params) {
            const QString param = QString::fromStdString(spec.id);
            const QString key = id + QLatin1Char('.') + param;
            Control c{key,
                      id,
                      param,
                      spec.min,
                      spec.step,
                      new QSlider(Qt::Horizontal, box),
                      new QDoubleSpinBox(box),
                      new QToolButton(box)};
            c.play->setObjectName(QStringLiteral("play:") + key);
            // Icons, not ▶/⏸ glyphs: no installed font has U+23F8, which showed as a blank box.
            c.play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
            c.play->setText(tr("Play"));
            c.play->setToolButtonStyle(Qt::ToolButtonIconOnly);
            c.play->setCheckable(true);
            c.play->setToolTip(tr("Sweep %1 from %2 to %3 (touch any control to stop)")
                                   .arg(QString::fromStdString(spec.symbol))
                                   .arg(spec.min)
                                   .arg(spec.max));
            c.slider->setObjectName(QStringLiteral("slider:") + key);
            c.slider->setRange(0, toTick(c, spec.max));
            c.slider->setPageStep(std::max(1, c.slider->maximum() / 20));
            c.slider->setAccessibleName(
                tr("%1 of %2").arg(QString::fromStdString(spec.symbol), box->title()));
            c.spin->setObjectName(QStringLiteral("spin:") + key);
            c.spin->setRange(spec.min, spec.max);
            c.spin->setSingleStep(spec.step);
            c.spin->setDecimals(decimalsFor(spec.step));
            c.spin->setKeyboardTracking(false);
            c.spin->setAccessibleName(c.slider->accessibleName());
            auto* reset = new QToolButton(box);
            reset->setText(QStringLiteral("↺"));
            reset->setToolTip(tr("Reset %1 to %2")
                                  .arg(QString::fromStdString(spec.symbol))
                                  .arg(spec.defaultValue));
            auto* label = new QLabel(QString::fromStdString(spec.symbol), box);
            label->setToolTip(QString::fromStdString(spec.description));
            label->setBuddy(c.spin);
            grid->addWidget(label, row, 0);
            grid->addWidget(c.slider, row, 1);
            grid->addWidget(c.spin, row, 2);
            grid->addWidget(reset, row, 3);
            grid->addWidget(c.play, row, 4);
            // The handlers carry their own copies: m_controls shrinks when a function leaves.
            connect(c.play, &QToolButton::clicked, this, [this, id, param](bool on) {
                if (on)
                    m_animator->start(id, param);
                else
                    m_animator->stop();
            });
            ++row;

            const double min = spec.min, step = spec.step, def = spec.defaultValue;
            connect(c.slider, &QSlider::valueChanged, this, [this, id, param, min, step](int tick) {
                m_scene->setParameter(id, param, min + tick * step);
            });
            // A slider held down is one continuous change: the plot keeps its axes still.
            connect(c.slider, &QSlider::sliderPressed, m_scene,
                    [this] { m_scene->setAdjusting(true); });
            connect(c.slider, &QSlider::sliderReleased, m_scene,
                    [this] { m_scene->setAdjusting(false); });
            connect(c.spin, &QDoubleSpinBox::valueChanged, this,
                    [this, id, param](double v) { m_scene->setParameter(id, param, v); });
            connect(reset, &QToolButton::clicked, this,
                    [this, id, param, def] { m_scene->setParameter(id, param, def); });
            m_controls.push_back(c);
        }
        m_boxLayout->addWidget(box);
        m_boxes.emplace_back(id, box);
        syncFunction(id);
    }
}

void ParameterPanel::addAnimationControls(QVBoxLayout* layout) {
    auto* row = new QHBoxLayout;
    auto* speed = new QDoubleSpinBox(this);
    speed->setObjectName(QStringLiteral("sweepSeconds"));
    speed->setRange(0.5, 60);
    speed->setDecimals(1);
    speed->setSingleStep(0.5);
    speed->setSuffix(tr(" s"));
    speed->setValue(m_animator->sweepSeconds());
    speed->setToolTip(tr("Time for one sweep from a parameter's minimum to its maximum"));
    auto* mode = new QComboBox(this);
    mode->setObjectName(QStringLiteral("sweepMode"));
    mode->addItem(tr("Bounce"), int(ParameterAnimator::Mode::Bounce));
    mode->addItem(tr("Loop"), int(ParameterAnimator::Mode::Loop));
    row->addWidget(new QLabel(tr("Sweep:"), this));
    row->addWidget(speed);
    row->addWidget(mode);
    layout->addLayout(row);
    connect(speed, &QDoubleSpinBox::valueChanged, m_animator, &ParameterAnimator::setSweepSeconds);
    connect(mode, &QComboBox::currentIndexChanged, this, [this, mode] {
        m_animator->setMode(ParameterAnimator::Mode(mode->currentData().toInt()));
    });
}

const ParameterPanel::Control* ParameterPanel::control(const QString& key) const {
    for (const Control& c : m_controls)
        if (c.key == key) return &c;
    return nullptr;
}

QToolButton* ParameterPanel::playButton(const QString& key) const {
    const Control* c = control(key);
    return c ? c->play : nullptr;
}

int ParameterPanel::toTick(const Control& c, double v) {
    return static_cast<int>(std::lround((v - c.min) / c.step));
}

QSlider* ParameterPanel::slider(const QString& key) const {
    const Control* c = control(key);
    return c ? c->slider : nullptr;
}

QDoubleSpinBox* ParameterPanel::spinBox(const QString& key) const {
    const Control* c = control(key);
    return c ? c->spin : nullptr;
}

void ParameterPanel::syncFunction(const QString& id) {
    for (const Control& c : std::as_const(m_controls)) {
        if (c.function != id) continue;
        const double v = m_scene->parameter(id, c.param);
        const QSignalBlocker b1(c.slider), b2(c.spin);
        c.slider->setValue(toTick(c, v));
        c.spin->setValue(v);
    }
}

} // namespace ae
