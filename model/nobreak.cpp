#include "model/nobreak.h"

namespace ae {

namespace {
bool isOperator(QChar c) {
    static const QString ops = QStringLiteral("<>=≈≤≥≠→∈∪×+−±·/");
    return ops.contains(c);
}
} // namespace

QString keepExpressionsTogether(const QString& text) {
    QString out;
    out.reserve(text.size() + 8);
    bool insideBars = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char(' ')) {
            const bool before = i > 0 && isOperator(text[i - 1]);
            const bool after = i + 1 < text.size() && isOperator(text[i + 1]);
            out += before || after ? QChar(0x00A0) : c;
            continue;
        }
        out += c;
        if (c == QLatin1Char('|')) {
            insideBars = !insideBars;
            // Word joiner: "|" allows a break after it (line-break class BA), even before a
            // no-break space, so "|f′|" would part from "< 0.01" without one after each bar.
            const bool spaceNext = i + 1 < text.size() && text[i + 1] == QLatin1Char(' ');
            if (insideBars || spaceNext) out += QChar(0x2060);
        }
    }
    return out;
}

} // namespace ae
