# Shared by run.sh and test.sh: install what is missing from Debian, then configure and build.
# Sourced, not run.

AE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
AE_BUILD="${AE_BUILD_DIR:-$AE_ROOT/build}"

# Debian 12 packages the build, the tests and the app need (qt6-tools-dev: CMake's LinguistTools,
# qt6-l10n-tools: lrelease for the embedded translations).
AE_PACKAGES=(
  cmake g++ make pkg-config
  qt6-base-dev qt6-svg-dev libqt6svg6 qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
  libqcustomplot-dev nlohmann-json3-dev libeigen3-dev zlib1g-dev
  libgl-dev
  fonts-dejavu-core fonts-noto-cjk qt6-translations-l10n
  poppler-utils
)

# The safety nets (scripts/safety.sh) also need clang with its sanitizer runtimes and libFuzzer.
AE_SAFETY_PACKAGES=(clang libclang-rt-14-dev libfuzzer-14-dev)

# Installs the packages named as arguments (default: AE_PACKAGES) that are missing.
ae_install_packages() {
  local wanted=("$@")
  [ ${#wanted[@]} -eq 0 ] && wanted=("${AE_PACKAGES[@]}")
  local missing=()
  for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    echo "== All Debian packages present."
    return 0
  fi
  echo "== Installing missing Debian packages: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
      echo "error: packages missing (${missing[*]}) and not root, and sudo is not available." >&2
      return 1
    fi
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Configures and builds in $AE_BUILD; extra arguments go to CMake. CI (CI=true) makes warnings
# errors; packagers and developers get them as warnings.
ae_build() {
  echo "== Configuring and building in $AE_BUILD"
  local werror=OFF
  [ "${CI:-}" = "true" ] && werror=ON
  local launcher=()
  # ccache where installed; relative to the checkout, so another clone reuses the same cache.
  if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    export CCACHE_BASEDIR="$AE_ROOT"
  fi
  cmake -S "$AE_ROOT" -B "$AE_BUILD" -DCMAKE_BUILD_TYPE="${AE_BUILD_TYPE:-RelWithDebInfo}" \
    -DAE_WERROR="${AE_WERROR:-$werror}" "${launcher[@]}" "$@" >/dev/null
  cmake --build "$AE_BUILD" -j"$(nproc)"
}
