// The names of the plot themes, as scene files, settings and --theme spell them. The model
// validates them; plot/theme.cpp gives each its colours (tst_scene checks that both agree).
#pragma once

#include <QStringList>

namespace ae {

QStringList themeIds(); // "light", "dark", "print"
bool isThemeId(const QString& id);

} // namespace ae
