b = b"  \t hello world \n "
print(b.strip(), b.lstrip(), b.rstrip(), b"xxhixx".strip(b"x"), b"abcba".strip(b"ab"), b"hi".strip(b""), bytearray(b" x ").strip(), b"\x00a\x00".strip(b"\x00"))
h = b"the cat sat on the mat"
print(h.find(b"at"), h.find(b"at", 6), h.find(b"at", 6, 8), h.rfind(b"at"), h.rfind(b"at", 0, 10), h.find(b"dog"), h.find(b""), h.rfind(b""), h.find(116), h.rfind(116))
print(h.index(b"the"), h.rindex(b"the"), h.count(b"at"), h.count(b"t"), h.count(b""), h.count(97), h.count(b"at", 5, 12), h.startswith(b"the"), h.endswith(b"mat", 0, 22), h.startswith((b"a", b"t")))
print(h.replace(b"at", b"og"), h.replace(b"at", b"", 1), h.replace(b"", b"."), h.removeprefix(b"the "), h.removesuffix(b" mat"), h.upper().lower() == h)
print(b"abc".find(b"c", -1), b"abc".find(b"a", -10, -2), b"abc".rfind(b"b", -2), b"abc".index(98), bytearray(b"abc").rindex(b"c"))
for f in [lambda: h.index(b"dog"), lambda: h.find("at"), lambda: h.count(300), lambda: h.rindex(b"z")]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
