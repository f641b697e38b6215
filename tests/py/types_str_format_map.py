class Defaults(dict):
    def __missing__(self, key):
        return f"<{key}>"
print("{name} is {age}".format_map(Defaults(name="Ann")))
print("{0}".format_map({}) if False else "skip", "{a[0]}-{a[1]}".format_map({"a": [1, 2]}), "{x.real}".format_map({"x": 3}))
class Obj:
    attr = "A"
    items = {"k": "V"}
print("{o.attr} {o.items[k]}".format_map({"o": Obj()}), "{:>5}|{:<5}|".format_map({}) if False else "", "{n:05d}".format_map({"n": 42}))
try:
    "{missing}".format_map({})
except KeyError as e:
    print(type(e).__name__, e)
try:
    "{}".format_map({})
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{a}".format_map(5)
except TypeError as e:
    print(type(e).__name__, e)
