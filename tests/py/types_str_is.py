samples = ["abc", "ABC", "Abc Def", "123", "12.3", "½", "²", "٣", "Ⅻ", "", " ", "\t\n", "a1", "a_1", "_a", "1a", "class", "é", "a b", "\x00", "\x7f", "hello\n", "ñ", "ｈｅｌｌｏ", "€", "\u00a0", "\u200b", "𝔘"]
for s in samples:
    print(repr(s), s.isalnum(), s.isalpha(), s.isascii(), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isidentifier(), s.islower(), s.isupper(), s.isspace(), s.istitle(), s.isprintable())
print("0123456789".isdecimal(), "０１２".isdecimal(), "2²".isdigit(), "⅕".isnumeric(), "x".isprintable(), "".isprintable())

print("def".isidentifier(), "x", "Ǆ".istitle())
