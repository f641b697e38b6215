# Hostile inputs to random/json/struct/io/array end in Python exceptions.
import array
import io
import json
import random
import struct


def t(f, show_msg=True):
    try:
        r = f()
        print("ok", type(r).__name__)
    except Exception as e:
        print(type(e).__name__, str(e) if show_msg else "")


t(lambda: json.loads("[" * 50000), False)
t(lambda: json.loads('{"a":' * 50000), False)
deep = []
for _ in range(5000):
    deep = [deep]
t(lambda: json.dumps(deep), False)
t(lambda: json.dumps(deep, indent=1), False)
t(lambda: struct.pack("99999999999999s", b""))
t(lambda: struct.calcsize("99999999999999999q"))
t(lambda: struct.calcsize("9" * 40 + "x"))
t(lambda: random.Random(5).getrandbits(10 ** 10))
t(lambda: random.Random(5).getrandbits(2 ** 100))
t(lambda: random.Random(5).sample(range(10), 11))
t(lambda: random.Random(5).randrange(10 ** 50, 10 ** 50 + 3))
t(lambda: io.StringIO().seek(2 ** 100))
t(lambda: io.BytesIO().seek(2 ** 100))
t(lambda: array.array("b", [1]) * (2 ** 62))
t(lambda: random.Random().setstate((3, tuple(range(624)) + (700,), None)))
t(lambda: random.Random().setstate((3, (2 ** 40,) * 625, None)))
t(lambda: random.Random().setstate((3, (-1,) * 625, None)))
t(lambda: json.loads("1" * 5000))
t(lambda: random.Random().setstate((3, (-1,) + (0,) * 624, None)))
t(lambda: random.Random().setstate((3, (0,) * 624 + (-1,), None)))
t(lambda: random.Random().setstate((3, (0,) * 624 + (2 ** 70,), None)))
t(lambda: random.Random().setstate((3, (2 ** 70,) + (0,) * 624, None)))
t(lambda: random.Random().setstate((3, ("x",) + (0,) * 624, None)))
r = random.Random()
r.setstate((3, (2 ** 32 + 7,) * 624 + (624,), None))
print(r.getstate()[1][:2], r.random())
