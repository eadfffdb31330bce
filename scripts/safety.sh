#!/usr/bin/env bash
# The safety nets CI runs after scripts/test.sh: every test again under AddressSanitizer +
# UndefinedBehaviorSanitizer (clang, build-sanitize/), then each libFuzzer target for a bounded
# time on its seed corpus. Any sanitizer report or fuzzer crash fails the run.
#   AE_FUZZ_SECONDS=60 (per target)   AE_RANDOM_SAMPLES (the random-doubles test's count)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
ae_install_packages "${AE_PACKAGES[@]}" "${AE_SAFETY_PACKAGES[@]}"

AE_BUILD="${AE_SANITIZE_BUILD_DIR:-$AE_ROOT/build-sanitize}"
# fuzzer-no-link: coverage feedback from our libraries for the fuzz targets; the tests ignore it.
SAN_FLAGS="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
CC=clang CXX=clang++ AE_WERROR=OFF AE_BUILD_TYPE=RelWithDebInfo ae_build \
  -DAE_FUZZ=ON \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_CXX_FLAGS="$SAN_FLAGS -fsanitize=fuzzer-no-link" \
  -DCMAKE_EXE_LINKER_FLAGS="$SAN_FLAGS"

export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
# halt_on_error: the first report fails its test; detect_leaks: Qt's global caches are not ours,
# so leaks are reported only for the fuzz targets below, where each input is checked.
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=0:strict_string_checks=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export AE_RANDOM_SAMPLES="${AE_RANDOM_SAMPLES:-200000}"
echo "== Every test under ASan + UBSan"
ctest --test-dir "$AE_BUILD" --output-on-failure -j"$(nproc)" --timeout 1800

seconds="${AE_FUZZ_SECONDS:-60}"
for target in fuzz_scenefile fuzz_commandline; do
  corpus="$(mktemp -d)"
  seeds="$AE_ROOT/tests/fuzz/corpus/${target#fuzz_}"
  [ "$target" = fuzz_scenefile ] && seeds="$AE_ROOT/tests/fuzz/corpus/scene"
  [ "$target" = fuzz_commandline ] && seeds="$AE_ROOT/tests/fuzz/corpus/cli"
  echo "== $target for ${seconds}s (seeds: ${seeds#$AE_ROOT/})"
  log="$(mktemp)"
  # New inputs go to a scratch corpus; crashes to artifacts in the build folder.
  if ! (cd "$AE_BUILD" && "$AE_BUILD/tests/fuzz/$target" -max_total_time="$seconds" \
        -max_len=4096 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$AE_BUILD/$target-" "$corpus" "$seeds" >"$log" 2>&1); then
    tail -n 60 "$log"
    echo "== $target FAILED: a crash input is in $AE_BUILD/$target-*" >&2
    exit 1
  fi
  execs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')"
  echo "== $target: $execs executions, 0 crashes"
  rm -rf "$corpus" "$log"
done
