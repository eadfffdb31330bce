#!/usr/bin/env bash
# Installs missing Debian packages, builds, and starts Activation Explorer. Without a display it
# exports the default figure instead, through the same command line a script would use.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
ae_install_packages
ae_build
app="$AE_BUILD/app/activation-explorer"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  out="$PWD/activation-explorer-figure.png"
  echo "No display (DISPLAY and WAYLAND_DISPLAY are unset), so no window can open."
  if "$app" --export "$out" "$@"; then
    echo "Exported the default figure instead: $out"
    echo "On a desktop, scripts/run.sh opens the window; 'xvfb-run -a scripts/run.sh' works too."
    exit 0
  fi
  echo "error: exporting the default figure failed." >&2
  exit 1
fi
exec "$app" "$@"
