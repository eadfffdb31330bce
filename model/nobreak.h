// Keeps mathematical expressions on one line when a side text wraps: the spaces around a
// relation or operator ("x > 1.818", "|f′| < 0.01", "−4.585 < x < 4.585") become no-break
// spaces, and a word joiner after an opening "|" stops a break inside "|f′|" (U+007C allows one
// after it). Both characters are in DejaVu Sans, the app's font.
#pragma once

#include <QString>

namespace ae {

QString keepExpressionsTogether(const QString& text);

} // namespace ae
