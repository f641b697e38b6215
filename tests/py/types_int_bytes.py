for n, length in [(0, 1), (1, 2), (255, 1), (256, 2), (65535, 2), (2**64 - 1, 8), (2**100, 13)]:
    b = n.to_bytes(length, "big")
    l = n.to_bytes(length, byteorder="little")
    print(n, b, l, int.from_bytes(b, "big"), int.from_bytes(l, "little"))
for n in [-1, -128, 127, -129, -32768, 32767, -(2**63)]:
    for ln in [2, 8]:
        try:
            b = n.to_bytes(ln, "big", signed=True)
            print(n, ln, b.hex(), int.from_bytes(b, "big", signed=True), int.from_bytes(b, "little", signed=True))
        except OverflowError as e:
            print(n, ln, "OverflowError", e)
print((1).to_bytes(), (200).to_bytes(1), int.from_bytes(b"\xff"), int.from_bytes(b"\xff", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x00\x01"), "little"))
print(int.from_bytes(b"", "big"), int.from_bytes(b"\x80\x00", "big", signed=True))
try:
    (128).to_bytes(1, "big", signed=True)
except OverflowError as e:
    print(type(e).__name__, e)
class MyInt(int):
    pass
x = MyInt.from_bytes(b"\x05", "big")
print(x)
