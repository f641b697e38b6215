data = bytes(range(0, 256, 17))
print(data.hex(), data.hex(":"), data.hex("-", 3), data.hex("-", -3), data.hex(" ", 4), data.hex(b"."), data.hex("_", 100), data.hex(sep="|", bytes_per_sep=2))
print(bytes.fromhex(data.hex()) == data, bytearray.fromhex(data.hex(" ")) == data, bytes.fromhex("AbCd"), bytes.fromhex("  ab  cd  "), bytes.fromhex("\tab\ncd"))
print(bytearray(b"\x00\x01").hex(), memoryview(b"\xab\xcd").hex(), memoryview(b"\xab\xcd\xef").hex(":"), b"".hex(":"), b"x".hex(":"))
print(type(bytearray.fromhex("00")).__name__, type(bytes.fromhex("")).__name__)
for bad in ["0", "0g", "a b", "1 23", "é"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
for sep in ["", "ab", "é", 1]:
    try:
        b"ab".hex(sep)
    except (ValueError, TypeError) as e:
        print(repr(sep), type(e).__name__, e)
