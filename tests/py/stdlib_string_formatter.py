import string
f = string.Formatter()
for s in ['{0!}', '{0[}', '{0[}]}', '{!}', '{a!}', '{0!:}','{[}', '', 'abc', 'a{{b', 'a}}', '{}', '{0}x', '{a:{b}}', '{a!r:>{w}}', '{a!r}', '{', '}', 'x{', 'x{0', 'x{0:', '{:', '{0:{', '{a{', '{!r', '{{}}', '{}}', 'a{0!rx}', '{0:}}', '{0:{{}}}', '{x[]]}', '{]}', 'ab{0}cd{1}ef']:
    try: print(repr(s), list(f.parse(s)))
    except Exception as e: print(repr(s), e)
print(f.format("{0}-{1}-{0}", "a", "b"), f.format("{name}/{name!r}", name="n"), f.format("{0:{1}}|", 3.14159, ".2f"))
print(f.vformat("{x[k]} {y[0][1]}", (), {"x": {"k": "K"}, "y": [[0, "deep"]]}))
for bad in [("{5}", (1,), {}), ("{k}", (), {}), ("{0.nope}", (1,), {}), ("{0:{1:{2:{3}}}}", (1, 2, 3, 4), {}), ("{0!x}", (1,), {})]:
    try:
        print(f.vformat(*bad))
    except Exception as e:
        print(type(e).__name__, e)
class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(kwargs) - used
        if extra:
            raise ValueError("unused: " + ",".join(sorted(extra)))
try:
    Strict().format("{a}", a=1, b=2, c=3)
except ValueError as e:
    print("ValueError", e)
print(Strict().format("{a}{0}", 9, a=1))
