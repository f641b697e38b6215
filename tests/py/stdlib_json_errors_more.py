import json
cases = ['', ' ', '{', '[1,', '[1 2]', '{"a" 1}', '{"a": }', '{1: 2}', '[1,]', '{"a": 1,}', 'tru', 'nul', '"abc', '"\\x"', '"\\u12"',
         '[1]x', '{}\n{}', '01', '1.', '-', '.5', '"\t"', '[\n1,\n2,\n]', '\n\n  {"a":\n  @}', "'single'", '[1e]', 'Infinityx', '[-]', '"a\nb"']
for s in cases:
    try:
        print(repr(s), "->", repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), type(e).__name__, e, "|", e.msg, e.pos, e.lineno, e.colno)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads(5)
except TypeError as e:
    print("TypeError", e)
print(repr(json.loads('"a\tb"', strict=False)))
d = json.JSONDecoder()
print(d.decode('[1, 2]'), d.raw_decode('{"a": 1} trailing'), d.raw_decode('[1]', 0) if False else "")
enc = json.JSONEncoder(sort_keys=True, indent=1)
print(enc.encode({"b": 1, "a": [True]}))
print(list(json.JSONEncoder().iterencode([1, {"a": None}])) and "".join(json.JSONEncoder().iterencode([1, {"a": None}])))
class MyEnc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=MyEnc))
try:
    json.dumps(object(), cls=MyEnc)
except TypeError as e:
    print("TypeError", str(e).split(" at ")[0])
circ = []; circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print("ValueError", e)
cd = {}; cd["me"] = cd
try:
    json.dumps(cd)
except ValueError as e:
    print("ValueError", e)
print(json.dumps(circ, check_circular=False) if False else "skip")
