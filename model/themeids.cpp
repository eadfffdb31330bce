#include "model/themeids.h"

namespace ae {

QStringList themeIds() {
    return {QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("print")};
}

bool isThemeId(const QString& id) {
    return themeIds().contains(id);
}

} // namespace ae
