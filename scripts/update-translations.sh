#!/usr/bin/env bash
# Re-extracts every tr() string from the Qt floors, app/ and core/family.cpp into the Chinese catalogue and fills in the
# translations kept in scripts/translations_zh_CN.py. Run after changing user-visible text.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# -I .: includes name their folder ("widgets/mainwindow.h"); without it lupdate cannot find the class
# declarations, misses namespace ae, and writes contexts ("MainWindow") the app never looks up
# ("ae::MainWindow"), so the window showed in English.
/usr/lib/qt6/bin/lupdate -no-obsolete -locations none -I . model plot widgets depthlab cli app core/family.cpp -ts resources/translations/activation-explorer_zh_CN.ts
python3 scripts/translations_zh_CN.py
