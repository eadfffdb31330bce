#!/usr/bin/env bash
# The depth lab engine next to PyTorch (Debian's python3-torch, CPU, one thread) on the same
# shapes; prints both tables and the per-step speed-ups. Usage: bench/bench_nn.sh [BUILD_DIR]
set -euo pipefail
build="${1:-build}"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
engine=$("$build/bench/bench_nn")
torch=$(/usr/bin/python3 "$(dirname "$0")/bench_nn_torch.py")
echo "$engine"
echo
echo "$torch"
echo
echo "speed-up of the engine per step (PyTorch ms / engine ms):"
paste <(echo "$engine" | grep -E '^  (relu|mish) ') <(echo "$torch" | grep -E '^  (relu|mish) ') |
  awk '{printf "  %-5s batch %3s  %.1fx\n", $1, $3, $8 / $4}'
