# Word wrapping and justification without textwrap, plus column layout.

TEXT = ("Gilt is an embeddable interpreter for Python. It aims to run ordinary "
        "programs unchanged and print exactly what CPython prints, including "
        "tracebacks, error messages and the formatting of floats. Supercalifragilisticexpialidocious "
        "words must be handled too.")


def wrap(text, width):
    if width < 1:
        raise ValueError(f"invalid width {width!r} (must be > 0)")
    lines, current = [], []
    length = 0
    for word in text.split():
        while len(word) > width:
            if current:
                lines.append(" ".join(current))
                current, length = [], 0
            lines.append(word[:width])
            word = word[width:]
        extra = len(word) + (1 if current else 0)
        if length + extra > width:
            lines.append(" ".join(current))
            current, length = [word], len(word)
        else:
            current.append(word)
            length += extra
    if current:
        lines.append(" ".join(current))
    return lines


def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    base, extra = divmod(spaces, gaps)
    out = []
    for i, w in enumerate(words[:-1]):
        out.append(w + " " * (base + (1 if i < extra else 0)))
    out.append(words[-1])
    return "".join(out)


def boxed(lines, width, align="<"):
    top = "+" + "-" * (width + 2) + "+"
    body = [f"| {line:{align}{width}} |" for line in lines]
    return "\n".join([top, *body, top])


for width in (40, 28):
    lines = wrap(TEXT, width)
    print(f"width {width}: {len(lines)} lines")
    print(boxed(lines, width))
    print(boxed([justify(l, width) for l in lines[:-1]] + [lines[-1]], width))
print(boxed(wrap("centered text in a small box", 12), 12, "^"))
print(boxed(wrap("right aligned words here", 10), 10, ">"))
try:
    wrap("x", 0)
except ValueError as e:
    print("ValueError:", e)


def columns(items, ncols, gap=2):
    rows = -(-len(items) // ncols)
    cols = [items[i * rows:(i + 1) * rows] for i in range(ncols)]
    widths = [max((len(x) for x in c), default=0) for c in cols]
    out = []
    for r in range(rows):
        cells = [c[r].ljust(w) for c, w in zip(cols, widths) if r < len(c)]
        out.append((" " * gap).join(cells).rstrip())
    return "\n".join(out)


names = sorted(set(TEXT.lower().replace(",", "").replace(".", "").split()))
print(len(names))
print(columns(names, 4))
print("abc".center(9, "*"), "abc".rjust(6, "."), "x".zfill(4), "-12".zfill(6), "Title Case Me".swapcase())
print("  lots   of   space  ".split(), "a,b,,c".split(","), "one two three".rsplit(" ", 1))
print("\t".join(["a", "b"]).expandtabs(4), "line1\nline2\r\nline3".splitlines(), "x".join("abc"))
print("hello world".title(), "HELLO".casefold(), "straße".upper(), "ǅ".lower(), "abc".partition("b"))
print("%-10s|%5.2f|%03d|%x|%r" % ("left", 3.14159, 7, 255, "q"), "%(a)s-%(b)s" % {"a": 1, "b": 2})
