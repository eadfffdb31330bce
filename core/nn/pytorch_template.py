#!/usr/bin/env python3
"""Depth experiment exported by Activation Explorer: test accuracy against depth.

Reproduces the app's setup exactly: the data and its split, the network ([conv stem: Conv ->
f -> Conv -> f -> MaxPool 2x2 -> Dropout] then Dense -> [BatchNorm] -> f -> [Dropout] per
hidden layer), the initial weights, the batch order and the dropout masks (all drawn from the
same splitmix64 streams as the app), the optimiser and the seeds. Writes the app's CSV rows.
With the stem, a depth counts the layers with weights (2 conv + N dense + output), as the Mish
paper plots them: N = depth - 3. Usage:
    python3 THIS.py [--device cpu|cuda] [--csv FILE] [--digits-csv FILE] [--data-dir DIR]
                    [--trace-steps N]
--data-dir: Fashion-MNIST's four gzip'd IDX files (default: $AE_FASHION_MNIST_DIR, else Debian's
/usr/share/datasets/fashion-mnist; copy them beside a GPU machine that lacks the package).
--trace-steps N prints the loss of each of the first N training steps of each run instead of
training to the end (the agreement check with the app).
"""
import argparse
import gzip
import math
import os
import struct
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

CONFIG = %%CONFIG%%
FUNCTIONS = {
%%FUNCTIONS%%
}

MASK = (1 << 64) - 1
GOLDEN = 0x9E3779B97F4A7C15


class Rng:
    """splitmix64, as core/nn/rng.h; block draws are vectorised with numpy's wrapping uint64."""

    def __init__(self, seed):
        self.state = seed & MASK

    @staticmethod
    def stream(seed, purpose):
        r = Rng(seed ^ ((purpose * 0xD1B54A32D192ED03) & MASK))
        r.next_block(1)
        return r

    def next_block(self, n):
        k = np.arange(1, n + 1, dtype=np.uint64)
        with np.errstate(over="ignore"):
            z = np.uint64(self.state) + k * np.uint64(GOLDEN)
            z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
            z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
            z = z ^ (z >> np.uint64(31))
        self.state = (self.state + n * GOLDEN) & MASK
        return z

    def uniform_block(self, n):
        return (self.next_block(n) >> np.uint64(11)).astype(np.float64) * 2.0 ** -53

    def uniform(self, lo=0.0, hi=1.0):
        return lo + (hi - lo) * float(self.uniform_block(1)[0])

    def normal(self):
        u = self.uniform_block(2)
        u1, u2 = 1.0 - float(u[0]), float(u[1])
        return math.sqrt(-2.0 * math.log(u1)) * math.cos(2.0 * math.pi * u2)

    def shuffle(self, v):
        n = len(v)
        if n < 2:
            return
        draws = self.next_block(n - 1)
        for k, i in enumerate(range(n, 1, -1)):
            j = int(draws[k] % np.uint64(i))
            v[i - 1], v[j] = v[j], v[i - 1]


def two_d(spec):
    r = Rng.stream(spec["seed"], 11)
    n = max(spec["size"], 4)
    noise = spec["noise"]
    xs, ys = [], []

    def add(x, y, label):
        xs.append((x / 5.0, y / 5.0))
        ys.append(label)

    name = spec["name"]
    if name == "spiral":
        half = n // 2
        for label in range(2):
            for i in range(half):
                rad = i / half * 5.0
                t = 1.75 * i / half * 2.0 * math.pi + label * math.pi
                add(rad * math.sin(t) + r.uniform(-1, 1) * noise * 5.0,
                    rad * math.cos(t) + r.uniform(-1, 1) * noise * 5.0, label)
    elif name == "circle":
        for i in range(n):
            inner = i < n // 2
            rad = r.uniform(0.0, 2.5) if inner else r.uniform(3.5, 5.0)
            angle = r.uniform(0.0, 2.0 * math.pi)
            add(rad * math.sin(angle) + r.uniform(-5, 5) * noise,
                rad * math.cos(angle) + r.uniform(-5, 5) * noise, 1 if inner else 0)
    elif name == "xor":
        for i in range(n):
            x, y = r.uniform(-5, 5), r.uniform(-5, 5)
            x += 0.3 if x > 0 else -0.3
            y += 0.3 if y > 0 else -0.3
            label = 1 if x * y >= 0 else 0
            add(x + r.uniform(-5, 5) * noise, y + r.uniform(-5, 5) * noise, label)
    elif name == "gauss":
        sd = 0.5 + 4.0 * noise
        for i in range(n):
            label = 1 if i < n // 2 else 0
            c = 2.0 if label else -2.0
            add(c + sd * r.normal(), c + sd * r.normal(), label)
    else:  # moons
        half = n // 2
        for label in range(2):
            for i in range(half):
                t = math.pi * i / max(half - 1, 1)
                x = math.cos(t) if label == 0 else 1.0 - math.cos(t)
                y = math.sin(t) if label == 0 else 0.5 - math.sin(t)
                add((x - 0.5) * 4.0 + 5.0 * noise * r.normal(),
                    (y - 0.25) * 4.0 + 5.0 * noise * r.normal(), label)
    return np.array(xs, dtype=np.float32), np.array(ys, dtype=np.int64), 2


def read_idx_pair(images_path, labels_path):
    """Gzip'd IDX images (magic 2051) and labels (2049), as core/nn/idx.cpp reads them."""
    with gzip.open(images_path, "rb") as f:
        images = f.read()
    with gzip.open(labels_path, "rb") as f:
        labels = f.read()
    magic, count, rows, cols = struct.unpack(">IIII", images[:16])
    if magic != 2051 or len(images) != 16 + count * rows * cols:
        sys.exit("%s: not a complete IDX images file" % images_path)
    magic, n = struct.unpack(">II", labels[:8])
    if magic != 2049 or n != count or len(labels) != 8 + n:
        sys.exit("%s: not a complete IDX labels file for %s" % (labels_path, images_path))
    x = np.frombuffer(images, dtype=np.uint8, offset=16).reshape(count, rows * cols)
    y = np.frombuffer(labels, dtype=np.uint8, offset=8).astype(np.int64)
    return x.astype(np.float32) / np.float32(255.0), y


def fashion_mnist(directory):
    """The standard split (60,000 / 10,000 in file order); test_fraction does not apply."""
    if not os.path.isdir(directory):
        sys.exit("Fashion-MNIST not found in %s (Debian: apt install dataset-fashion-mnist; "
                 "elsewhere: --data-dir DIR holding its four .gz files)" % directory)
    p = lambda f: os.path.join(directory, f)
    xtr, ytr = read_idx_pair(p("train-images-idx3-ubyte.gz"), p("train-labels-idx1-ubyte.gz"))
    xte, yte = read_idx_pair(p("t10k-images-idx3-ubyte.gz"), p("t10k-labels-idx1-ubyte.gz"))
    return xtr, ytr, xte, yte, 10


def load_data(spec, digits_csv, data_dir):
    if spec["name"] == "fashion-mnist":
        return fashion_mnist(data_dir or spec["directory"] or
                             os.environ.get("AE_FASHION_MNIST_DIR") or
                             "/usr/share/datasets/fashion-mnist")
    if spec["name"] == "digits":
        if digits_csv:
            raw = np.loadtxt(digits_csv, delimiter=",", dtype=np.int64)
        else:
            from sklearn.datasets import load_digits
            d = load_digits()
            raw = np.concatenate([d.data.astype(np.int64), d.target[:, None]], axis=1)
        x = raw[:, :64].astype(np.float32) / np.float32(16.0)
        y = raw[:, 64].astype(np.int64)
        classes = 10
    else:
        x, y, classes = two_d(spec)
    order = list(range(len(y)))
    Rng.stream(spec["seed"], 12).shuffle(order)
    n_test = int(math.floor(len(y) * spec["test_fraction"] + 0.5))
    test, train = order[:n_test], order[n_test:]
    return x[train], y[train], x[test], y[test], classes


class Dropout(torch.nn.Module):
    """Masks from the run's dropout stream, sample after sample, unit after unit (as the app)."""

    def __init__(self, p, rng):
        super().__init__()
        self.p, self.rng = p, rng

    def forward(self, x):
        if not self.training or self.p == 0:
            return x
        u = self.rng.uniform_block(x.numel()).reshape(x.shape)
        keep = np.float32(1.0 / (1.0 - self.p))
        mask = np.where(u >= self.p, keep, np.float32(0.0)).astype(np.float32)
        return x * torch.from_numpy(mask).to(x.device)


def init_limit(fan_in, fan_out):
    init = CONFIG["train"]["init"]
    if init == "he":
        return math.sqrt(6.0 / fan_in)
    if init == "lecun":
        return math.sqrt(3.0 / fan_in)
    return math.sqrt(6.0 / (fan_in + fan_out))


STEM_DEPTH_OFFSET = 3  # with the stem, depth = 2 conv + N dense + output


class Net(torch.nn.Module):
    def __init__(self, inputs, classes, depth, fn, params, seed, dropout_rng):
        super().__init__()
        t = CONFIG["train"]
        stem = t["stem"]
        r = Rng.stream(seed, 1)
        self.fn, self.params = fn, params
        self.convs = torch.nn.ModuleList()
        if stem["enabled"]:
            # Conv k x k -> f -> Conv k x k -> f -> MaxPool 2x2 -> Dropout, the activation after
            # each convolution as Keras' Conv2D(activation=...) applies it. The app draws each
            # kernel as (out, ky, kx, in), Keras' tap order, row after row.
            depth = max(depth - STEM_DEPTH_OFFSET, 0)
            self.side = int(round(math.sqrt(inputs)))
            k, channels, side = stem["kernel"], 1, self.side
            for filters in (stem["filters1"], stem["filters2"]):
                conv = torch.nn.Conv2d(channels, filters, k)
                limit = init_limit(channels * k * k, filters * k * k)
                w = -limit + 2.0 * limit * r.uniform_block(filters * k * k * channels)
                w = w.astype(np.float32).reshape(filters, k, k, channels).transpose(0, 3, 1, 2)
                with torch.no_grad():
                    conv.weight.copy_(torch.from_numpy(np.ascontiguousarray(w)))
                    conv.bias.zero_()
                self.convs.append(conv)
                channels, side = filters, side - k + 1
            inputs = channels * (side // 2) ** 2
            self.stem_drop = Dropout(t["dropout"], dropout_rng)
        self.linears = torch.nn.ModuleList()
        self.norms = torch.nn.ModuleList()
        self.drops = torch.nn.ModuleList()
        sizes = [inputs] + [t["width"]] * depth + [classes]
        for l in range(depth + 1):
            fan_in, fan_out = sizes[l], sizes[l + 1]
            lin = torch.nn.Linear(fan_in, fan_out)
            limit = init_limit(fan_in, fan_out)
            lo = -limit
            w = lo + (limit - lo) * r.uniform_block(fan_in * fan_out)
            with torch.no_grad():
                lin.weight.copy_(torch.from_numpy(w.astype(np.float32).reshape(fan_out, fan_in)))
                lin.bias.zero_()
            self.linears.append(lin)
            if l < depth:
                self.norms.append(torch.nn.BatchNorm1d(fan_out, eps=1e-5, momentum=0.1)
                                  if t["batchnorm"] else torch.nn.Identity())
                self.drops.append(Dropout(t["dropout"], dropout_rng))

    def forward(self, x):
        if len(self.convs):
            n = x.shape[0]
            x = x.reshape(n, 1, self.side, self.side)
            for conv in self.convs:
                x = self.fn(conv(x), self.params)
            x = F.max_pool2d(x, 2)
            # Flattened channel-last (HWC), as Keras' Flatten() and the app's layout give it.
            x = self.stem_drop(x.permute(0, 2, 3, 1).reshape(n, -1))
        for l in range(len(self.linears) - 1):
            x = self.drops[l](self.fn(self.norms[l](self.linears[l](x)), self.params))
        return self.linears[-1](x)


def accuracy(net, x, y):
    net.eval()
    right = 0
    with torch.no_grad():  # in chunks: a conv stem's maps of 60,000 images would not fit
        for i in range(0, len(y), 1000):
            right += (net(x[i:i + 1000]).argmax(dim=1) == y[i:i + 1000]).sum().item()
    return right / len(y)


def run(fn_id, depth, seed, data, device, trace_steps):
    t = CONFIG["train"]
    xtr, ytr, xte, yte, classes = data
    fn, params = FUNCTIONS[fn_id], CONFIG["params"][fn_id]
    order_rng, drop_rng = Rng.stream(seed, 2), Rng.stream(seed, 3)
    net = Net(xtr.shape[1], classes, depth, fn, params, seed, drop_rng).to(device)
    if t["optimizer"] == "adam":
        opt = torch.optim.Adam(net.parameters(), lr=t["lr"], betas=(0.9, 0.999), eps=1e-8)
    else:
        opt = torch.optim.SGD(net.parameters(), lr=t["lr"], momentum=t["momentum"])
    xtr_t, ytr_t = torch.from_numpy(xtr).to(device), torch.from_numpy(ytr).to(device)
    xte_t, yte_t = torch.from_numpy(xte).to(device), torch.from_numpy(yte).to(device)
    n, bs = len(ytr), t["batch"]
    batches = (n + bs - 1) // bs
    if n % bs == 1 and batches > 1:
        batches -= 1  # a last batch of one sample: no BatchNorm statistics (as the app)
    idx = list(range(n))
    start, final_loss, step = time.time(), float("nan"), 0
    for epoch in range(t["epochs"]):
        order_rng.shuffle(idx)
        net.train()
        total, diverged = 0.0, False
        for b in range(batches):
            sel = torch.tensor(idx[b * bs:min(n, (b + 1) * bs)], device=device)
            loss = F.cross_entropy(net(xtr_t[sel]), ytr_t[sel])
            if not math.isfinite(loss.item()):
                diverged = True
                break
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += loss.item()
            step += 1
            if trace_steps:
                print("%d,%.9g" % (step, loss.item()))
                if step >= trace_steps:
                    return None
        final_loss = float("nan") if diverged else total / batches
        if diverged:
            break
    return (accuracy(net, xtr_t, ytr_t), accuracy(net, xte_t, yte_t), final_loss,
            time.time() - start)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    ap.add_argument("--csv", default="-")
    ap.add_argument("--digits-csv", default="")
    ap.add_argument("--data-dir", default="")
    ap.add_argument("--trace-steps", type=int, default=0)
    a = ap.parse_args()
    data = load_data(CONFIG["data"], a.digits_csv, a.data_dir)
    out = sys.stdout if a.csv == "-" else open(a.csv, "w")
    if not a.trace_steps:
        print("function,depth,seed,train_accuracy,test_accuracy,final_loss,seconds", file=out)
    runs = [(f, d, CONFIG["seed"] + s) for d in CONFIG["depths"] for f in CONFIG["functions"]
            for s in range(CONFIG["seeds"])]
    for k, (f, d, s) in enumerate(runs):
        print("run %d/%d: %s, depth %d, seed %d" % (k + 1, len(runs), f, d, s), file=sys.stderr)
        r = run(f, d, s, data, a.device, a.trace_steps)
        if r is not None:
            print("%s,%d,%d,%.6f,%.6f,%.6g,%.3f" % ((f, d, s) + r), file=out)
            out.flush()


if __name__ == "__main__":
    main()
