// Text for error messages: whatever the user typed or a file held is quoted in a message, but a
// 100 KB argument must not flood the terminal or a dialog, so it is shortened first.
#pragma once

#include <QString>

namespace ae {

// At most maxChars characters: longer text keeps its start and end around "…" and says how long
// it was, so the user can still recognise it.
QString elideForMessage(const QString& text, int maxChars = 60);

} // namespace ae
