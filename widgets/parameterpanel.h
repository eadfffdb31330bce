// ParameterPanel: one slider + spin box pair per catalogue parameter, generated from the
// ParamSpecs (no knowledge of particular functions). Both write to the Scene; the Scene's
// parameterChanged brings the pair back in step, with signals blocked so nothing loops.
#pragma once

#include <QWidget>

#include <utility>
#include <vector>

class QDoubleSpinBox;
class QSlider;
class QToolButton;

class QGroupBox;
class QVBoxLayout;

namespace ae {

class ParameterAnimator;
class Scene;

class ParameterPanel : public QWidget {
    Q_OBJECT
  public:
    explicit ParameterPanel(Scene* scene, QWidget* parent = nullptr);

    // Controls by "<function>.<param>", e.g. "swish.beta"; null if there is no such parameter.
    QSlider* slider(const QString& key) const;
    QDoubleSpinBox* spinBox(const QString& key) const;
    QToolButton* playButton(const QString& key) const;
    ParameterAnimator* animator() const { return m_animator; }

  private:
    struct Control {
        QString key; // "<function>.<param>"
        QString function;
        QString param;
        double min;
        double step;
        QSlider* slider;
        QDoubleSpinBox* spin;
        QToolButton* play;
    };
    void addFunction(const QString& id); // its box, when it has parameters
    void releaseSliders(const QString& id);
    void removeFunction(const QString& id);
    void showShown();
    void syncFunction(const QString& id);
    static int toTick(const Control& c, double v);

    void addAnimationControls(QVBoxLayout* layout);

    Scene* m_scene;
    ParameterAnimator* m_animator;
    QVBoxLayout* m_boxLayout;
    const Control* control(const QString& key) const;

    // Vectors, not QHash: the slider path must not hash QStrings (see core/cpustate.h).
    std::vector<Control> m_controls;
    std::vector<std::pair<QString, QGroupBox*>> m_boxes;
};

} // namespace ae
