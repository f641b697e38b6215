for b in [b"hello World", b"ABC", b"abc", b"Abc Def", b"123", b"a1", b" \t\n", b"", b"\xe9t\xe9", b"they're bill's", b"Hello_World"]:
    print(b, b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b.isalpha(), b.isalnum(), b.isdigit(), b.isspace(), b.isupper(), b.islower(), b.istitle(), b.isascii())
print(bytearray(b"mixed Case").swapcase(), type(bytearray(b"x").title()).__name__, b"abc".center(9, b"-"), b"abc".ljust(6, b"."), b"abc".rjust(6), bytearray(b"7").zfill(3), b"+7".zfill(4), b"abc".zfill(2))
print(b"a\tbc\tdef\n\tx".expandtabs(), b"a\tb".expandtabs(2), b"a\tb".expandtabs(0), bytearray(b"\t").expandtabs(3), b"abcd".center(5, b"*"), b"ab".center(5, b"*"))
