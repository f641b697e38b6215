#!/usr/bin/env python3
"""Regenerate (or check) the expected outputs of the Python corpus.

Run from the repository root:

    python3 tests/regen.py           # rewrite tests/expected/*
    python3 tests/regen.py --check   # only report differences (exit 1 if any)
    python3 tests/regen.py NAME ...  # limit to some programs (no stale cleanup)

Each tests/py/NAME.py (except helper modules mod_*.py) runs under the real
CPython binary with cwd = repo root, argv [tests/py/NAME.py, alpha, beta],
PYTHONHASHSEED=0, PYTHONDONTWRITEBYTECODE=1 and empty stdin. CPython prints absolute paths
for the script and its modules; the repo-root prefix is stripped so that
tracebacks read `File "tests/py/NAME.py"`. Results:

    tests/expected/NAME.out   stdout, exact bytes (always written)
    tests/expected/NAME.err   stderr, only when non-empty
    tests/expected/NAME.code  exit code and a newline, only when non-zero
"""
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PY_DIR = os.path.join(ROOT, "tests", "py")
EXP_DIR = os.path.join(ROOT, "tests", "expected")
SLOW_SECONDS = 1.0


def real_python():
    # sys.executable is the real binary even when started through a shim.
    return sys.executable


def programs():
    names = []
    for fn in sorted(os.listdir(PY_DIR)):
        if fn.endswith(".py") and not fn.startswith("mod_"):
            names.append(fn[:-3])
    return names


def run(name):
    rel = "tests/py/%s.py" % name
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    for k in ("PYTHONSTARTUP", "PYTHONPATH", "PYTHONWARNINGS", "PYTHONINSPECT"):
        env.pop(k, None)
    t0 = time.monotonic()
    p = subprocess.run(
        [real_python(), rel, "alpha", "beta"],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        timeout=60,
    )
    dt = time.monotonic() - t0
    # CPython makes the script path absolute (and so the paths of modules
    # found next to it); report them relative to the repo root, as Gilt does.
    prefix = (ROOT + os.sep).encode()
    out = p.stdout.replace(prefix, b"")
    err = p.stderr.replace(prefix, b"")
    return out, err, p.returncode, dt


def wanted_files(name, out, err, code):
    files = {name + ".out": out}
    if err:
        files[name + ".err"] = err
    if code != 0:
        files[name + ".code"] = ("%d\n" % code).encode()
    return files


def read(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return None


def main(argv):
    check = "--check" in argv
    only = [a for a in argv if not a.startswith("--")]
    names = only or programs()
    os.makedirs(EXP_DIR, exist_ok=True)
    diffs = 0
    slow = []
    wanted_all = set()
    for name in names:
        if not os.path.exists(os.path.join(PY_DIR, name + ".py")):
            print("no such program: %s" % name, file=sys.stderr)
            return 2
        out, err, code, dt = run(name)
        if dt > SLOW_SECONDS:
            slow.append((name, dt))
        files = wanted_files(name, out, err, code)
        wanted_all.update(files)
        for suffix in (".out", ".err", ".code"):
            fn = name + suffix
            path = os.path.join(EXP_DIR, fn)
            have = read(path)
            want = files.get(fn)
            if have == want:
                continue
            diffs += 1
            if check:
                print("DIFF %s" % fn)
            elif want is None:
                os.remove(path)
                print("removed %s" % fn)
            else:
                with open(path, "wb") as f:
                    f.write(want)
                print("wrote %s" % fn)
    if not only:
        for fn in sorted(os.listdir(EXP_DIR)):
            if fn not in wanted_all:
                diffs += 1
                if check:
                    print("STALE %s" % fn)
                else:
                    os.remove(os.path.join(EXP_DIR, fn))
                    print("removed stale %s" % fn)
    for name, dt in slow:
        print("SLOW %s: %.2fs" % (name, dt), file=sys.stderr)
    print("%d programs, %d differences" % (len(names), diffs))
    if check and diffs:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
