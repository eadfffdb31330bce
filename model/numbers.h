// Every number the app shows a person — panels, legend, labels, hover box, spin boxes, messages —
// goes through here, so all of them read alike: the Unicode minus (−), no "−0", no group
// separators, exponents as "1e−6" (no "+", no leading zeros), ±∞ and NaN spelled out.
#pragma once

#include <QLocale>
#include <QString>

namespace ae {

// Up to `significant` significant digits ('g'): "0.25", "1.5e−7".
QString formatNumber(double v, int significant = 5, const QLocale& locale = QLocale());
// A fixed number of decimals ('f'): band edges, "−4.585".
QString formatFixed(double v, int decimals, const QLocale& locale = QLocale());
// The shortest text that reads back as the same double: 0.2, not 0.20000000000000001 (spin
// boxes, and values quoted back in messages). Always C-locale digits, so it can be typed back.
QString formatExact(double v);
// Elapsed or remaining time as a clock: "0:07", "12:34", "1:02:03" (progress lines, ETA).
QString formatClock(double seconds);

} // namespace ae
