# assignment expressions and their scoping
data = [1, 5, 12, 3, 20]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 10], y)
def in_func():
    [last := v for v in range(4)]
    return last
print(in_func())
def nested_comp():
    total = 0
    [(total := total + v) for v in range(5)]
    return total
print(nested_comp())
import io
buf = io.StringIO("a\nb\n\nc\n")
lines = []
while (line := buf.readline().strip()):
    lines.append(line)
print(lines)
print((a := 3) + (b := 4), a, b)
def f(x):
    return x * 10
print([y := f(1), y ** 2])
print({(k := "key"): k})
def gen():
    return [(j := i) for i in range(3)], j
print(gen())
for src in ("[i := 0 for i in range(2)]", "[x for x in (y := [1]) for y in range(2)]",
            "class A:\n    [(z := 1) for q in range(1)]\n", "(a.b := 1)", "x := 1",
            "def g():\n    [(g2 := 1) for g2 in range(1)]\n"):
    try:
        compile(src, "<w>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
def outer():
    [(captured := v) for v in "xy"]
    def inner():
        return captured
    return inner()
print(outer())
print(any((hit := v) > 10 for v in data), hit)
