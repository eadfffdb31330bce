// ViewControls: the side panel's view settings — ε, x-range, which derivative panels to show,
// Reset view. Writes to the Scene and follows it back; an invalid range is refused with a
// message naming the problem, and the fields return to the Scene's range.
#pragma once

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace ae {

class Scene;

class ViewControls : public QWidget {
    Q_OBJECT
  public:
    explicit ViewControls(Scene* scene, QWidget* parent = nullptr);

    QDoubleSpinBox* epsilonBox() const { return m_epsilon; }
    QDoubleSpinBox* xMinBox() const { return m_xMin; }
    QDoubleSpinBox* xMaxBox() const { return m_xMax; }
    QCheckBox* firstDerivativeBox() const { return m_d1; }
    QCheckBox* secondDerivativeBox() const { return m_d2; }
    QLabel* messageLabel() const { return m_message; }

  private:
    void applyRange();
    void syncFromScene();

    Scene* m_scene;
    QDoubleSpinBox* m_epsilon;
    QDoubleSpinBox* m_xMin;
    QDoubleSpinBox* m_xMax;
    QCheckBox* m_d1;
    QCheckBox* m_d2;
    QPushButton* m_reset;
    QLabel* m_message;
};

} // namespace ae
