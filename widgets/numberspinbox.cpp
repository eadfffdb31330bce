#include "widgets/numberspinbox.h"

#include "core/csv.h"
#include "model/numbers.h"

#include <cmath>

namespace ae {

namespace {
QString normalised(QString text) {
    return text.trimmed().replace(QChar(0x2212), QLatin1Char('-'));
}
} // namespace

NumberSpinBox::NumberSpinBox(QWidget* parent) : QDoubleSpinBox(parent) {
    setDecimals(323); // the most Qt allows: no rounding of what a scene file or the CLI set
}

QString NumberSpinBox::textFromValue(double value) const {
    // C-locale digits: what is shown can be typed back (valueFromText reads the C locale).
    return m_digits > 0 ? formatNumber(value, m_digits, QLocale::c()) : formatExact(value);
}

double NumberSpinBox::valueFromText(const QString& text) const {
    double v = 0;
    return ae::parseNumber(normalised(text).toStdString(), v) ? v : value();
}

QValidator::State NumberSpinBox::validate(QString& text, int&) const {
    const QString t = normalised(text);
    double v = 0;
    if (ae::parseNumber(t.toStdString(), v) && std::isfinite(v))
        return v >= minimum() && v <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
    // Part of a number on its way ("-", "1e", "0.") is fine while typing.
    static const QString partial = QStringLiteral("+-0123456789.eE");
    for (const QChar c : t)
        if (!partial.contains(c)) return QValidator::Invalid;
    return QValidator::Intermediate;
}

void NumberSpinBox::stepBy(int steps) {
    if (m_factor <= 1 || value() <= 0) {
        QDoubleSpinBox::stepBy(steps);
        return;
    }
    setValue(std::clamp(value() * std::pow(m_factor, steps), minimum(), maximum()));
    selectAll();
}

} // namespace ae
