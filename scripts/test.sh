#!/usr/bin/env bash
# Installs missing Debian packages, builds, and runs every test (offscreen, no display needed).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
ae_install_packages
ae_build
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
ctest --test-dir "$AE_BUILD" --output-on-failure -j"$(nproc)"
