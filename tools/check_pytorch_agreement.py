#!/usr/bin/python3
"""Checks the depth lab's engine against PyTorch, step by step.

For each setup, the app exports its experiment as a PyTorch script (--pytorch-script), which
draws the same initial weights, batches and dropout masks; the script's per-step losses
(--trace-steps) are compared with the engine's (build/bench/torch_agreement). Goal: the loss of
each of the first 50 steps agrees to 1e-4 relative. Needs Debian's python3-torch and
python3-sklearn (for the digits). Usage: tools/check_pytorch_agreement.py [BUILD_DIR]
"""
import os
import subprocess
import sys
import tempfile

BUILD = sys.argv[1] if len(sys.argv) > 1 else "build"
APP = os.path.join(BUILD, "app", "activation-explorer")
ENGINE = os.path.join(BUILD, "bench", "torch_agreement")
STEPS = 50

# function, depth, seed, width, batch, batchnorm, dropout, optimizer, lr, momentum, params
SETUPS = [
    ("mish", 3, 1, 32, 32, 0, 0.0, "sgd", 0.05, 0.0, {}),
    ("relu", 10, 2, 32, 32, 0, 0.0, "sgd", 0.05, 0.9, {}),
    ("swish", 10, 3, 32, 32, 1, 0.0, "sgd", 0.05, 0.9, {"beta": 1.5}),
    ("sigmoid", 3, 4, 64, 128, 0, 0.0, "adam", 0.001, 0.0, {}),
    ("mish", 10, 5, 32, 32, 1, 0.25, "sgd", 0.05, 0.9, {}),
    ("tanh", 5, 6, 32, 32, 1, 0.25, "adam", 0.001, 0.0, {}),
    ("leaky_relu", 6, 7, 32, 32, 0, 0.0, "sgd", 0.05, 0.9, {"a": 0.1}),
    ("gelu", 6, 8, 32, 32, 1, 0.0, "sgd", 0.05, 0.9, {}),
]


def losses(text):
    out = []
    for line in text.splitlines():
        step, loss = line.split(",")
        out.append(float(loss))
    return out


def main():
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for (fn, depth, seed, width, batch, bn, dropout, opt, lr, mom, params) in SETUPS:
            script = os.path.join(tmp, "exp.py")
            args = [APP, "--depth-experiment", "--functions", fn, "--depths", str(depth),
                    "--seeds", "1", "--seed", str(seed), "--width", str(width), "--batch",
                    str(batch), "--batchnorm", "on" if bn else "off", "--dropout", str(dropout),
                    "--optimizer", opt, "--lr", str(lr), "--momentum", str(mom),
                    "--epochs", "1000", "--pytorch-script", script]
            for k, v in params.items():
                args += ["--param", "%s.%s=%s" % (fn, k, v)]
            subprocess.run(args, check=True)
            torch_out = subprocess.run(
                ["/usr/bin/python3", script, "--device", "cpu", "--trace-steps", str(STEPS)],
                check=True, capture_output=True, text=True).stdout
            engine_out = subprocess.run(
                [ENGINE, fn, str(depth), str(seed), str(STEPS), str(width), str(batch), str(bn),
                 str(dropout), opt, str(lr), str(mom)] +
                ["%s=%s" % (k, v) for k, v in params.items()],
                check=True, capture_output=True, text=True).stdout
            a, b = losses(engine_out), losses(torch_out)
            assert len(a) == len(b) == STEPS, (len(a), len(b))
            rel = [abs(x - y) / abs(y) for x, y in zip(a, b)]
            worst = max(worst, max(rel))
            print("%-10s depth %2d seed %d width %3d batch %3d bn %d dropout %.2f %-4s: "
                  "step 1 loss %.6f, step 50 %.6f / %.6f, max rel. diff %.2e"
                  % (fn, depth, seed, width, batch, bn, dropout, opt, a[0], a[-1], b[-1],
                     max(rel)))
    print("worst relative difference over %d setups x %d steps: %.2e (goal 1e-4): %s"
          % (len(SETUPS), STEPS, worst, "MET" if worst <= 1e-4 else "NOT MET"))
    return 0 if worst <= 1e-4 else 1


if __name__ == "__main__":
    sys.exit(main())
