// A spin box for numbers as the rest of the app writes them: shortest form (0.01, 1e−6, −8), the
// Unicode minus, any magnitude a double holds. Used for ε and the x-range, whose values come from
// scene files and the command line as often as from the box, so the box must show them as they are.
#pragma once

#include <QDoubleSpinBox>

namespace ae {

class NumberSpinBox : public QDoubleSpinBox {
    Q_OBJECT
  public:
    explicit NumberSpinBox(QWidget* parent = nullptr);

    // Arrow keys and the wheel multiply or divide by this factor instead of adding a step:
    // ε spans many orders of magnitude (0 = add singleStep as usual).
    void setStepFactor(double factor) { m_factor = factor; }
    // Significant digits shown (0: the shortest exact form). The x-range after a wheel zoom is an
    // arbitrary double; six digits say where the view is without a wall of digits.
    void setDisplayDigits(int digits) { m_digits = digits; }

    QString textFromValue(double value) const override;
    double valueFromText(const QString& text) const override;
    QValidator::State validate(QString& text, int& pos) const override;
    void stepBy(int steps) override;

  private:
    double m_factor = 0;
    int m_digits = 0;
};

} // namespace ae
