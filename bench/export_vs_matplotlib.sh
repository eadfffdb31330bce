#!/usr/bin/env bash
# Wall time and peak memory of `activation-explorer --export` of the default figure (six
# functions, f and f' panels, sigmoid's saturation shading, 1200x800, legend) against a matplotlib
# script drawing the same figure (bench/matplotlib_figure.py), for PNG, PDF and SVG.
#
# Usage: bench/export_vs_matplotlib.sh [APP_BINARY]     (default: build/app/activation-explorer)
# Environment: N          repetitions per tool and format (default 10)
#              PYTHON     interpreter for the matplotlib script (default /usr/bin/python3)
#              RESULTS    directory for outputs and raw.csv (default: a new mktemp -d directory)
#
# Each run goes through `/usr/bin/time -f '%e %M %U %S'` (elapsed s, peak RSS KiB, user and system
# CPU s); bash's EPOCHREALTIME around it gives the wall time to the millisecond as well. CPU time
# is reported too because it is less disturbed than wall time when other work shares the CPUs. The two tools alternate run by run
# (and which one goes first alternates too) so they share the machine's noise. One discarded
# warm-up run per tool and format fills the page cache and matplotlib's font cache. DISPLAY and
# WAYLAND_DISPLAY are unset: the app picks the offscreen platform itself. Also measured, for
# context: `activation-explorer --version` (start-up only) and the bare python start-up + imports.
# Prints a markdown report on stdout; raw data goes to $RESULTS/raw.csv.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
app=${1:-$root/build/app/activation-explorer}
py=${PYTHON:-/usr/bin/python3}
n=${N:-10}
script=$here/matplotlib_figure.py
results=${RESULTS:-$(mktemp -d /tmp/export-bench.XXXXXX)}
mkdir -p "$results"
raw=$results/raw.csv

[[ -x $app ]] || { echo "no app binary at $app (build it, or pass its path)" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time missing: apt-get install -y time" >&2; exit 1; }
unset DISPLAY WAYLAND_DISPLAY

load() { cut -d' ' -f1-3 /proc/loadavg; }

# run TOOL FORMAT REP CMD...: one measured run, appended to raw.csv
run() {
    local tool=$1 fmt=$2 rep=$3
    shift 3
    local tf=$results/time.txt so=$results/stdout.txt t0 t1
    t0=$EPOCHREALTIME
    /usr/bin/time -f '%e %M %U %S' -o "$tf" "$@" >"$so" 2>"$results/stderr.txt" || {
        echo "failed: $* (see $results/stderr.txt)" >&2
        exit 1
    }
    t1=$EPOCHREALTIME
    local e m u sy inscript
    read -r e m u sy <"$tf"
    inscript=$(sed -n 's/^inscript_s=//p' "$so")
    local hires
    hires=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", b - a }')
    echo "$tool,$fmt,$rep,$e,$m,$hires,$(awk -v u="$u" -v s="$sy" 'BEGIN { printf "%.2f", u + s }'),${inscript:-},$(cut -d' ' -f1 /proc/loadavg)" >>"$raw"
}

app_cmd() { run app "$1" "$2" "$app" --export "$results/app.$1"; }
mpl_cmd() { run matplotlib "$1" "$2" "$py" "$script" "$results/matplotlib.$1"; }

echo "tool,format,rep,elapsed_s,maxrss_kib,wall_s,cpu_s,inscript_s,load1" >"$raw"
load_before=$(load)
started=$(date -u '+%Y-%m-%d %H:%M:%S UTC')

for fmt in png pdf svg; do # warm-up, not recorded
    "$app" --export "$results/app.$fmt" >/dev/null
    "$py" "$script" "$results/matplotlib.$fmt" >/dev/null
done

for fmt in png pdf svg; do
    for ((i = 1; i <= n; ++i)); do
        if ((i % 2)); then app_cmd "$fmt" "$i"; mpl_cmd "$fmt" "$i"
        else mpl_cmd "$fmt" "$i"; app_cmd "$fmt" "$i"; fi
    done
done
for ((i = 1; i <= n; ++i)); do # start-up costs alone
    run app-version - "$i" "$app" --version
    run python-imports - "$i" "$py" -c 'import matplotlib; matplotlib.use("Agg"); import matplotlib.pyplot, numpy'
done
load_after=$(load)
for fmt in png pdf svg; do
    for f in "$results/app.$fmt" "$results/matplotlib.$fmt"; do
        [[ -s $f ]] || { echo "missing output $f" >&2; exit 1; }
    done
done

mpl_version=$("$py" -c 'import matplotlib, numpy; print(f"matplotlib {matplotlib.__version__}, numpy {numpy.__version__}")')
qt_version=$(ldd "$app" | sed -n 's/.*libQt6Core\.so\.6 => \([^ ]*\).*/\1/p' | xargs -r readlink -f | sed 's/.*libQt6Core\.so\.//')

cat <<EOF
## Machine and run

- Started: $started; $n runs per tool and format, alternating (plus 1 discarded warm-up each)
- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), nproc = $(nproc)
- Memory: $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo); kernel $(uname -r)
- Load average (1/5/15 min) before: $load_before; after: $load_after
- App: $app (Qt ${qt_version:-?}); baseline: $py $script ($mpl_version, Agg)
- Raw data: $raw

EOF

"$py" - "$raw" <<'EOF'
import csv, statistics, sys

rows = list(csv.DictReader(open(sys.argv[1])))
def col(tool, fmt, key):
    return [float(r[key]) for r in rows if r["tool"] == tool and r["format"] == fmt and r[key] != ""]
med, lo = statistics.median, min
mib = lambda kib: kib / 1024

print("### Wall time (/usr/bin/time %e, 10 ms resolution) and peak RSS (%M), median (min)\n")
print("| format | app median s | matplotlib median s (whole process) | matplotlib in-script s | "
      "speed-up, medians (whole / whole) | speed-up, minima | speed-up vs in-script (medians) | "
      "app peak MiB | matplotlib peak MiB |")
print("|---|---|---|---|---|---|---|---|---|")
for fmt in ("png", "pdf", "svg"):
    a, m, ins = col("app", fmt, "elapsed_s"), col("matplotlib", fmt, "elapsed_s"), col("matplotlib", fmt, "inscript_s")
    ar, mr = col("app", fmt, "maxrss_kib"), col("matplotlib", fmt, "maxrss_kib")
    print(f"| {fmt.upper()} | {med(a):.2f} ({lo(a):.2f}) | {med(m):.2f} ({lo(m):.2f}) | "
          f"{med(ins):.3f} ({lo(ins):.3f}) | {med(m) / med(a):.1f}x | {lo(m) / lo(a):.1f}x | {med(ins) / med(a):.1f}x | "
          f"{mib(med(ar)):.1f} (max {mib(max(ar)):.1f}) | {mib(med(mr)):.1f} (max {mib(max(mr)):.1f}) |")

print("\n### Wall time to the millisecond (EPOCHREALTIME around /usr/bin/time) and CPU time (%U + %S), median (min)\n")
print("| format | app wall s | matplotlib wall s | matplotlib in-script s | speed-up, medians | speed-up, minima | "
      "app CPU s | matplotlib CPU s | CPU ratio, medians |")
print("|---|---|---|---|---|---|---|---|---|")
for fmt in ("png", "pdf", "svg"):
    a, m, ins = col("app", fmt, "wall_s"), col("matplotlib", fmt, "wall_s"), col("matplotlib", fmt, "inscript_s")
    ac, mc = col("app", fmt, "cpu_s"), col("matplotlib", fmt, "cpu_s")
    print(f"| {fmt.upper()} | {med(a):.3f} ({lo(a):.3f}) | {med(m):.3f} ({lo(m):.3f}) | {med(ins):.3f} ({lo(ins):.3f}) | "
          f"{med(m) / med(a):.1f}x | {lo(m) / lo(a):.1f}x | {med(ac):.2f} ({lo(ac):.2f}) | {med(mc):.2f} ({lo(mc):.2f}) | "
          f"{med(mc) / max(med(ac), 0.005):.1f}x |")

print("\n### Start-up alone, median (min)\n")
print("| what | wall s | CPU s | peak MiB |")
print("|---|---|---|---|")
for tool, label in (("app-version", "activation-explorer --version"),
                    ("python-imports", "python3 -c 'import matplotlib (Agg), matplotlib.pyplot, numpy'")):
    w, c, r = col(tool, "-", "wall_s"), col(tool, "-", "cpu_s"), col(tool, "-", "maxrss_kib")
    print(f"| {label} | {med(w):.3f} ({lo(w):.3f}) | {med(c):.2f} ({lo(c):.2f}) | {mib(med(r)):.1f} |")
loads = [float(r["load1"]) for r in rows]
print(f"\n1-min load average sampled after each run: median {med(loads):.2f}, min {lo(loads):.2f}, max {max(loads):.2f}")
EOF
