#!/usr/bin/env python3
"""Trains the bundled line network on a GPU with PyTorch, from lines the project's Java renderer
writes (io.github.fijiocr.synth.LineShards), and writes the weights back in DL4J's layout
(io.github.fijiocr.synth.LineWeights imports them). scripts/make-line-model-gpu runs it.

The network is LineArchitectures' line-cnn, rebuilt from the exported manifest: 3x3
convolutions (same padding), each followed by batch normalisation with no activation and a max
pool (the first two pools 2x2, the rest 2x1, down to one row), an optional 1xk context
convolution with its normalisation, and a 1x1 convolution to the logits; the blank is the last
class. It starts from the exported weights (a warm start) and trains with CTC, Adam and a
cosine schedule over a fixed time, so that a run fits the time a GPU is lent for.

Usage: line-model-gpu.py WEIGHTS_DIR SHARD_DIR OUT_DIR SECONDS [--batch N] [--rate R] [--device D]
"""
import argparse
import math
import os
import queue
import random
import struct
import sys
import threading
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

HEIGHT = 32
EPS = 1e-5  # DL4J's BatchNormalization default


def read_manifest(folder):
    """(key, shape) per parameter and the flat float32 weights, in DL4J's order."""
    with open(os.path.join(folder, "manifest.txt"), encoding="utf-8") as f:
        entries = [(p[0], tuple(int(s) for s in p[1:])) for p in (line.split() for line in f if line.strip())]
    weights = np.fromfile(os.path.join(folder, "weights.bin"), dtype="<f4")
    return entries, weights


class LineNet(nn.Module):
    def __init__(self, entries):
        super().__init__()
        shapes = {k: s for k, s in entries}
        indices = sorted({int(k.split("_")[0]) for k, _ in entries})
        self.order = []  # (kind, module) in the network's order
        pools = 0
        for i in range(max(indices) + 1):
            if f"{i}_W" in shapes:
                o, c, kh, kw = shapes[f"{i}_W"]
                conv = nn.Conv2d(c, o, (kh, kw), padding=(kh // 2, kw // 2))
                self.add_module(f"l{i}", conv)
                self.order.append((i, "conv", conv))
            elif f"{i}_gamma" in shapes:
                bn = nn.BatchNorm2d(shapes[f"{i}_gamma"][0], eps=EPS, momentum=0.1)
                self.add_module(f"l{i}", bn)
                self.order.append((i, "bn", bn))
            else:
                # A pooling layer: LineArchitectures halves both axes twice, then only the height.
                kernel = (2, 2) if pools < 2 else (2, 1)
                self.order.append((i, "pool", kernel))
                pools += 1

    def forward(self, x):
        for _, kind, m in self.order:
            x = F.max_pool2d(x, m) if kind == "pool" else m(x)
        return x  # [batch, classes, 1, width / 4]

    def load(self, entries, weights):
        at = 0
        with torch.no_grad():
            for key, shape in entries:
                n = int(np.prod(shape))
                value = torch.from_numpy(weights[at:at + n].copy()).reshape(shape)
                at += n
                index, name = key.split("_", 1)
                m = getattr(self, "l" + index)
                if name == "W":
                    m.weight.copy_(value)
                elif name == "b":
                    m.bias.copy_(value.reshape(-1))
                elif name == "gamma":
                    m.weight.copy_(value.reshape(-1))
                elif name == "beta":
                    m.bias.copy_(value.reshape(-1))
                elif name == "mean":
                    m.running_mean.copy_(value.reshape(-1))
                elif name == "log10stdev":
                    m.running_var.copy_(torch.pow(10.0, 2 * value.reshape(-1)))
                elif name == "var":
                    m.running_var.copy_(value.reshape(-1))
                else:
                    raise ValueError("unknown parameter " + key)
        if at != len(weights):
            raise ValueError("weights.bin does not match its manifest")

    def dump(self, entries):
        out = []
        with torch.no_grad():
            for key, shape in entries:
                index, name = key.split("_", 1)
                m = getattr(self, "l" + index)
                value = {"W": lambda: m.weight, "b": lambda: m.bias, "gamma": lambda: m.weight,
                         "beta": lambda: m.bias, "mean": lambda: m.running_mean,
                         "log10stdev": lambda: 0.5 * torch.log10(m.running_var),
                         "var": lambda: m.running_var}[name]()
                out.append(value.detach().float().cpu().numpy().reshape(-1))
        return np.concatenate(out).astype("<f4")


def read_shard(path):
    """(pixels [32, width] uint8, classes) per line of one shard file."""
    data = open(path, "rb").read()
    (count,) = struct.unpack_from("<i", data, 0)
    at = 4
    lines = []
    for _ in range(count):
        width, n = struct.unpack_from("<hB", data, at)
        at += 3
        target = list(data[at:at + n])
        at += n
        px = np.frombuffer(data, dtype=np.uint8, count=HEIGHT * width, offset=at).reshape(HEIGHT, width)
        at += HEIGHT * width
        lines.append((px, target))
    return lines


def batches(shard_dir, batch, pool_shards, stop, out):
    """Reads shards as they appear (deleting them), groups lines of like width into batches."""
    pool = []
    while not stop.is_set():
        names = sorted(n for n in os.listdir(shard_dir) if n.endswith(".bin"))
        if not names:
            time.sleep(0.02)
            continue
        for name in names:
            path = os.path.join(shard_dir, name)
            try:
                pool.extend(read_shard(path))
            finally:
                os.remove(path)
            if len(pool) >= pool_shards * 512:
                pool.sort(key=lambda line: line[0].shape[1])
                groups = [pool[i:i + batch] for i in range(0, len(pool) - batch + 1, batch)]
                random.shuffle(groups)
                for g in groups:
                    out.put(assemble(g))
                pool = pool[len(groups) * batch:]


def assemble(lines):
    width = max(px.shape[1] for px, _ in lines)
    width = (width + 31) // 32 * 32  # few distinct shapes
    x = np.empty((len(lines), 1, HEIGHT, width), dtype=np.uint8)
    lengths, targets, target_lengths = [], [], []
    for i, (px, target) in enumerate(lines):
        w = px.shape[1]
        # LineImage pads with the median of the top and bottom rows: the ground.
        ground = np.median(np.concatenate([px[0], px[-1]]))
        x[i, 0, :, :w] = px
        x[i, 0, :, w:] = int(round(ground))
        lengths.append(w // 4)
        targets.extend(target)
        target_lengths.append(len(target))
    return (torch.from_numpy(x), torch.tensor(lengths), torch.tensor(targets), torch.tensor(target_lengths))


def greedy(logits, lengths, blank):
    best = logits.argmax(1)[:, 0, :].cpu().numpy()
    out = []
    for row, n in zip(best, lengths.tolist()):
        s, last = [], blank
        for c in row[:n]:
            if c != last and c != blank:
                s.append(int(c))
            last = c
        out.append(s)
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("weights")
    p.add_argument("shards")
    p.add_argument("out")
    p.add_argument("seconds", type=float)
    p.add_argument("--batch", type=int, default=128)
    p.add_argument("--rate", type=float, default=1e-3)
    p.add_argument("--warmup", type=int, default=200)
    p.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    p.add_argument("--save-every", type=float, default=60.0)
    a = p.parse_args()
    torch.manual_seed(17)
    random.seed(17)
    entries, weights = read_manifest(a.weights)
    net = LineNet(entries)
    net.load(entries, weights)
    net.to(a.device)
    blank = entries[-1][1][0] - 1
    opt = torch.optim.Adam(net.parameters(), lr=a.rate)
    stop = threading.Event()
    q = queue.Queue(maxsize=64)
    reader = threading.Thread(target=batches, args=(a.shards, a.batch, 8, stop, q), daemon=True)
    reader.start()
    os.makedirs(a.out, exist_ok=True)

    def save(tag):
        net.eval()
        dump = net.dump(entries)
        tmp = os.path.join(a.out, "weights.bin.tmp")
        dump.tofile(tmp)
        os.replace(tmp, os.path.join(a.out, "weights.bin"))
        with open(os.path.join(a.weights, "manifest.txt"), encoding="utf-8") as f, \
                open(os.path.join(a.out, "manifest.txt"), "w", encoding="utf-8") as g:
            g.write(f.read())
        print(f"saved weights ({tag})", flush=True)
        net.train()

    net.train()
    t0 = time.time()
    last_save = t0
    step, lines, running = 0, 0, float("nan")
    waited = 0.0
    while True:
        elapsed = time.time() - t0
        if elapsed >= a.seconds:
            break
        w0 = time.time()
        try:
            x, lengths, targets, target_lengths = q.get(timeout=120)
        except queue.Empty:
            print("no rendered lines for 120 s: is LineShards running? (its log)", flush=True)
            return 1
        waited += time.time() - w0
        progress = min(1.0, elapsed / a.seconds)
        rate = a.rate * min(1.0, (step + 1) / a.warmup) * (0.02 + 0.98 * 0.5 * (1 + math.cos(math.pi * progress)))
        for group in opt.param_groups:
            group["lr"] = rate
        x = x.to(a.device, non_blocking=True).float().div_(255)
        logits = net(x)
        log_probs = F.log_softmax(logits[:, :, 0, :], dim=1).permute(2, 0, 1)  # [time, batch, classes]
        loss = F.ctc_loss(log_probs, targets.to(a.device), lengths.to(a.device), target_lengths.to(a.device),
                          blank=blank, reduction="sum", zero_infinity=True) / x.shape[0]
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        step += 1
        lines += x.shape[0]
        value = loss.item() if step % 25 == 0 or step < 5 else None
        if value is not None:
            running = value if math.isnan(running) else 0.9 * running + 0.1 * value
        if step % 500 == 0:
            net.eval()
            with torch.no_grad():
                read = greedy(net(x), lengths, blank)
            net.train()
            truth, at = [], 0
            for n in target_lengths.tolist():
                truth.append(targets[at:at + n].tolist())
                at += n
            exact = sum(r == t for r, t in zip(read, truth)) / len(truth)
            print(f"step {step} lines {lines} loss {running:.3f} lr {rate:.2e} batch-exact {exact:.3f} "
                  f"{lines / (time.time() - t0):.0f} lines/s waited {waited:.0f}s queue {q.qsize()}", flush=True)
        if time.time() - last_save >= a.save_every:
            save(f"step {step}")
            last_save = time.time()
    stop.set()
    save(f"end, step {step}, {lines} lines")
    with open(os.path.join(a.out, "trained.txt"), "w", encoding="utf-8") as f:
        f.write(f"steps={step}\nlines={lines}\nseconds={a.seconds:.0f}\nbatch={a.batch}\nrate={a.rate}\n")
    print(f"done: {step} steps, {lines} lines in {time.time() - t0:.0f} s", flush=True)


if __name__ == "__main__":
    sys.exit(main())
