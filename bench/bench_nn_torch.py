#!/usr/bin/python3
"""PyTorch side of bench/bench_nn.sh: the same training steps as bench_nn, on the CPU, one thread."""
import time

import torch
import torch.nn.functional as F

torch.set_num_threads(1)


def net(inputs, width, depth, act):
    layers = []
    for l in range(depth):
        layers += [torch.nn.Linear(inputs if l == 0 else width, width), act()]
    layers.append(torch.nn.Linear(width, 10))
    return torch.nn.Sequential(*layers)


def step_ms(act, inputs, width, depth, batch, steps):
    m = net(inputs, width, depth, act)
    opt = torch.optim.SGD(m.parameters(), lr=1e-3)
    x = torch.rand(batch, inputs)
    y = torch.randint(0, 10, (batch,))
    t = []
    for i in range(steps + 5):
        t0 = time.perf_counter()
        loss = F.cross_entropy(m(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        if i >= 5:
            t.append((time.perf_counter() - t0) * 1000)
    t.sort()
    return t[len(t) // 2]


print("PyTorch %s, threads %d" % (torch.__version__, torch.get_num_threads()))
blas = [l.strip() for l in torch.__config__.show().splitlines() if "BLAS" in l]
print("  " + "; ".join(blas))
print("per training step, MLP 64 -> 128 x 25 -> 10, median ms:")
for name, act in (("relu", torch.nn.ReLU), ("mish", torch.nn.Mish)):
    for batch in (32, 128):
        print("  %-5s batch %3d  %8.3f" % (name, batch, step_ms(act, 64, 128, 25, batch, 200)))
flops = 0
sizes = [784] + [500] * 15 + [10]
for a, b in zip(sizes, sizes[1:]):
    flops += 3 * 2 * a * b * 128
s = step_ms(torch.nn.ReLU, 784, 500, 15, 128, 20)
print("784 -> 500 x 15 -> 10, batch 128, ReLU: step %.2f ms = %.2f GFLOP/s" % (s, flops / s * 1e-6))
