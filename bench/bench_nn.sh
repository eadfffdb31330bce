#!/usr/bin/env bash
# The depth lab's engine against PyTorch on the CPU (issue 9, section 5): runs bench_nn and
# bench_nn_torch.py in rounds (engine, then PyTorch, on the same shapes), then the engine's quick
# sweep and cancel latency, and prints a markdown report with the ratios and the goals.
# PyTorch calls the libblas.so.3 the alternatives system points to; when that is not the
# reference BLAS (e.g. OpenBLAS is installed), every round also times PyTorch on the reference
# BLAS (LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/blas), so both comparisons come from one run.
#
# Usage: bench/bench_nn.sh [BENCH_NN_BINARY]          (default: build/bench/bench_nn)
# Environment: ROUNDS   engine/PyTorch rounds (default 2); each figure is the median of the rounds'
#                       medians, every round's figure is listed too
#              SECONDS_PER_ROW  measuring time per row and tool (default 2)
#              SWEEPS   quick sweeps to time (default 2; 0 skips)
#              TRIES    cancels per configuration (default 20; 0 skips)
#              EXTRA    another bench_nn binary (e.g. one built with -mavx2 -mfma) whose step and
#                       GEMM figures are listed as an extra, for information only
#              PYTHON   interpreter with torch (default /usr/bin/python3, Debian's python3-torch)
#              RESULTS  directory for the raw JSON lines (default: a new mktemp -d directory)
# Timing is measured, never asserted. The machine's load average is recorded around every part;
# on a shared machine repeat a run whose load looks disturbed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
bench=${1:-$root/build/bench/bench_nn}
py=${PYTHON:-/usr/bin/python3}
rounds=${ROUNDS:-2}
secs=${SECONDS_PER_ROW:-2}
sweeps=${SWEEPS:-2}
tries=${TRIES:-20}
extra=${EXTRA:-}
results=${RESULTS:-$(mktemp -d /tmp/nn-bench.XXXXXX)}
mkdir -p "$results"

[[ -x $bench ]] || { echo "no bench_nn at $bench (cmake --build build --target bench_nn)" >&2; exit 1; }
"$py" -c 'import torch' 2>/dev/null || { echo "$py cannot import torch (apt-get install python3-torch)" >&2; exit 1; }

load() { cut -d' ' -f1-3 /proc/loadavg; }
raw=$results/raw.jsonl
: > "$raw"
note() { printf '{"name":"%s","value":"%s"}\n' "$1" "$2" >> "$raw"; }

note cpu "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) CPUs"
note kernel "$(uname -sr)"
note compiler "$(c++ --version | head -1)"
note libblas "$(readlink -f /usr/lib/x86_64-linux-gnu/libblas.so.3 2>/dev/null || echo '?')"
refblas=/usr/lib/x86_64-linux-gnu/blas
alsoref=0
if [[ -e $refblas/libblas.so.3 &&
    $(readlink -f /usr/lib/x86_64-linux-gnu/libblas.so.3) != $(readlink -f $refblas/libblas.so.3) ]]; then
    alsoref=1
fi
note start "$(date -u '+%Y-%m-%d %H:%M UTC')"
for r in $(seq 1 "$rounds"); do
    note "round${r}_load_before_engine" "$(load)"
    "$bench" --json --only step,gemm --seconds "$secs" | sed "s/^{/{\"round\":$r,\"tool\":\"engine\",/" >> "$raw"
    note "round${r}_load_before_torch" "$(load)"
    "$py" "$here/bench_nn_torch.py" --json --seconds "$secs" | sed "s/^{/{\"round\":$r,\"tool\":\"torch\",/" >> "$raw"
    if (( alsoref )); then
        note "round${r}_load_before_torch_refblas" "$(load)"
        LD_LIBRARY_PATH=$refblas "$py" "$here/bench_nn_torch.py" --json --seconds "$secs" |
            sed "s/^{/{\"round\":$r,\"tool\":\"torch-ref\",/" >> "$raw"
    fi
done
if [[ -n $extra ]]; then
    note "extra_load_before" "$(load)"
    "$extra" --json --only step,gemm --seconds "$secs" | sed 's/^{/{"round":1,"tool":"extra",/' >> "$raw"
fi
if (( sweeps > 0 )); then
    "$bench" --json --only sweep --sweeps "$sweeps" | sed 's/^{/{"tool":"engine",/' >> "$raw"
fi
if (( tries > 0 )); then
    note "cancel_load_before" "$(load)"
    "$bench" --json --only cancel --tries "$tries" | sed 's/^{/{"tool":"engine",/' >> "$raw"
fi
note end "$(load)"

"$py" - "$raw" <<'EOF'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
notes = {r["name"]: r["value"] for r in rows if "value" in r and "tool" not in r}
tool_notes = {(r["tool"], r["name"]): r["value"] for r in rows if "value" in r and "tool" in r}
def fig(tool, name, key="median_ms"):
    v = [r[key] for r in rows if r.get("tool") == tool and r["name"] == name and key in r]
    return (statistics.median(v), v) if v else (None, [])
def fmt(v, d=2):
    return "-" if v is None else f"{v:.{d}f}"

print(f"# bench_nn.sh, {notes.get('start', '?')}\n")
print(f"- machine: {notes.get('cpu')}; {notes.get('kernel')}; {notes.get('compiler')}; "
      f"libblas.so.3 -> {notes.get('libblas')}")
print(f"- engine: {tool_notes.get(('engine', 'engine'))}")
for tool, label in (("torch", "PyTorch"), ("torch-ref", "PyTorch on the reference BLAS")):
    if (tool, "torch_torch") in tool_notes:
        print(f"- {label}: {tool_notes.get((tool, 'torch_torch'))} "
              f"({tool_notes.get((tool, 'torch_threads'))}); {tool_notes.get((tool, 'torch_blas'))}; "
              f"pools: {tool_notes.get((tool, 'torch_pools'))}")
print("- load average (1, 5, 15 min): " + "; ".join(
    f"{k.replace('_', ' ')} {v}" for k, v in notes.items() if "load" in k or k == "end"))
print()
tools = [t for t in ("torch", "torch-ref") if any(r.get("tool") == t for r in rows)]
names = {"torch": "PyTorch", "torch-ref": "PyTorch, ref. BLAS"}
print("## Training step (SGD: forward, backward, update), median ms over rounds (CPU ms)")
print()
print("| shape | f | engine | " + " | ".join(f"{names[t]} | ratio" for t in tools) +
      " | goal ≥ 3× | rounds, wall (engine; " + "; ".join(names[t] for t in tools) + ") |")
print("|---|---|---|" + "---|---|" * len(tools) + "---|---|")
for shape in ("64-128x25-10/b32", "64-128x25-10/b128", "784-500x15-10/b128"):
    for f in ("relu", "mish"):
        e, ev = fig("engine", f"step/{f}/{shape}")
        ec, _ = fig("engine", f"step/{f}/{shape}", "cpu_median_ms")
        cells, verdicts, per = [], [], [", ".join(fmt(x) for x in ev)]
        for t in tools:
            tm, tv = fig(t, f"torch/step/{f}/{shape}")
            tc, _ = fig(t, f"torch/step/{f}/{shape}", "cpu_median_ms")
            ratio = tm / e if e and tm else None
            cells.append(f"{fmt(tm)} ({fmt(tc)}) | {fmt(ratio, 1)}×")
            verdicts.append(f"{names[t]}: {'met' if ratio and ratio >= 3 else 'NOT met'}")
            per.append(", ".join(fmt(x) for x in tv))
        goal = "" if shape.startswith("784") else "; ".join(verdicts)
        print(f"| {shape} | {f} | {fmt(e)} ({fmt(ec)}) | " + " | ".join(cells) +
              f" | {goal} | {'; '.join(per)} |")
print()
print("## GEMM-bound: 784→500×15→10, batch 128 (GFLOP/s = 2·m·n·k of the step's GEMMs / median)")
print()
ref, refv = fig("engine", "eigen-gemms-of-a-step/784-500x15-10/b128", "gflops")
raw, rawv = fig("engine", "eigen-sgemm/500x500x128", "gflops")
print("| what | GFLOP/s (median of rounds) | per round |")
print("|---|---|---|")
for tool, name, label in (
        ("engine", "step/relu/784-500x15-10/b128", "engine step, ReLU"),
        ("engine", "step/mish/784-500x15-10/b128", "engine step, Mish"),
        ("engine", "eigen-gemms-of-a-step/784-500x15-10/b128", "Eigen, the step's GEMMs alone (SGEMM reference)"),
        ("engine", "eigen-sgemm/500x500x128", "Eigen, raw 500×500 · 500×128"),
        ("torch", "torch/step/relu/784-500x15-10/b128", "PyTorch step, ReLU"),
        ("torch", "torch/step/mish/784-500x15-10/b128", "PyTorch step, Mish"),
        ("torch", "torch/mm/500x500x128", "PyTorch torch.mm 500×500 · 500×128"),
        ("torch-ref", "torch/step/relu/784-500x15-10/b128", "PyTorch on the reference BLAS, step, ReLU"),
        ("torch-ref", "torch/step/mish/784-500x15-10/b128", "PyTorch on the reference BLAS, step, Mish"),
        ("torch-ref", "torch/mm/500x500x128", "PyTorch on the reference BLAS, torch.mm")):
    g, gv = fig(tool, name, "gflops")
    if gv:
        print(f"| {label} | {fmt(g)} | {', '.join(fmt(x) for x in gv)} |")
print()
for f in ("relu", "mish"):
    g, _ = fig("engine", f"step/{f}/784-500x15-10/b128", "gflops")
    if g and ref and raw:
        print(f"- {f}: engine / same-shape SGEMM = {g / ref:.2f}, engine / raw SGEMM = {g / raw:.2f} "
              f"(goal ≥ 0.6: {'met' if g / ref >= 0.6 else 'NOT met'})")
if any(r.get("tool") == "extra" for r in rows):
    print()
    print("## Extra binary (information only)")
    print()
    print("| row | median ms | GFLOP/s |")
    print("|---|---|---|")
    for r in rows:
        if r.get("tool") == "extra" and "median_ms" in r:
            print(f"| {r['name']} | {fmt(r['median_ms'])} | {fmt(r.get('gflops'))} |")
    print(f"\n- extra binary: {tool_notes.get(('extra', 'engine'))}")
sw = [r for r in rows if r["name"].startswith("sweep/")]
if sw:
    print()
    print("## Quick sweep (preset quick: 3 functions × 6 depths × 3 seeds), 2 threads")
    print()
    for r in sw:
        print(f"- {r['name']}: {r['median_ms'] / 1e3:.1f} s wall, {r.get('runs')} runs, "
              f"load before {r.get('load_before')} (goal ≤ 60 s: "
              f"{'met' if r['median_ms'] <= 60e3 else 'NOT met'})")
cn = [r for r in rows if r["name"].startswith("cancel/")]
if cn:
    print()
    print("## Cancel latency (flag set → return), 2 threads, ms")
    print()
    print("| configuration | median | p95 | max | tries | goal p95 ≤ 200 ms |")
    print("|---|---|---|---|---|---|")
    for r in cn:
        print(f"| {r['name'][7:]} | {fmt(r['median_ms'], 1)} | {fmt(r['p95_ms'], 1)} | "
              f"{fmt(r['max_ms'], 1)} | {r['n']} | {'met' if r['p95_ms'] <= 200 else 'NOT met'} |")
EOF
echo
echo "raw figures: $raw"
