#!/usr/bin/env python3
"""Checks that the standard modules Gilt embeds as Python source
(core/src/builtins/py/*.py) are Gilt's own writing, not copies of CPython's
library: each is compared, line by line, with the CPython 3.11 modules of
the same name (found through the running python3's `sysconfig`).

Lines are compared with whitespace normalised and blank lines dropped. A
module fails when more than 3% of its lines sit in runs of 4 or more
consecutive lines identical to CPython's, or when any such run is longer
than 6 lines. Interface text (names, signatures, error messages, `__all__`)
is short enough to stay under both bounds.

    python3 scripts/provenance.py          # check every module, exit 1 on failure
    python3 scripts/provenance.py -v NAME  # show a module's longest runs
"""
import difflib
import glob
import os
import re
import sys
import sysconfig

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PY_DIR = os.path.join(ROOT, "core", "src", "builtins", "py")
STDLIB = sysconfig.get_paths()["stdlib"]
MAX_SHARE = 0.03
MAX_RUN = 6
MIN_RUN = 4

# Modules whose CPython counterparts live under other names as well.
EXTRA = {
    "io": ["_pyio.py"],
    "json": ["json/encoder.py", "json/decoder.py", "json/scanner.py"],
    "abc": ["_py_abc.py"],
    "asyncio": ["asyncio/*.py"],
    "os": ["genericpath.py"],
    "posixpath": ["genericpath.py"],
}


def lines(path):
    with open(path, encoding="utf-8") as f:
        return [re.sub(r"\s+", " ", l.strip()) for l in f if l.strip()]


def theirs(name):
    """CPython's source files for module `name`."""
    found = []
    for rel in [name + ".py", name + "/__init__.py"] + EXTRA.get(name, []):
        found += sorted(glob.glob(os.path.join(STDLIB, rel)))
    return found


def runs(ours, other):
    sm = difflib.SequenceMatcher(None, ours, other, autojunk=False)
    return [b for b in sm.get_matching_blocks() if b.size >= MIN_RUN]


def check(path, verbose):
    name = os.path.basename(path)[:-3]
    ours = lines(path)
    ok = True
    for other_path in theirs(name):
        found = runs(ours, lines(other_path))
        share = sum(b.size for b in found) / max(1, len(ours))
        longest = max((b.size for b in found), default=0)
        bad = share > MAX_SHARE or longest > MAX_RUN
        ok = ok and not bad
        if bad or verbose:
            rel = os.path.relpath(other_path, STDLIB)
            print(f"{'FAIL' if bad else 'ok  '} {name}.py vs CPython's {rel}: "
                  f"{100 * share:.1f}% of {len(ours)} lines in identical runs, longest {longest}")
            for b in sorted(found, key=lambda b: -b.size)[:3 if verbose else 1]:
                print(f"       from our line {b.a + 1}: {ours[b.a][:70]!r}")
    return ok


def main():
    args = sys.argv[1:]
    verbose = "-v" in args
    names = [a for a in args if a != "-v"]
    paths = sorted(glob.glob(os.path.join(PY_DIR, "*.py")))
    if names:
        paths = [p for p in paths if os.path.basename(p)[:-3] in names]
    failed = [p for p in paths if not check(p, verbose)]
    print(f"provenance: {len(paths) - len(failed)} of {len(paths)} modules are our own "
          f"(CPython library: {STDLIB})")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
