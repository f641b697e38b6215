s = "héllo wörld €𝄞"
print(s.encode(), s.encode("utf-8"), s.encode("latin-1", "replace"), s.encode("ascii", "ignore"), s.encode("ascii", "replace"))
print(s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
print("abc".encode("ascii"), "é".encode("latin-1"), "é".encode("latin1"), "x".encode(encoding="utf8"), "x".encode(errors="strict"))
b = s.encode()
print(b.decode(), b.decode("utf-8"), b[:2].decode("utf-8", "replace"), b[:2].decode("utf-8", "ignore"), b"\xff\xfe".decode("latin-1"))
print(b"\xffabc".decode("utf-8", "backslashreplace"), b"abc\x80".decode("ascii", "replace"), bytearray(b"hi").decode())
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: "é".encode("ascii"))
t(lambda: "a€b".encode("latin-1"))
t(lambda: b"\xff".decode())
t(lambda: b"a\x80b".decode("ascii"))
t(lambda: b"\xe2\x82".decode("utf-8"))
t(lambda: "a".encode("no-such-codec"))
t(lambda: b"a".decode("no-such-codec"))
t(lambda: "a".encode("ascii", "bogus"))
t(lambda: "a".encode(1))
t(lambda: b"\xc3\x28".decode())
