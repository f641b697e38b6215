#!/usr/bin/env python3
"""GIL benchmarks: Gilt and CPython 3.11 side by side, with pass/fail bounds.

    python3 bench/gil/run.py [--rounds N] [--gilt PATH] [--no-build] [NAME ...]

Runs each workload in bench/gil/ (cpu, io, convoy, handoff) under Gilt
(target/release/gilt, built first unless --no-build) and under CPython (the
interpreter running this script), alternately, N rounds (default 3). Each
program times its own work several times and prints the best; across rounds
the best of each figure is kept (the machine is shared: minima are the
least noisy estimate). Prints each interpreter's figures, Gilt's ratio
against its bound (PASS/FAIL), and exits non-zero if a bound fails:

    cpu      4 threads sharing a countdown / 1 thread doing it all   <= 1.05
    io       16 sleeps of 0.1 s in a row / in 16 threads (speed-up)  >= 15
    convoy   200 sleeps of 0.1 ms beside a CPU-bound thread / alone  <= 2
    handoff  lock ping-pong round trip, Gilt / CPython               <= 1
"""
import argparse
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HERE = os.path.join("bench", "gil")
TIMEOUT = 300
NAMES = ["cpu", "io", "convoy", "handoff"]


def run_program(exe, name):
    """Runs bench/gil/NAME.py; returns its `key=value` figures (floats)."""
    cmd = [exe, os.path.join(HERE, name + ".py")]
    p = subprocess.run(cmd, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=TIMEOUT)
    if p.returncode != 0:
        err = p.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RuntimeError("%s %s failed (exit %s): %s"
                           % (os.path.basename(exe), name, p.returncode, err[-1] if err else ""))
    figures = {}
    for word in p.stdout.decode().split():
        k, _, v = word.partition("=")
        figures[k] = float(v)
    return figures


def best(rounds):
    """The minimum of each figure over all rounds."""
    out = {}
    for r in rounds:
        for k, v in r.items():
            out[k] = min(v, out.get(k, v))
    return out


# name -> (what, figure of one interpreter, how Gilt's check is made)
def cpu_ratio(f):
    return f["threads"] / f["sequential"]


def io_speedup(f):
    return f["sequential"] / f["threads"]


def convoy_slowdown(f):
    return f["beside"] / f["alone"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--gilt", default=os.path.join("target", "release", "gilt"))
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("names", nargs="*", help="workloads to run (default: all)")
    args = ap.parse_args()
    names = args.names or NAMES
    for n in names:
        if n not in NAMES:
            ap.error("unknown workload %r (choose from %s)" % (n, ", ".join(NAMES)))

    if not args.no_build:
        print("building: cargo build --release -p gilt-std", flush=True)
        r = subprocess.run(["cargo", "build", "--release", "-p", "gilt-std"], cwd=ROOT)
        if r.returncode != 0:
            print("build failed", file=sys.stderr)
            return 1
    gilt = args.gilt if os.path.isabs(args.gilt) else os.path.join(ROOT, args.gilt)
    if not os.path.exists(gilt):
        print("gilt binary not found: %s" % gilt, file=sys.stderr)
        return 1
    cpython = sys.executable  # the real binary, not a pyenv shim

    failed = False
    for name in names:
        runs = {"gilt": [], "cpython": []}
        try:
            for _ in range(max(1, args.rounds)):
                for which, exe in (("gilt", gilt), ("cpython", cpython)):
                    runs[which].append(run_program(exe, name))
        except (RuntimeError, subprocess.TimeoutExpired) as e:
            print("%-8s FAIL  %s" % (name, e))
            failed = True
            continue
        g, c = best(runs["gilt"]), best(runs["cpython"])
        if name == "cpu":
            gv, cv = cpu_ratio(g), cpu_ratio(c)
            ok = gv <= 1.05
            print("%-8s %s  threads/sequential: gilt %.3f (%.3fs/%.3fs), cpython %.3f "
                  "(%.3fs/%.3fs); bound <= 1.05"
                  % (name, "PASS" if ok else "FAIL", gv, g["threads"], g["sequential"],
                     cv, c["threads"], c["sequential"]))
        elif name == "io":
            gv, cv = io_speedup(g), io_speedup(c)
            ok = gv >= 15
            print("%-8s %s  speed-up of 16 sleeping threads: gilt %.2f (%.3fs), cpython %.2f "
                  "(%.3fs); bound >= 15"
                  % (name, "PASS" if ok else "FAIL", gv, g["threads"], cv, c["threads"]))
        elif name == "convoy":
            gv, cv = convoy_slowdown(g), convoy_slowdown(c)
            ok = gv <= 2.0
            print("%-8s %s  slowdown beside a CPU-bound thread: gilt %.2fx (%.1fms->%.1fms), "
                  "cpython %.2fx (%.1fms->%.1fms); bound <= 2"
                  % (name, "PASS" if ok else "FAIL", gv, g["alone"] * 1e3, g["beside"] * 1e3,
                     cv, c["alone"] * 1e3, c["beside"] * 1e3))
        else:
            gv, cv = g["round_trip_us"], c["round_trip_us"]
            ok = gv <= cv
            print("%-8s %s  lock ping-pong round trip: gilt %.1fus, cpython %.1fus, "
                  "ratio %.2f; bound <= 1"
                  % (name, "PASS" if ok else "FAIL", gv, cv, gv / cv))
        sys.stdout.flush()
        failed |= not ok
    print("gil benchmarks: %s" % ("FAIL" if failed else "PASS"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
