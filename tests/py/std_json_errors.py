# json: JSONDecodeError messages/positions and encoder errors, as CPython.
import json

bad = ['', ' ', '[', '[1,', '[1 2]', '{"a" 1}', '{a:1}', '{"a":1,}', '[1,]', '"abc', '"a\\x"',
       '"\x01"', '1 2', 'nul', 'tru', 'fals', '{"a":', '"\\u12"', '"\\u12zz"', '"\\ud800\\uzzzz"',
       '-', '01', '1.', '1e', '.5', '+1', '\ufeff1', '{"a":1 "b":2}', '[1] x', '  \n  [1,\n 2,,]',
       '{"a"', '{', '{"a":1', '[1', '"\\', "'single'", '[1,\n2,\n3 4]', 'infinity', '-nan',
       '{"x": [1, 2}', '{1: 2}', '"line\nbreak"']
for s in bad:
    try:
        json.loads(s)
        print(repr(s), "accepted")
    except json.JSONDecodeError as e:
        print(repr(s), "|", e, "|", e.msg, e.pos, e.lineno, e.colno)

try:
    json.loads("[1, 2,\n 3,\n x]")
except ValueError as e:
    print(type(e).__name__, isinstance(e, ValueError), e.args, e.doc == "[1, 2,\n 3,\n x]")

for v in [object(), {1, 2}, b"bytes", range(3)]:
    try:
        json.dumps(v)
    except TypeError as e:
        print(type(e).__name__, e)

for kw in [{}, {"indent": 2}]:
    for v in [float("nan"), [float("inf")], {"k": float("-inf")}]:
        try:
            json.dumps(v, allow_nan=False, **kw)
        except ValueError as e:
            print(type(e).__name__, e)
    try:
        json.dumps({(1,): 2}, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
    a = [1]
    a.append(a)
    try:
        json.dumps(a, **kw)
    except ValueError as e:
        print(type(e).__name__, e)
    d = {}
    d["self"] = [d]
    try:
        json.dumps(d, **kw)
    except ValueError as e:
        print(type(e).__name__, e)

try:
    json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.loads(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.loads([])
except TypeError as e:
    print(type(e).__name__, e)


def loop(o):
    return o


class Obj:
    pass


try:
    json.dumps(Obj(), default=loop)
except ValueError as e:
    print(type(e).__name__, e)
print(json.JSONDecodeError("m", "ab\ncd", 4))
print(json.JSONDecodeError.__mro__[1].__name__)
