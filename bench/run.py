#!/usr/bin/env python3
"""Benchmark runner: Gilt against CPython on bench/*.py.

    python3 bench/run.py [--rounds N] [--gilt PATH] [--no-build] [NAME ...]

Builds Gilt first (`cargo build --release -p gilt-std`) unless --no-build.
Each program runs alternately under Gilt and CPython N times (default 3);
their stdouts must be equal (a MISMATCH fails the run). The minimum wall time
of each is reported with the ratio gilt/cpython and the geometric mean of the
ratios. Exits non-zero if any program fails or mismatches.
"""
import argparse
import math
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH_DIR = os.path.join(ROOT, "bench")
TIMEOUT = 300


def run_once(cmd):
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    t0 = time.perf_counter()
    try:
        p = subprocess.run(cmd, cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, b"", b"timeout after %ds" % TIMEOUT, time.perf_counter() - t0
    return p.returncode, p.stdout, p.stderr, time.perf_counter() - t0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--gilt", default=os.path.join("target", "release", "gilt"))
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    args = ap.parse_args()

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

    names = args.names or sorted(
        f[:-3] for f in os.listdir(BENCH_DIR) if f.endswith(".py") and f != "run.py")
    failed = False
    rows = []
    for name in names:
        rel = os.path.join("bench", name + ".py")
        best = {"cpython": math.inf, "gilt": math.inf}
        outs = {}
        problem = None
        for _ in range(max(1, args.rounds)):
            for which, exe in (("gilt", gilt), ("cpython", cpython)):
                code, out, err, dt = run_once([exe, rel])
                if code != 0:
                    lines = err.decode("utf-8", "replace").strip().splitlines()
                    problem = "%s FAILED (exit %s): %s" % (which, code, lines[-1] if lines else "")
                    break
                if which in outs and outs[which] != out:
                    problem = "%s output not deterministic" % which
                    break
                outs[which] = out
                best[which] = min(best[which], dt)
            if problem:
                break
        if not problem and outs["gilt"] != outs["cpython"]:
            problem = "MISMATCH: gilt %r vs cpython %r" % (outs["gilt"][:200], outs["cpython"][:200])
        if problem:
            failed = True
            print("%-12s %s" % (name, problem), flush=True)
            continue
        ratio = best["gilt"] / best["cpython"]
        rows.append((name, best["cpython"], best["gilt"], ratio))
        print("%-12s %9.3f %9.3f %8.2f" % rows[-1], flush=True)

    print()
    print("%-12s %9s %9s %8s" % ("name", "cpython_s", "gilt_s", "ratio"))
    for row in rows:
        print("%-12s %9.3f %9.3f %8.2f" % row)
    if rows:
        geo = math.exp(sum(math.log(r[3]) for r in rows) / len(rows))
        print("%-12s %9s %9s %8.2f" % ("geomean", "", "", geo))
    if failed:
        print("some benchmarks FAILED or MISMATCHED", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
