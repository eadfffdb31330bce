#include "model/messagetext.h"

#include <QCoreApplication>

namespace ae {

QString elideForMessage(const QString& text, int maxChars) {
    if (text.size() <= maxChars) return text;
    const int keep = std::max(2, maxChars - 2) / 2;
    return QCoreApplication::translate("Messages", "%1…%2 (%3 characters)")
        .arg(text.left(keep), text.right(keep))
        .arg(text.size());
}

} // namespace ae
