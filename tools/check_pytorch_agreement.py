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
# [, extras: "stem" F1:F2:K (depth then counts 2 conv + N dense + output), "dataset", "steps"]
SETUPS = [
    ("mish", 3, 1, 32, 32, 0, 0.0, "sgd", 0.05, 0.0, {}),
    ("relu", 10, 2, 32, 32, 0, 0.0, "sgd", 0.05, 0.9, {}),
    ("swish", 10, 3, 32, 32, 1, 0.0, "sgd", 0.05, 0.9, {"beta": 1.5}),
    ("sigmoid", 3, 4, 64, 128, 0, 0.0, "adam", 0.001, 0.0, {}),
    ("mish", 10, 5, 32, 32, 1, 0.25, "sgd", 0.05, 0.9, {}),
    ("tanh", 5, 6, 32, 32, 1, 0.25, "adam", 0.001, 0.0, {}),
    ("leaky_relu", 6, 7, 32, 32, 0, 0.0, "sgd", 0.05, 0.9, {"a": 0.1}),
    ("gelu", 6, 8, 32, 32, 1, 0.0, "sgd", 0.05, 0.9, {}),
    # The conv stem on the 8x8 digits: Conv 4@3x3 -> f -> Conv 6@3x3 -> f -> pool -> dropout.
    ("mish", 5, 9, 32, 32, 1, 0.25, "sgd", 0.05, 0.9, {}, {"stem": "4:6:3"}),
    # ReLU at lr 0.01 (the paper's): at 0.05 it agrees to 1e-7 for three steps, then a unit
    # near its kink or a pool window near a tie flips on float rounding and the runs part
    # (1e-2 by step 12) — chaos of the descent, not a different formula.
    ("relu", 6, 10, 32, 32, 1, 0.25, "sgd", 0.01, 0.0, {}, {"stem": "4:6:3"}),
    # The paper preset itself (Fashion-MNIST, Conv 20@5x5, Conv 50@5x5, Dense 500, batch 128),
    # a few steps: each costs about 12 GFLOP.
    ("swish", 15, 1, 500, 128, 1, 0.25, "sgd", 0.01, 0.0, {},
     {"stem": "20:50:5", "dataset": "fashion-mnist", "steps": 10}),
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
        for setup in SETUPS:
            (fn, depth, seed, width, batch, bn, dropout, opt, lr, mom, params) = setup[:11]
            extras = setup[11] if len(setup) > 11 else {}
            steps = extras.get("steps", STEPS)
            script = os.path.join(tmp, "exp.py")
            args = [APP, "--depth-experiment", "--functions", fn, "--depths", str(depth),
                    "--seeds", "1", "--seed", str(seed), "--width", str(width), "--batch",
                    str(batch), "--batchnorm", "on" if bn else "off", "--dropout", str(dropout),
                    "--optimizer", opt, "--lr", str(lr), "--momentum", str(mom),
                    "--epochs", "1000", "--pytorch-script", script]
            for k, v in params.items():
                args += ["--param", "%s.%s=%s" % (fn, k, v)]
            engine_extra = []
            if "stem" in extras:
                args += ["--conv-stem", extras["stem"]]
                engine_extra.append("stem=" + extras["stem"])
            if "dataset" in extras:
                args += ["--dataset", extras["dataset"]]
                engine_extra.append("dataset=" + extras["dataset"])
            subprocess.run(args, check=True)
            torch_out = subprocess.run(
                ["/usr/bin/python3", script, "--device", "cpu", "--trace-steps", str(steps)],
                check=True, capture_output=True, text=True).stdout
            engine_out = subprocess.run(
                [ENGINE, fn, str(depth), str(seed), str(steps), str(width), str(batch), str(bn),
                 str(dropout), opt, str(lr), str(mom)] +
                ["%s=%s" % (k, v) for k, v in params.items()] + engine_extra,
                check=True, capture_output=True, text=True).stdout
            a, b = losses(engine_out), losses(torch_out)
            assert len(a) == len(b) == steps, (len(a), len(b))
            rel = [abs(x - y) / abs(y) for x, y in zip(a, b)]
            worst = max(worst, max(rel))
            print("%-10s depth %2d seed %2d width %3d batch %3d bn %d dropout %.2f %-4s%s: "
                  "step 1 loss %.6f, step %d %.6f / %.6f, max rel. diff %.2e"
                  % (fn, depth, seed, width, batch, bn, dropout, opt,
                     " stem " + extras["stem"] if "stem" in extras else "", a[0], steps, a[-1],
                     b[-1], max(rel)))
    print("worst relative difference over %d setups (up to %d steps each): %.2e (goal 1e-4): %s"
          % (len(SETUPS), STEPS, worst, "MET" if worst <= 1e-4 else "NOT MET"))
    return 0 if worst <= 1e-4 else 1


if __name__ == "__main__":
    sys.exit(main())
