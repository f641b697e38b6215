# Binary records with struct and io.BytesIO: a tiny on-disk format with a
# header, fixed records, a checksum and bit flags.
import io
import struct

MAGIC = b"GREC"
HEADER = struct.Struct("<4sHHI")
RECORD = struct.Struct("<I16sdhB3x")

FLAG_ACTIVE = 1
FLAG_ADMIN = 2
FLAG_LOCKED = 4


def checksum(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def write(records):
    body = io.BytesIO()
    for rid, name, score, delta, flags in records:
        encoded = name.encode("utf-8")
        if len(encoded) > 16:
            raise ValueError(f"name too long: {name!r}")
        body.write(RECORD.pack(rid, encoded, score, delta, flags))
    payload = body.getvalue()
    out = io.BytesIO()
    out.write(HEADER.pack(MAGIC, 1, len(records), checksum(payload)))
    out.write(payload)
    return out.getvalue()


def read(blob):
    stream = io.BytesIO(blob)
    head = stream.read(HEADER.size)
    if len(head) < HEADER.size:
        raise ValueError("truncated header")
    magic, version, count, crc = HEADER.unpack(head)
    if magic != MAGIC:
        raise ValueError(f"bad magic {magic!r}")
    payload = stream.read()
    if len(payload) != count * RECORD.size:
        raise ValueError(f"expected {count * RECORD.size} bytes of records, got {len(payload)}")
    if checksum(payload) != crc:
        raise ValueError("checksum mismatch")
    out = []
    for fields in RECORD.iter_unpack(payload):
        rid, name, score, delta, flags = fields
        out.append((rid, name.rstrip(b"\0").decode("utf-8"), score, delta, flags))
    return version, out


def describe_flags(flags):
    names = [n for bit, n in ((FLAG_ACTIVE, "active"), (FLAG_ADMIN, "admin"), (FLAG_LOCKED, "locked")) if flags & bit]
    return "|".join(names) or "none"


records = [
    (1, "ada", 99.5, -3, FLAG_ACTIVE | FLAG_ADMIN),
    (2, "grace", 87.25, 12, FLAG_ACTIVE),
    (3, "zoë", -1.0, 0, FLAG_LOCKED),
    (4294967295, "linus", 1e300, -32768, 0),
]
blob = write(records)
print(HEADER.size, RECORD.size, len(blob), blob[:12].hex(" "))
version, back = read(blob)
print(version, back == records)
for rid, name, score, delta, flags in back:
    print(f"{rid:>10} {name:<6} {score:>10.2f} {delta:>6} {flags:03b} {describe_flags(flags)}")

corrupt = bytearray(blob)
corrupt[HEADER.size + 5] ^= 0xFF
for name, bad in [("flipped", bytes(corrupt)), ("short", blob[:10]), ("magic", b"XXXX" + blob[4:]),
                  ("truncated", blob[:-1])]:
    try:
        read(bad)
    except ValueError as e:
        print(f"{name}: ValueError: {e}")
try:
    write([(1, "a" * 17, 0.0, 0, 0)])
except ValueError as e:
    print("ValueError:", e)
try:
    RECORD.pack(-1, b"x", 0.0, 0, 0)
except struct.error as e:
    print("struct.error:", e)

print(struct.pack(">HhIq", 513, -2, 2 ** 32 - 1, -(2 ** 63)).hex())
print(struct.unpack("<3B?f", bytes([1, 2, 3, 1]) + struct.pack("<f", 1.5)), struct.calcsize("@ihq"))
n = 0b1011_0110
print(bin(n), n.bit_count(), n.bit_length(), n & -n, n >> 2, ~n, n ^ 0xFF, f"{n:#010b}")
x = 0
for bit in (0, 3, 5, 63, 64):
    x |= 1 << bit
print(x, hex(x), [i for i in range(x.bit_length()) if x >> i & 1])
ba = bytearray(b"hello")
ba[0] ^= 0x20
ba.extend(b" WORLD")
print(ba, bytes(reversed(ba)), ba.upper(), ba.find(b"W"), bytes(ba[1:3]))
for args in [(":",), (b"-", 2), (" ", -2), ("_", 3), ("|", 0), ("ab",)]:
    try:
        print(bytes(range(1, 8)).hex(*args))
    except ValueError as e:
        print("ValueError:", e)
print(bytearray(b"ab").hex(sep="."), b"".hex(":"))
