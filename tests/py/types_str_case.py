for s in ["hello World", "ÄÖÜ straße", "İi", "mIxEd CaSe 123", "", "123abc", "a_b-c d"]:
    print(repr(s), s.upper(), s.lower(), s.casefold(), s.capitalize(), s.title(), s.swapcase())
    print(s.isupper(), s.islower(), s.istitle(), s.isalpha(), s.isalnum(), s.isascii(), s.isspace())
print("they're bill's friends".title(), "hello-world_foo bar".title())
print("ß".upper(), "ß".casefold(), "ﬃ".upper(), "ŉ".upper(), len("ŉ".upper()))
