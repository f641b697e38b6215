x, y, name = 10, 3.14159, "wörld"
print(f"{x} {y:.2f} {name!r} {name!s} {name!a} {x!r:>5}|{name=} {x = } {y=:.3f} {name=!s}")
print(f"{x:{'>'}{8}}|{y:{x}.{2}f}|{x:#x}|{x:08b}|{'nest':{'^'}{x}}|{x:+}|{x:,}|{2**20:_}")
width, prec = 10, 3
print(f"{y:{width}.{prec}}|{y:<{width}.{prec}e}|{'s':*^{width}}|")
items = [1, 2, 3]
print(f"{items[0]} {items[-1]} {len(items)} {items!r} {{literal}} {'q'}{3+4} {{{x}}}")
d = {"k": "v"}
print(f"{d['k']} {d!r} {(lambda a: a * 2)(4)} {[i * i for i in range(3)]} {x if x > 5 else 0}")
print(f"{'a' 'b'}" f"{x}" "plain", F"{x}", rf"\n{x}", fr"{name}\t")
print(f"{3.0:z.1f} {-0.0:z} {1e10:,.0f} {0.5:%} {12:c}{65:c} {255:X} {-5:=+6} {name:.2}")
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
    def __format__(self, spec):
        return f"P[{spec}]"
p = P()
print(f"{p} {p!r} {p!s} {p:abc} {p=} {p=:x} {p!r:>6}")
try:
    f"{x:q}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{name:d}"
except ValueError as e:
    print(type(e).__name__, e)
