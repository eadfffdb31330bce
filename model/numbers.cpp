#include "model/numbers.h"

#include "core/csv.h"

#include <cmath>

namespace ae {

namespace {
// The one place the look of a number is decided.
QString tidy(QString s) {
    // 'g' writes two exponent digits at least: "1e+06", "1e-07".
    s.replace(QLatin1String("e+"), QLatin1String("e"))
        .replace(QLatin1String("e0"), QLatin1String("e"))
        .replace(QLatin1String("e-0"), QLatin1String("e-"));
    s.replace(QLatin1Char('-'), QChar(0x2212));
    return s;
}

QString special(double v) {
    if (std::isinf(v)) return v > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    return QStringLiteral("NaN");
}

QLocale plain(QLocale locale) {
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale;
}
} // namespace

QString formatNumber(double v, int significant, const QLocale& locale) {
    if (!std::isfinite(v)) return special(v);
    if (v == 0) v = 0; // no "−0"
    return tidy(plain(locale).toString(v, 'g', significant));
}

QString formatFixed(double v, int decimals, const QLocale& locale) {
    if (!std::isfinite(v)) return special(v);
    if (v == 0) v = 0; // no "−0"
    return tidy(plain(locale).toString(v, 'f', decimals));
}

QString formatExact(double v) {
    if (!std::isfinite(v)) return special(v);
    if (v == 0) v = 0;
    return tidy(QString::fromStdString(ae::formatShortest(v)));
}

QString formatClock(double seconds) {
    const long s = seconds > 0 && seconds < 1e12 ? long(seconds + 0.5) : 0;
    return s >= 3600 ? QStringLiteral("%1:%2:%3")
                           .arg(s / 3600)
                           .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
                           .arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace ae
