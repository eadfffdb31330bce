#include "nobreak.h"

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
            if (insideBars) out += QChar(0x2060); // word joiner: no break after an opening bar
        }
    }
    return out;
}
