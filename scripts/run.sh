#!/usr/bin/env bash
# Installs missing Debian packages, builds, and starts Activation Explorer.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
ae_install_packages
ae_build
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "Activation Explorer is built ($AE_BUILD/app/activation-explorer), but there is no display" >&2
  echo "to open its window on: neither DISPLAY nor WAYLAND_DISPLAY is set." >&2
  echo "Run this on a desktop session, over 'ssh -X', or under a virtual display:" >&2
  echo "  xvfb-run -a scripts/run.sh" >&2
  exit 3
fi
exec "$AE_BUILD/app/activation-explorer" "$@"
