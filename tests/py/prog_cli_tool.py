# A command-line tool with hand-written argument parsing: sys.argv, option
# handling, usage errors on stderr and a non-zero exit code via sys.exit.
import sys


class UsageError(Exception):
    pass


OPTIONS = {
    "-n": ("count", int),
    "--count": ("count", int),
    "-s": ("sep", str),
    "--sep": ("sep", str),
    "-u": ("upper", None),
    "--upper": ("upper", None),
    "-r": ("reverse", None),
}


def parse(argv):
    opts = {"count": 1, "sep": " ", "upper": False, "reverse": False}
    positional = []
    it = iter(argv)
    for arg in it:
        if arg == "--":
            positional.extend(it)
            break
        if arg.startswith("--") and "=" in arg:
            arg, value = arg.split("=", 1)
            it = iter([value] + list(it))
        if arg.startswith("-") and arg != "-":
            if arg not in OPTIONS:
                raise UsageError(f"unknown option {arg}")
            name, conv = OPTIONS[arg]
            if conv is None:
                opts[name] = True
                continue
            try:
                raw = next(it)
            except StopIteration:
                raise UsageError(f"option {arg} needs a value") from None
            try:
                opts[name] = conv(raw)
            except ValueError:
                raise UsageError(f"bad value for {arg}: {raw!r}") from None
        else:
            positional.append(arg)
    if opts["count"] < 0:
        raise UsageError("count must be >= 0")
    return opts, positional


def run(argv, out):
    opts, words = parse(argv)
    if opts["reverse"]:
        words = words[::-1]
    text = opts["sep"].join(words)
    if opts["upper"]:
        text = text.upper()
    for _ in range(opts["count"]):
        print(text, file=out)
    return 0


script_name = sys.argv[0].replace("\\", "/").rsplit("/", 1)[-1]
print("script:", script_name, "args:", sys.argv[1:])
cases = [
    sys.argv[1:],
    ["-n", "2", "hello", "world"],
    ["--count=3", "-s", ", ", "a", "b", "c"],
    ["-u", "-r", "one", "two", "three"],
    ["--", "-n", "literal"],
    ["-x"],
    ["-n"],
    ["-n", "many"],
    ["--count", "-1", "x"],
    ["-n", "0", "silent"],
]
status = 0
for argv in cases:
    print(f"$ {script_name} {' '.join(argv)}")
    try:
        run(argv, sys.stdout)
    except UsageError as e:
        print(f"{script_name}: error: {e}", file=sys.stderr)
        print(f"  (usage error: {e})")
        status = 2
sys.stdout.flush()
print(f"usage: {script_name} [-n N] [-s SEP] [-u] [-r] WORD...", file=sys.stderr)
sys.exit(status)
