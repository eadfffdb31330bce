// Writing user files without ever losing what was there: the bytes go to a temporary file beside
// the target (QSaveFile), every write's count is checked, and only a complete file replaces it.
#pragma once

#include <QByteArray>
#include <QString>

// Returns false with a message naming the file and the cause; the target is then untouched.
bool writeFileAtomically(const QString& path, const QByteArray& data, QString* error);
