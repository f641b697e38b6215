import json, io
buf = io.StringIO()
json.dump({"a": [1, 2], "b": {"c": None}}, buf, indent=2, sort_keys=True)
print(buf.getvalue())
buf.seek(0); print(json.load(buf))
print(json.load(io.StringIO('[1, "two", 3.0]'), parse_int=float), json.load(io.BytesIO(b'{"k": [true]}')) if False else "")
out = io.StringIO(); json.dump([1, {"x": "é"}], out, ensure_ascii=False, separators=(",", ":")); print(out.getvalue())
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex if False else set):
            return {"__set__": sorted(o)}
        if hasattr(o, "to_json"):
            return o.to_json()
        return super().default(o)
class Money:
    def __init__(self, c): self.c = c
    def to_json(self): return {"cents": self.c}
doc = {"s": {3, 1}, "m": Money(150), "list": [Money(1), {2}]}
s = json.dumps(doc, cls=Enc, sort_keys=True); print(s)
def hook(d):
    if "__set__" in d:
        return set(d["__set__"])
    if "cents" in d:
        return ("money", d["cents"])
    return d
print(json.loads(s, object_hook=hook))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, indent=None, separators=(", ", ": ")), json.dumps({}, indent=2), json.dumps([], indent=2), json.dumps([[], {}], indent=2))
print(json.dumps({"z": 1, "y": {"b": 2, "a": 1}}, sort_keys=True, indent="--"))
try:
    json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)
print(json.dumps({3: "x", 1: "y"}, sort_keys=True), json.dumps({False: 1, None: 2, 1.5: 3}))
e = json.JSONEncoder(indent=2, separators=(",", ": ")); print(e.encode([1, [2, {"k": "v"}]]))
print(e.item_separator, e.key_separator, json.JSONEncoder().item_separator, json.JSONEncoder(indent=2).item_separator)
d = json.JSONDecoder(object_pairs_hook=lambda pairs: [k for k, v in pairs]); print(d.decode('{"b": 1, "a": {"c": 2}}'))
print(json.JSONDecoder().raw_decode('[1, 2] rest'), json.JSONDecoder().raw_decode('  {"a": 1}') if False else "")
try:
    json.JSONDecoder().raw_decode('  {"a": 1}')
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)
