#!/usr/bin/python3
"""PyTorch (CPU, one thread) on the shapes bench_nn times: the counterpart for issue 9's goals.

One SGD step (zero_grad, forward, cross-entropy, backward, step; lr 0.01, no momentum) of a fixed
batch (normal inputs, random labels) through Linear -> f per hidden layer and a Linear output,
Glorot-uniform weights and zero biases as the engine initialises them. Single-step wall times
after a warm-up; median, p10, p90 and p95 (nearest rank) in ms and the median of the thread's
CPU times, as bench_nn prints them.

Usage: /usr/bin/python3 bench/bench_nn_torch.py [--seconds S] [--json]
Run with Debian's python3-torch, which calls whatever libblas.so.3 the alternatives system points
to (the reference BLAS of libblas3, or OpenBLAS once libopenblas0 is installed); the script prints
its build configuration, the libblas.so.3 link and the BLAS library actually mapped. One thread
throughout: torch.set_num_threads(1), and the BLAS's own pool held at one thread through the
environment before torch loads (OpenBLAS ignores torch's setting in this build). To time torch on
the reference BLAS while OpenBLAS is the default:
  LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/blas /usr/bin/python3 bench/bench_nn_torch.py
"""
import argparse
import json
import math
import os
import re
import time

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import torch  # noqa: E402 (after the thread variables)
import torch.nn.functional as F  # noqa: E402
from torch import nn  # noqa: E402

torch.set_num_threads(1)
torch.set_num_interop_threads(1)


def stats(ms, cpu=None):
    v = sorted(ms)
    n = len(v)

    def rank(q):
        return v[min(n - 1, max(0, math.ceil(q * n) - 1))]

    med = v[n // 2] if n % 2 else 0.5 * (v[n // 2 - 1] + v[n // 2])
    out = dict(median_ms=med, p10_ms=rank(0.10), p90_ms=rank(0.90), p95_ms=rank(0.95),
               max_ms=v[-1], n=n)
    if cpu:
        out["cpu_median_ms"] = stats(cpu)["median_ms"]
    return out


def time_calls(one, seconds, min_count=30, max_count=20000):
    warm = time.perf_counter()
    i = 0
    while i < 3 or (time.perf_counter() - warm < seconds / 4 and i < max_count):
        one()
        i += 1
    ms, cpu = [], []
    start = time.perf_counter()
    while len(ms) < min_count or (time.perf_counter() - start < seconds and len(ms) < max_count):
        c = time.thread_time_ns()  # one thread: the step's work runs on this one
        t = time.perf_counter_ns()
        one()
        ms.append((time.perf_counter_ns() - t) * 1e-6)
        cpu.append((time.thread_time_ns() - c) * 1e-6)
    return ms, cpu


def make_stepper(inputs, width, depth, classes, batch, act):
    torch.manual_seed(1)
    layers = []
    fan_in = inputs
    for _ in range(depth):
        layers += [nn.Linear(fan_in, width), nn.ReLU() if act == "relu" else nn.Mish()]
        fan_in = width
    layers.append(nn.Linear(fan_in, classes))
    model = nn.Sequential(*layers)
    with torch.no_grad():
        for m in model:
            if isinstance(m, nn.Linear):
                nn.init.xavier_uniform_(m.weight)
                nn.init.zeros_(m.bias)
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    x = torch.randn(batch, inputs)
    y = torch.randint(0, classes, (batch,))

    def step():
        opt.zero_grad(set_to_none=True)
        loss = F.cross_entropy(model(x), y)
        loss.backward()
        opt.step()

    return step


def step_flops(inputs, width, depth, classes, batch):
    """2*m*n*k of every GEMM a training step needs (forward, dW, dX except into the data)."""
    flops, fan_in = 0.0, inputs
    for l in range(depth + 1):
        out = classes if l == depth else width
        one = 2.0 * out * fan_in * batch
        flops += 2 * one if l == 0 else 3 * one
        fan_in = out
    return flops


def tag(inputs, width, depth, classes, batch):
    return f"{inputs}-{width}x{depth}-{classes}/b{batch}"


def blas_notes():
    cfg = torch.__config__.show()
    m = re.search(r"BLAS_INFO=([^,]+)", cfg)
    blas_info = m.group(1) if m else "?"
    libblas = "?"
    for p in ("/usr/lib/x86_64-linux-gnu/libblas.so.3", "/usr/lib/aarch64-linux-gnu/libblas.so.3"):
        if os.path.exists(p):
            libblas = os.path.realpath(p)
            break
    torch.mm(torch.ones(2, 2), torch.ones(2, 2))  # the BLAS is loaded with torch; to be sure
    with open("/proc/self/maps") as f:
        mapped = sorted({line.split()[-1] for line in f
                         if "blas" in line.split()[-1] and line.split()[-1].startswith("/")})
    pools = ""
    try:
        import threadpoolctl
        pools = "; ".join(f"{i.get('internal_api')} {i.get('version') or ''} "
                          f"{i.get('architecture') or ''} {i.get('num_threads')} thread(s)"
                          for i in threadpoolctl.threadpool_info())
    except ImportError:
        pools = "threadpoolctl not installed"
    return {
        "torch": torch.__version__,
        "threads": f"{torch.get_num_threads()} intra-op, {torch.get_num_interop_threads()} inter-op",
        "blas": f"BLAS_INFO={blas_info} (torch.__config__.show()); libblas.so.3 -> {libblas}; "
                f"mapped: {', '.join(mapped) or '?'}",
        "pools": pools,
        "mkldnn": str(torch.backends.mkldnn.is_available()),
        "cpu_capability": torch.backends.cpu.get_cpu_capability()
        if hasattr(torch.backends, "cpu") else "?",
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=2.0)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    def note(key, value):
        if args.json:
            print(json.dumps({"name": "torch_" + key, "value": value}), flush=True)
        else:
            print(f"# {key}: {value}", flush=True)

    def row(name, s, extra=None):
        if args.json:
            d = {"name": name, **s}
            if extra:
                d.update(extra)
            print(json.dumps(d), flush=True)
        else:
            e = "" if not extra else f"  {extra['gflops']:.3f} GFLOP/s"
            print(f"{name:44s} {s['median_ms']:10.4f} {s['p10_ms']:10.4f} {s['p90_ms']:10.4f} "
                  f"{s['p95_ms']:10.4f} {s['cpu_median_ms']:10.4f} {s['n']:6d}{e}", flush=True)

    for k, v in blas_notes().items():
        note(k, v)
    note("load_start", " ".join(open("/proc/loadavg").read().split()[:3]))
    for shape in ((64, 128, 25, 10, 32), (64, 128, 25, 10, 128)):
        for act in ("relu", "mish"):
            step = make_stepper(*shape, act)
            row(f"torch/step/{act}/{tag(*shape)}", stats(*time_calls(step, args.seconds)))
    big = (784, 500, 15, 10, 128)
    for act in ("relu", "mish"):
        step = make_stepper(*big, act)
        s = stats(*time_calls(step, args.seconds, min_count=10))
        row(f"torch/step/{act}/{tag(*big)}", s,
            {"gflops": step_flops(*big) / (s["median_ms"] * 1e6)})
    a, b = torch.randn(500, 500), torch.randn(500, 128)
    s = stats(*time_calls(lambda: torch.mm(a, b), args.seconds / 2, min_count=20))
    row("torch/mm/500x500x128", s, {"gflops": 2.0 * 500 * 500 * 128 / (s["median_ms"] * 1e6)})
    note("load_end", " ".join(open("/proc/loadavg").read().split()[:3]))


if __name__ == "__main__":
    main()
