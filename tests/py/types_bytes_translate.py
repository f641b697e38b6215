t = bytes.maketrans(b"abc", b"ABC")
print(len(t), t[:5], t[95:100], b"aabbccdd".translate(t), b"hello".translate(None, b"l"), b"abcdef".translate(t, b"bd"), bytearray(b"abc").translate(t))
rot13 = bytes.maketrans(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", b"nopqrstuvwxyzabcdefghijklmNOPQRSTUVWXYZABCDEFGHIJKLM")
print(b"Hello, World!".translate(rot13), b"Hello, World!".translate(rot13).translate(rot13), bytearray.maketrans(b"x", b"y") == bytes.maketrans(b"x", b"y"))
print(b"abc".translate(bytes(range(256))), b"abc".translate(None), b"abc".translate(bytearray(range(256)), b""), b"a b c".translate(None, delete=b" "))
for f in [lambda: bytes.maketrans(b"ab", b"c"), lambda: bytes.maketrans("a", "b"), lambda: b"x".translate(b"short"), lambda: b"x".translate("s" * 256), lambda: b"x".translate(None, "x")]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
